package org.shouwang.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.shouwang.plan.PlanBuilder;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.solver.check.RosterChecker;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.plan.PlanBuilder.anyone;
import static org.shouwang.plan.PlanBuilder.plan;

/** Re-planning: a given roster, some of whose volunteers can no longer serve, is mended, not reshuffled. */
class ReplanTest {

    /** Enough for these small problems to finish every phase; the time limit is only a safety net. */
    private static final long CALCULATIONS = 20_000;

    private final PlanSolver solver = new PlanSolver();
    private final RosterChecker checker = new RosterChecker();

    /** A lead seat at C1 and a plain seat at C2, both mornings of three days; two leads and a plain volunteer. */
    private static PlanBuilder twoGates() {
        return plan().horizon("2020-02-03", "2020-02-05").rules(10, 8, 5)
                .compound("C1").compound("C2")
                .demand("C1-G", "07:00", "11:00", 1, 1)
                .demand("C2-G", "07:00", "11:00", 1, 0)
                .volunteer(anyone("L1", "C1", "LEAD"))
                .volunteer(anyone("L2", "C2", "LEAD"))
                .volunteer(anyone("P", "C1"));
    }

    private static SolveOptions options() {
        return SolveOptions.of(Duration.ofMinutes(2)).withCalculationLimit(CALCULATIONS);
    }

    @Test
    void a_replan_after_leave_changes_the_forced_seat_and_one_short_chain_and_nothing_else() {
        // L1 leads C1 and L2 holds C2 every morning; L1 falls sick on Tuesday. Nobody free has LEAD, so
        // Tuesday's lead seat is filled by a chain: L2 leaves C2 for it and P, who is free, takes C2.
        PlanDocument problem = twoGates()
                .volunteer(PlanBuilder.withLeave(anyone("L1", "C1", "LEAD"), "2020-02-04T00:00", "2020-02-05T00:00"))
                .build();
        List<AssignmentDef> given = new ArrayList<>();
        for (String day : List.of("2020-02-03", "2020-02-04", "2020-02-05")) {
            given.add(new AssignmentDef("C1-G", LocalDateTime.parse(day + "T07:00"), 0, "L1", false));
            given.add(new AssignmentDef("C2-G", LocalDateTime.parse(day + "T07:00"), 0, "L2", false));
        }
        PlanDocument input = withoutFirstL1(problem).withAssignments(given, null);

        SolveOutcome outcome = solver.solve(input, options());

        assertThat(checker.check(input, outcome.document())).isEmpty();
        assertThat(outcome.summary().filled()).isEqualTo(6);
        assertThat(outcome.summary().forced()).isEqualTo(1);
        assertThat(outcome.summary().changed()).isEqualTo(2);
        assertThat(changedSeats(input, outcome.document())).containsExactlyInAnyOrder(
                "C1-G 2020-02-04T07:00 L1->L2", "C2-G 2020-02-04T07:00 L2->P");
    }

    @Test
    void a_replan_leaves_a_seat_empty_rather_than_move_more_people_than_a_short_chain() {
        // As above, but P may serve only at C1 (home-only) and C1 needs LEAD: no chain of two or three
        // steps fills Tuesday's lead seat, so it stays empty and nobody else moves.
        PlanDocument problem = twoGates()
                .volunteer(PlanBuilder.withLeave(anyone("L1", "C1", "LEAD"), "2020-02-04T00:00", "2020-02-05T00:00"))
                .build();
        List<PlanDocument.VolunteerDef> volunteers = new ArrayList<>(withoutFirstL1(problem).volunteers());
        volunteers.replaceAll(v -> v.code().equals("P") ? PlanBuilder.onlyHome(v) : v);
        List<AssignmentDef> given = new ArrayList<>();
        for (String day : List.of("2020-02-03", "2020-02-04", "2020-02-05")) {
            given.add(new AssignmentDef("C1-G", LocalDateTime.parse(day + "T07:00"), 0, "L1", false));
            given.add(new AssignmentDef("C2-G", LocalDateTime.parse(day + "T07:00"), 0, "L2", false));
        }
        PlanDocument input = new PlanDocument(problem.format(), problem.community(), problem.horizon(), problem.rules(),
                problem.compounds(), problem.posts(), problem.demands(), volunteers, given, null);

        SolveOutcome outcome = solver.solve(input, options());

        assertThat(checker.check(input, outcome.document())).isEmpty();
        assertThat(outcome.summary().forced()).isEqualTo(1);
        assertThat(outcome.summary().changed()).isEqualTo(1);
        assertThat(changedSeats(input, outcome.document())).containsExactly("C1-G 2020-02-04T07:00 L1->-");
    }

