package org.shouwang.solver;

import java.util.Comparator;

/** Seats with fewer eligible people are harder: construction fills them first. */
public class SeatDifficulty implements Comparator<Seat> {

    private static final Comparator<Seat> ORDER = Comparator.<Seat>comparingInt(seat -> -seat.getEligible().size())
            .thenComparing(Seat::getId);

    @Override
    public int compare(Seat a, Seat b) {
        return ORDER.compare(a, b);
    }
}
