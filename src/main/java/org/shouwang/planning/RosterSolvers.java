package org.shouwang.planning;

import org.optaplanner.core.api.solver.SolverManager;
import org.shouwang.plan.PlanDocument;
import org.shouwang.solver.PlanSolver;
import org.shouwang.solver.RosterSolution;

/**
 * The app's two solver managers. A fresh roster and a re-plan (a roster given to keep) need different
 * phases (see {@link PlanSolver#config(java.time.Duration, java.time.Duration)} and
 * {@link PlanSolver#replanConfig}), and a solver manager has one configuration; the command line picks
 * the same way per problem.
 */
record RosterSolvers(SolverManager<RosterSolution, Long> fresh, SolverManager<RosterSolution, Long> replan)
        implements AutoCloseable {

    SolverManager<RosterSolution, Long> forProblem(PlanDocument document) {
        return PlanSolver.fresh(document) ? fresh : replan;
    }

    @Override
    public void close() {
        fresh.close();
        replan.close();
    }
}