    @Test
    void a_seat_whose_given_volunteer_can_no_longer_serve_starts_empty_with_that_volunteer_as_previous() {
        // Monday 19:00 at C1 is pinned to W; each seat of Tuesday morning has a given volunteer who can
        // no longer serve it, each for another reason, except K's, which stays.
        PlanDocument input = plan().horizon("2020-02-03", "2020-02-04").rules(10, 8, 5)
                .compound("C1").compound("C2")
                .demand("C1-G", "07:00", "11:00", 5, 1)
                .demand("C1-G", "19:00", "23:00", 1, 0)
                .demand("C2-G", "07:00", "11:00", 1, 0)
                .volunteer(anyone("W", "C1"))
                .volunteer(PlanBuilder.withLeave(anyone("SICK", "C1"), "2020-02-04T00:00", "2020-02-05T00:00"))
                .volunteer(PlanBuilder.withAvailable(anyone("EVENING", "C1"), PlanBuilder.window("15:00", "23:00")))
                .volunteer(anyone("NOLEAD", "C1"))
                .volunteer(PlanBuilder.onlyHome(anyone("HOME", "C1")))
                .volunteer(anyone("K", "C1"))
                .assign("C1-G", "2020-02-03T19:00", 0, "W", true)
                .assign("C1-G", "2020-02-04T07:00", 0, "NOLEAD", false) // the LEAD seat
                .assign("C1-G", "2020-02-04T07:00", 1, "SICK", false)
                .assign("C1-G", "2020-02-04T07:00", 2, "EVENING", false)
                .assign("C1-G", "2020-02-04T07:00", 3, "W", false) // 8 h after W's pinned evening: too little rest
                .assign("C1-G", "2020-02-04T07:00", 4, "K", false)
                .assign("C2-G", "2020-02-04T07:00", 0, "HOME", false) // home-only at C1
                .build();

        RosterSolution start = RosterModel.startingPoint(input, RosterWeights.DEFAULT);

        Map<String, Seat> seats = new HashMap<>();
        start.getSeats().forEach(seat -> seats.put(seat.getShift().getPost() + " " + seat.getShift().getStartTime()
                + " " + seat.getNumber(), seat));
        for (String forced : List.of("C1-G 2020-02-04T07:00 0", "C1-G 2020-02-04T07:00 1", "C1-G 2020-02-04T07:00 2",
                "C1-G 2020-02-04T07:00 3", "C2-G 2020-02-04T07:00 0")) {
            Seat seat = seats.get(forced);
            assertThat(seat.getPerson()).as(forced).isNull();
            assertThat(seat.isForced()).as(forced).isTrue();
            assertThat(seat.getPrevious()).as(forced).isNotNull();
        }
        assertThat(seats.get("C1-G 2020-02-04T07:00 3").getPrevious().getCode()).isEqualTo("W");
        // Who cannot serve a seat at all is no longer a value it can take; a clash with a pinned duty is
        // judged by the rules as the roster changes, so W stays a value.
        assertThat(seats.get("C1-G 2020-02-04T07:00 1").getEligible()).extracting(Person::getCode).doesNotContain("SICK");
        assertThat(seats.get("C1-G 2020-02-04T07:00 3").getEligible()).extracting(Person::getCode).contains("W");
        Seat kept = seats.get("C1-G 2020-02-04T07:00 4");
        assertThat(kept.isForced()).isFalse();
        assertThat(kept.getPerson().getCode()).isEqualTo("K");

        // Stability counts each forced seat once, whether it stays empty or someone else takes it.
        SolutionManager<RosterSolution, HardMediumSoftScore> scoring =
                SolutionManager.create(SolverFactory.create(PlanSolver.config()));
        assertThat(stabilityMatches(scoring.explain(start))).isEqualTo(5);
        Seat sickSeat = seats.get("C1-G 2020-02-04T07:00 1");
        sickSeat.setPerson(start.getPeople().stream().filter(p -> p.getCode().equals("HOME")).findFirst().orElseThrow());
        ScoreExplanation<RosterSolution, HardMediumSoftScore> refilled = scoring.explain(start);
        assertThat(stabilityMatches(refilled)).isEqualTo(5);
        assertThat(refilled.getScore().hardScore()).isZero();

        // The solve reports the same figures: five forced seats, each counted once as changed.
        SolveOutcome outcome = solver.solve(input, options());
        assertThat(outcome.summary().forced()).isEqualTo(5);
        assertThat(outcome.summary().changed()).isEqualTo(5);
        assertThat(checker.check(input, outcome.document())).isEmpty();
    }

