package org.shouwang.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.shouwang.plan.PlanBuilder;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.solver.check.RosterChecker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.plan.PlanBuilder.anyone;
import static org.shouwang.plan.PlanBuilder.plan;

class PlanSolverTest {

    /**
     * The solves stop after a number of score calculations, not seconds, so that a slow or busy machine
     * reaches the same roster; the time limit only guards against a solver that would not stop. Measured:
     * the twelve seats below need 2,000 calculations, the week of eleven compounds 50,000.
     */
    private static final SolveOptions SMALL = SolveOptions.calculations(20_000, Duration.ofMinutes(3));
    private static final SolveOptions LARGE = SolveOptions.calculations(200_000, Duration.ofMinutes(3));

    private final PlanSolver solver = new PlanSolver();

    /** Two compounds with a morning gate shift each (a LEAD seat and a plain one), over three days. */
    private static PlanBuilder problem() {
        return plan().horizon("2020-02-03", "2020-02-05").rules(10, 8, 5)
                .compound("C1").compound("C2")
                .demand("C1-G", "07:00", "11:00", 2, 1)
                .demand("C2-G", "07:00", "11:00", 2, 1)
                .volunteer(anyone("L1", "C1", "LEAD"))
                .volunteer(anyone("L2", "C2", "LEAD"))
                .volunteer(anyone("P1", "C1"))
                .volunteer(PlanBuilder.onlyHome(anyone("P2", "C2")))
                .volunteer(PlanBuilder.withLeave(anyone("P3", "C2"), "2020-02-04T00:00", "2020-02-05T00:00"));
    }

    @Test
    void a_solved_roster_fills_every_seat_that_can_be_filled_without_breaking_a_rule() {
        PlanDocument input = problem().build();

        SolveOutcome outcome = solver.solve(input, SMALL);

        PlanDocument.Summary summary = outcome.summary();
        assertThat(summary.seats()).isEqualTo(12);
        assertThat(summary.filled()).isEqualTo(12);
        assertThat(summary.hardViolations()).isZero();
        assertThat(new RosterChecker().check(outcome.document())).isEmpty();
        assertThat(outcome.score().hardScore()).isZero();
        // Everyone serves their home compound when they can.
        assertThat(outcome.document().assignments())
                .filteredOn(a -> "L1".equals(a.volunteer()) || "P1".equals(a.volunteer()))
                .allMatch(a -> a.post().equals("C1-G"));
    }

    @Test
    void pinned_assignments_are_kept_even_when_they_break_a_rule() {
        PlanDocument input = problem()
                .assign("C1-G", "2020-02-03T07:00", 0, "P1", true) // P1 has no LEAD
                .build();

        SolveOutcome outcome = solver.solve(input, SMALL);

        assertThat(outcome.document().assignments().get(0))
                .isEqualTo(new AssignmentDef("C1-G", input.horizon().from().atTime(7, 0), 0, "P1", true));
        assertThat(outcome.summary().hardViolations()).isEqualTo(1);
        assertThat(outcome.score().hardScore()).isEqualTo(-1);
    }

    @Test
    void a_replan_after_leave_moves_only_the_seats_it_must() {
        PlanDocument first = solver.solve(problem().build(), SMALL).document();
        // L1 falls sick for the whole horizon; the previous roster is the starting point.
        List<PlanDocument.VolunteerDef> volunteers = new ArrayList<>(first.volunteers());
        volunteers.set(0, PlanBuilder.withLeave(volunteers.get(0), "2020-02-03T00:00", "2020-02-06T00:00"));
        PlanDocument replan = new PlanDocument(first.format(), first.community(), first.horizon(), first.rules(),
                first.compounds(), first.posts(), first.demands(), volunteers,
                first.assignments().stream().map(a -> new AssignmentDef(a.post(), a.start(), a.seat(), a.volunteer(),
                        false)).toList(), null);

        PlanDocument second = solver.solve(replan, SMALL).document();

        long changed = 0;
        for (int i = 0; i < first.assignments().size(); i++) {
            AssignmentDef before = first.assignments().get(i);
            AssignmentDef after = second.assignments().get(i);
            if (!java.util.Objects.equals(before.volunteer(), after.volunteer())) {
                changed++;
                assertThat(before.volunteer()).as("only L1's seats and the seats refilling them move")
                        .isIn("L1", "L2", "P1", "P2", "P3");
            }
        }
        long l1Seats = first.assignments().stream().filter(a -> "L1".equals(a.volunteer())).count();
        assertThat(second.assignments()).noneMatch(a -> "L1".equals(a.volunteer()));
        // L1's three lead seats must go to L2, who then leaves a C2 lead seat empty or swaps: at most
        // a few more seats move, never the whole roster.
        assertThat(changed).isLessThanOrEqualTo(l1Seats * 2);
        assertThat(second.summary().hardViolations()).isZero();
    }

