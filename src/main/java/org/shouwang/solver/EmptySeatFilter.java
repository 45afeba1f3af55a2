package org.shouwang.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;

/**
 * Selects only empty seats, so some moves aim straight at the medium score: fill a seat. Once no
 * seat is left to fill it selects every seat, as a random selector that finds nothing would search
 * in vain (and warn) on every move. The medium score counts the empty seats, so it tells cheaply
 * whether any is left besides the pinned ones.
 */
public class EmptySeatFilter implements SelectionFilter<RosterSolution, Seat> {

    @Override
    public boolean accept(ScoreDirector<RosterSolution> scoreDirector, Seat seat) {
        RosterSolution solution = scoreDirector.getWorkingSolution();
        HardMediumSoftScore score = solution.getScore();
        boolean emptyLeft = score == null || -score.mediumScore() > solution.getPinnedEmptySeats();
        return !emptyLeft || seat.getPerson() == null;
    }
}
