package org.shouwang.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.time.Duration;

/**
 * A new best roster found while solving.
 *
 * @param forced  seats whose given volunteer can no longer serve them (the same in every report of a solve)
 * @param changed seats whose given volunteer was replaced or removed, the forced ones included
 */
public record Progress(HardMediumSoftScore score, int filled, int seats, Duration elapsed, int forced, int changed) {

    /** The figures of a (best) solution. */
    public static Progress of(RosterSolution solution, Duration elapsed) {
        return of(solution, solution.getScore(), elapsed);
    }

    /** The figures of a solution whose score is known apart from it. */
    public static Progress of(RosterSolution solution, HardMediumSoftScore score, Duration elapsed) {
        int filled = 0;
        int forced = 0;
        int changed = 0;
        for (Seat seat : solution.getSeats()) {
            filled += seat.getPerson() == null ? 0 : 1;
            forced += seat.isForced() ? 1 : 0;
            changed += seat.isChanged() ? 1 : 0;
        }
        return new Progress(score, filled, solution.getSeats().size(), elapsed, forced, changed);
    }
}