    @Test
    void a_fresh_solve_never_fills_fewer_seats_than_the_greedy_baseline() {
        // Eleven compounds, 60 volunteers, a week: a problem where the greedy time order is strong.
        PlanDocument problem = org.shouwang.plan.demo.CommunityGenerator.sized(1, 11, 60, 7);
        int greedy = (int) org.shouwang.solver.baseline.GreedyRoster.solve(problem).assignments().stream()
                .filter(a -> a.volunteer() != null).count();

        SolveOutcome outcome = solver.solve(problem, LARGE);

        assertThat(outcome.summary().filled()).isGreaterThanOrEqualTo(greedy);
        assertThat(outcome.summary().hardViolations()).isZero();
    }

    @Test
    void progress_is_reported_and_a_solve_can_be_stopped_early() {
        AtomicReference<SolveHandle> handle = new AtomicReference<>();
        List<Progress> reports = new ArrayList<>();
        long started = System.nanoTime();

        SolveOutcome outcome = solver.solve(problem().build(), SolveOptions.of(Duration.ofMinutes(5))
                .withStart(handle::set)
                .withProgress(progress -> {
                    reports.add(progress);
                    handle.get().terminateEarly();
                }));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(4));
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(0).seats()).isEqualTo(12);
        assertThat(outcome.summary().seats()).isEqualTo(12);
    }

    @Test
    void evaluating_a_roster_scores_it_without_changing_it() {
        PlanDocument roster = problem()
                .assign("C1-G", "2020-02-03T07:00", 0, "P1", false)
                .assign("C1-G", "2020-02-03T07:00", 1, "P1", false)
                .build();

        SolveOutcome outcome = solver.evaluate(roster, RosterWeights.DEFAULT);

        assertThat(outcome.summary().filled()).isEqualTo(2);
        // A missing LEAD and an overlap: two broken rules, counted alike by the score and the checker.
        assertThat(outcome.score().hardScore()).isEqualTo(-2);
        assertThat(outcome.summary().hardViolations()).isEqualTo(2);
        assertThat(outcome.score().mediumScore()).isEqualTo(-10);
        assertThat(solver.explain(roster, RosterWeights.DEFAULT).getJustificationList()).isNotEmpty();
    }

    @Test
    void the_stable_teams_count_stays_right_through_every_move_and_its_undo() {
        // Full assert: after every move the solver compares the score it kept up to date with one
        // calculated afresh, and fails on the first difference; the pair count is kept seat by seat.
        PlanDocument problem = plan().horizon("2020-02-03", "2020-02-05")
                .compound("C1").compound("C2")
                .demand("C1-G", "07:00", "11:00", 3).demand("C1-G", "11:00", "15:00", 2)
                .demand("C2-G", "07:00", "11:00", 2)
                .volunteer(anyone("P1", "C1")).volunteer(anyone("P2", "C1")).volunteer(anyone("P3", "C1"))
                .volunteer(anyone("P4", "C2")).volunteer(anyone("P5", "C2")).volunteer(anyone("P6", null))
                .build();
        SolverConfig config = PlanSolver.config()
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(3_000L));
        RosterSolution model = RosterModel.build(problem, RosterWeights.DEFAULT.withTeams(7));

        RosterSolution solved = SolverFactory.<RosterSolution>create(config).buildSolver().solve(model);

        assertThat(solved.getScore().isFeasible()).isTrue();
        long pairs = teammatePairs(solved);
        assertThat(pairs).isPositive();
        ScoreExplanation<RosterSolution, HardMediumSoftScore> explanation =
                SolutionManager.<RosterSolution, HardMediumSoftScore>create(
                        SolverFactory.<RosterSolution>create(PlanSolver.config())).explain(solved);
        assertThat(explanation.getConstraintMatchTotalMap().values())
                .filteredOn(total -> total.getConstraintName().equals(Rule.STABLE_TEAMS.constraintName()))
                .singleElement().satisfies(total -> assertThat(total.getScore().softScore()).isEqualTo(-7 * pairs));
    }

    /** Distinct pairs of people who share a shift, counted from scratch. */
    private static long teammatePairs(RosterSolution solution) {
        java.util.Map<Shift, java.util.Set<Person>> crews = new java.util.HashMap<>();
        solution.getSeats().stream().filter(seat -> seat.getPerson() != null).forEach(seat ->
                crews.computeIfAbsent(seat.getShift(), shift -> new java.util.HashSet<>()).add(seat.getPerson()));
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (java.util.Set<Person> crew : crews.values()) {
            for (Person a : crew) {
                for (Person b : crew) {
                    if (a.getCode().compareTo(b.getCode()) < 0) {
                        pairs.add(a.getCode() + "+" + b.getCode());
                    }
                }
            }
        }
        return pairs.size();
    }
}
