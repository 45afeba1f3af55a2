package org.shouwang.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;

/**
 * Selects only empty seats, so some moves aim straight at the medium score: fill a seat. Once no
 * seat is left to fill it selects every seat, as a random selector that finds nothing would search
 * in vain (and warn) on every move. Whether an empty seat is left is looked up again every
 * {@value #RECHECK} calls, which costs a few comparisons per call.
 */
public class EmptySeatFilter implements SelectionFilter<RosterSolution, Seat> {

    private static final int RECHECK = 1000;

    private RosterSolution solution;
    private int calls;
    private boolean emptyLeft = true;

    @Override
    public boolean accept(ScoreDirector<RosterSolution> scoreDirector, Seat seat) {
        RosterSolution working = scoreDirector.getWorkingSolution();
        if (working != solution || ++calls >= RECHECK) {
            solution = working;
            calls = 0;
            emptyLeft = working.getSeats().stream().anyMatch(s -> s.getPerson() == null && !s.isPinned());
        }
        return !emptyLeft || seat.getPerson() == null;
    }
}
