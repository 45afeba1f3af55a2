package org.shouwang.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.time.Duration;

/** A new best roster found while solving. */
public record Progress(HardMediumSoftScore score, int filled, int seats, Duration elapsed) {

    /** The figures of a (best) solution. */
    public static Progress of(RosterSolution solution, Duration elapsed) {
        int filled = (int) solution.getSeats().stream().filter(seat -> seat.getPerson() != null).count();
        return new Progress(solution.getScore(), filled, solution.getSeats().size(), elapsed);
    }
}
