package org.shouwang.planning;

import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.shouwang.solver.PlanSolver;
import org.shouwang.solver.RosterSolution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The app's solver manager, built from the solver configuration the command line uses
 * ({@link PlanSolver#config(Duration, Duration)}): the configuration is code, so the starter's own
 * reading of {@code optaplanner.solver.*} would not reach it; the two limits are read here instead.
 */
@Configuration
class SolverSetup {

    /** Two cores: more parallel solves (per manager) would only slow each other down; a third community waits. */
    static final String PARALLEL_SOLVES = "2";

    @Bean(destroyMethod = "close")
    RosterSolvers rosterSolvers(
            @Value("${optaplanner.solver.termination.spent-limit:60s}") Duration limit,
            @Value("${optaplanner.solver.termination.unimproved-spent-limit:15s}") Duration unimproved) {
        return new RosterSolvers(rosterSolverManager(limit, unimproved),
                manager(PlanSolver.replanConfig(limit, unimproved)));
    }

    /** The manager of fresh rosters. */
    SolverManager<RosterSolution, Long> rosterSolverManager(Duration limit, Duration unimproved) {
        return manager(PlanSolver.config(limit, unimproved));
    }

    private static SolverManager<RosterSolution, Long> manager(SolverConfig config) {
        return SolverManager.create(config, new SolverManagerConfig().withParallelSolverCount(PARALLEL_SOLVES));
    }
}
