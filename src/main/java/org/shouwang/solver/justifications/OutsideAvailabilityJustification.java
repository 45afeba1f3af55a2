package org.shouwang.solver.justifications;

import org.shouwang.solver.SeatRef;

import java.util.List;

/** The shift lies outside every weekly window the volunteer can serve in. */
public record OutsideAvailabilityJustification(SeatRef seat, String volunteer) implements RuleJustification {

    @Override
    public List<SeatRef> seats() {
        return List.of(seat);
    }
}
