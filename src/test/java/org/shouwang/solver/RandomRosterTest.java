package org.shouwang.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.shouwang.plan.PlanBuilder;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.DateTimeRange;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.solver.check.RosterChecker;
import org.shouwang.solver.check.Violation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solver's hard constraints and the independent roster checker must agree: on many random
 * rosters of small random problems, each hard rule has as many matches as the checker finds
 * violations, and so the hard score is zero exactly when the checker finds nothing.
 */
class RandomRosterTest {

    /** The hard rules both sides know (the checker alone looks for changed pinned seats). */
    private static final List<Rule> HARD = java.util.Arrays.stream(Rule.values())
            .filter(rule -> rule.level() == Rule.Level.HARD && rule != Rule.PINNED_CHANGED).toList();

    private static final String[][] TIMES = {{"07:00", "11:00"}, {"11:00", "15:00"}, {"15:00", "19:00"},
            {"19:00", "23:00"}, {"23:00", "07:00"}, {"08:30", "12:00"}, {"22:00", "02:00"}, {"00:00", "00:00"}};

    private final PlanSolver solver = new PlanSolver();
    private final RosterChecker checker = new RosterChecker();

    @Test
    void hard_score_is_zero_exactly_when_the_checker_finds_nothing_on_random_rosters() {
        Random random = new Random(20200203);
        int feasible = 0;
        int infeasible = 0;
        for (int i = 0; i < 180; i++) {
            PlanDocument problem = randomProblem(random);
            // Random rosters (mostly broken), rosters built seat by seat where the checker allows
            // (feasible), and such rosters with one seat changed at random (just broken or not).
            PlanDocument roster = switch (i % 3) {
                case 0 -> randomRoster(problem, random, random.nextDouble() * 0.8);
                case 1 -> feasibleRoster(problem, random);
                default -> changeOneSeat(feasibleRoster(problem, random), random);
            };
            List<Violation> violations = checker.check(roster);
            ScoreExplanation<RosterSolution, HardMediumSoftScore> explanation =
                    solver.explain(roster, RosterWeights.DEFAULT);

            Map<String, Integer> matches = new HashMap<>();
            for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
                matches.put(total.getConstraintName(), total.getConstraintMatchCount());
            }
            for (Rule rule : HARD) {
                long found = violations.stream().filter(v -> v.rule() == rule).count();
                assertThat(matches.getOrDefault(rule.constraintName(), 0))
                        .as("roster %d, rule %s", i, rule)
                        .isEqualTo((int) found);
            }
            assertThat(explanation.getScore().hardScore() == 0).as("roster %d", i).isEqualTo(violations.isEmpty());
            if (violations.isEmpty()) {
                feasible++;
            } else {
                infeasible++;
            }
        }
        // The generator must exercise both sides of the equivalence.
        assertThat(feasible).isGreaterThan(30);
        assertThat(infeasible).isGreaterThan(30);
    }

    static PlanDocument randomProblem(Random random) {
        LocalDate from = LocalDate.of(2020, 2, 1).plusDays(random.nextInt(7));
        PlanBuilder builder = PlanBuilder.plan()
                .horizon(from.toString(), from.plusDays(1 + random.nextInt(8)).toString())
                .rules(pick(random, 0, 4, 8, 10, 12.5), pick(random, 4, 6.5, 8, 12), 1 + random.nextInt(5));
        int compounds = 1 + random.nextInt(3);
        for (int c = 0; c < compounds; c++) {
            builder.compound("C" + c);
            // Distinct start times per post: a seat is named by post, start and number.
            List<String[]> times = new ArrayList<>(List.of(TIMES));
            java.util.Collections.shuffle(times, random);
            for (int d = 0, n = 1 + random.nextInt(3); d < n; d++) {
                String[] time = times.get(d);
                int headcount = 1 + random.nextInt(3);
                builder.demand("C" + c + "-G", time[0], time[1], headcount, random.nextInt(2));
            }
        }
        for (int v = 0, n = 3 + random.nextInt(6); v < n; v++) {
            String home = random.nextInt(4) == 0 ? null : "C" + random.nextInt(compounds);
            List<WeeklyWindow> available = random.nextBoolean() ? List.of() : windows(random);
            List<DateTimeRange> leave = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                var start = from.atTime(random.nextInt(24), 0).plusDays(random.nextInt(5));
                leave.add(new DateTimeRange(start, start.plusHours(1 + random.nextInt(60))));
            }
            builder.volunteer(new VolunteerDef("V" + v, "V" + v, null, VolunteerRole.VOLUNTEER, home,
                    random.nextBoolean() ? List.of("LEAD") : List.of(),
                    pick(random, 4, 8, 12.5, 20, 40), home != null && random.nextInt(5) == 0,
                    available, leave, random.nextInt(3) == 0 ? windows(random) : List.of()));
        }
        return builder.build();
    }

    static PlanDocument randomRoster(PlanDocument problem, Random random, double fill) {
        List<AssignmentDef> assignments = new ArrayList<>();
        for (ShiftDef shift : Shifts.expand(problem)) {
            for (int seat = 0; seat < shift.headcount(); seat++) {
                String volunteer = random.nextDouble() < fill
                        ? problem.volunteers().get(random.nextInt(problem.volunteers().size())).code() : null;
                assignments.add(new AssignmentDef(shift.post(), shift.start(), seat, volunteer, false));
            }
        }
        return problem.withAssignments(assignments, null);
    }

    /** Seat by seat in random order, a random volunteer where the checker finds nothing against it. */
    private PlanDocument feasibleRoster(PlanDocument problem, Random random) {
        PlanDocument roster = randomRoster(problem, random, 0);
        List<AssignmentDef> seats = new ArrayList<>(roster.assignments());
        java.util.Collections.shuffle(seats, random);
        for (AssignmentDef seat : seats) {
            String candidate = problem.volunteers().get(random.nextInt(problem.volunteers().size())).code();
            if (checker.whyNot(roster, seat, candidate).isEmpty()) {
                roster = replace(roster, seat, candidate);
            }
        }
        return roster;
    }

    private static PlanDocument changeOneSeat(PlanDocument roster, Random random) {
        AssignmentDef seat = roster.assignments().get(random.nextInt(roster.assignments().size()));
        return replace(roster, seat, roster.volunteers().get(random.nextInt(roster.volunteers().size())).code());
    }

    private static PlanDocument replace(PlanDocument roster, AssignmentDef seat, String volunteer) {
        List<AssignmentDef> assignments = new ArrayList<>();
        for (AssignmentDef a : roster.assignments()) {
            boolean same = a.post().equals(seat.post()) && a.start().equals(seat.start()) && a.seat() == seat.seat();
            assignments.add(same ? new AssignmentDef(a.post(), a.start(), a.seat(), volunteer, false) : a);
        }
        return roster.withAssignments(assignments, null);
    }

    private static List<WeeklyWindow> windows(Random random) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (int w = 0, n = 1 + random.nextInt(2); w < n; w++) {
            List<DayOfWeek> days = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(3) > 0) {
                    days.add(day);
                }
            }
            if (days.isEmpty()) {
                days.add(DayOfWeek.MONDAY);
            }
            windows.add(new WeeklyWindow(days, LocalTime.of(random.nextInt(24), random.nextBoolean() ? 0 : 30),
                    LocalTime.of(random.nextInt(24), 0)));
        }
        return windows;
    }

    private static double pick(Random random, double... values) {
        return values[random.nextInt(values.length)];
    }
}
