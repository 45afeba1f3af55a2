package org.shouwang.solver.justifications;

import org.shouwang.solver.SeatRef;

import java.util.List;

/** A shift outside the windows the volunteer prefers. */
public record NotPreferredJustification(SeatRef seat, String volunteer) implements RuleJustification {

    @Override
    public List<SeatRef> seats() {
        return List.of(seat);
    }
}
