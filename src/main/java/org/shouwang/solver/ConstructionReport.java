package org.shouwang.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Runs after construction and hands its roster, the first complete one, to the solution's listener:
 * construction fires no best-solution event when its seats may stay empty, so without this a page
 * would see nothing until local search first improves on it.
 */
final class ConstructionReport implements CustomPhaseCommand<RosterSolution> {

    @Override
    public void changeWorkingSolution(ScoreDirector<RosterSolution> director) {
        director.getWorkingSolution().constructed();
    }
}
