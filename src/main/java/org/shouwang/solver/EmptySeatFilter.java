package org.shouwang.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;

/** Selects only empty seats, so some moves aim straight at the medium score: fill a seat. */
public class EmptySeatFilter implements SelectionFilter<RosterSolution, Seat> {

    @Override
    public boolean accept(ScoreDirector<RosterSolution> scoreDirector, Seat seat) {
        return seat.getPerson() == null;
    }
}