    @Test
    void rest_is_kept_across_a_pinned_neighbour() {
        // Monday is pinned (the duties just before the window); W's pinned evening ends at 23:00, so W,
        // who lives at C1, must not take Tuesday's 07:00 seat at C1 (8 h of rest, 10 required). V, from
        // C2, takes it instead, although serving away from home costs.
        PlanDocument input = plan().horizon("2020-02-03", "2020-02-04").rules(10, 8, 5)
                .compound("C1").compound("C2")
                .demand("C1-G", "07:00", "11:00", 1, 0)
                .demand("C1-G", "19:00", "23:00", 1, 0)
                .volunteer(anyone("W", "C1"))
                .volunteer(anyone("V", "C2"))
                .assign("C1-G", "2020-02-03T07:00", 0, null, true)
                .assign("C1-G", "2020-02-03T19:00", 0, "W", true)
                .build();

        SolveOutcome outcome = solver.solve(input, options());

        assertThat(checker.check(input, outcome.document())).isEmpty();
        assertThat(volunteerAt(outcome.document(), "C1-G", "2020-02-04T07:00")).isEqualTo("V");
        assertThat(volunteerAt(outcome.document(), "C1-G", "2020-02-04T19:00")).isEqualTo("W");
        assertThat(volunteerAt(outcome.document(), "C1-G", "2020-02-03T07:00")).isNull();
    }

    @Test
    void a_given_duty_that_breaks_rest_next_to_a_pinned_neighbour_starts_empty_and_is_refilled() {
        PlanDocument input = plan().horizon("2020-02-03", "2020-02-04").rules(10, 8, 5)
                .compound("C1")
                .demand("C1-G", "07:00", "11:00", 1, 0)
                .demand("C1-G", "19:00", "23:00", 1, 0)
                .volunteer(anyone("W", "C1"))
                .volunteer(anyone("V", "C1"))
                .assign("C1-G", "2020-02-03T07:00", 0, "V", true)
                .assign("C1-G", "2020-02-03T19:00", 0, "W", true)
                .assign("C1-G", "2020-02-04T07:00", 0, "W", false)
                .assign("C1-G", "2020-02-04T19:00", 0, "V", false)
                .build();

        SolveOutcome outcome = solver.solve(input, options());

        assertThat(checker.check(input, outcome.document())).isEmpty();
        assertThat(outcome.summary().forced()).isEqualTo(1);
        assertThat(volunteerAt(outcome.document(), "C1-G", "2020-02-04T07:00")).isEqualTo("V");
        assertThat(volunteerAt(outcome.document(), "C1-G", "2020-02-04T19:00")).isEqualTo("W");
        assertThat(outcome.summary().changed()).isEqualTo(2);
    }

    /** The problem with the first of two volunteers named L1 dropped (the builder's and the sick one). */
    private static PlanDocument withoutFirstL1(PlanDocument problem) {
        List<PlanDocument.VolunteerDef> volunteers = new ArrayList<>(problem.volunteers());
        volunteers.remove(0);
        return new PlanDocument(problem.format(), problem.community(), problem.horizon(), problem.rules(),
                problem.compounds(), problem.posts(), problem.demands(), volunteers, problem.assignments(), null);
    }

    private static long stabilityMatches(ScoreExplanation<RosterSolution, HardMediumSoftScore> explanation) {
        return explanation.getConstraintMatchTotalMap().values().stream()
                .filter(total -> total.getConstraintName().equals(Rule.CHANGED_ASSIGNMENT.constraintName()))
                .mapToLong(ConstraintMatchTotal::getConstraintMatchCount).sum();
    }

    private static String volunteerAt(PlanDocument roster, String post, String start) {
        return roster.assignments().stream()
                .filter(a -> a.post().equals(post) && a.start().equals(LocalDateTime.parse(start)))
                .findFirst().orElseThrow().volunteer();
    }

    /** "post start given->now" for every seat whose given volunteer changed. */
    private static List<String> changedSeats(PlanDocument input, PlanDocument output) {
        Map<String, String> given = new HashMap<>();
        input.assignments().forEach(a -> given.put(a.post() + " " + a.start(), a.volunteer()));
        List<String> changed = new ArrayList<>();
        for (AssignmentDef a : output.assignments()) {
            String before = given.get(a.post() + " " + a.start());
            if (before != null && !Objects.equals(before, a.volunteer())) {
                changed.add(a.post() + " " + a.start() + " " + before + "->" + (a.volunteer() == null ? "-" : a.volunteer()));
            }
        }
        return changed;
    }
}
