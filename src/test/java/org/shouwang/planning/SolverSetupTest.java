package org.shouwang.planning;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.shouwang.plan.PlanDocument;
import org.shouwang.solver.RosterModel;
import org.shouwang.solver.RosterSolution;
import org.shouwang.solver.RosterWeights;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.plan.PlanBuilder.anyone;
import static org.shouwang.plan.PlanBuilder.plan;

/** Both solver settings of the properties reach the app's solver manager. */
class SolverSetupTest {

    private static final PlanDocument SMALL = plan().horizon("2020-02-03", "2020-02-04").rules(10, 8, 5)
            .compound("C1").demand("C1-G", "07:00", "11:00", 2, 0)
            .volunteer(anyone("P1", "C1")).volunteer(anyone("P2", "C1")).volunteer(anyone("P3", null))
            .build();

    @Test
    void a_solve_ends_once_the_best_roster_has_not_improved_for_the_unimproved_limit() throws Exception {
        try (SolverManager<RosterSolution, Long> manager = new SolverSetup()
                .rosterSolverManager(Duration.ofMinutes(5), Duration.ofMillis(500))) {
            long started = System.nanoTime();
            SolverJob<RosterSolution, Long> job = manager.solve(1L, RosterModel.build(SMALL, RosterWeights.DEFAULT));

            RosterSolution best = job.getFinalBestSolution();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
            assertThat(best.getScore().mediumScore()).isZero();
        }
    }

    @Test
    void a_solve_ends_at_the_spent_limit_while_it_still_improves_or_not() throws Exception {
        try (SolverManager<RosterSolution, Long> manager = new SolverSetup()
                .rosterSolverManager(Duration.ofSeconds(1), Duration.ofMinutes(5))) {
            long started = System.nanoTime();
            manager.solve(1L, RosterModel.build(SMALL, RosterWeights.DEFAULT)).getFinalBestSolution();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        }
    }
}
