package org.shouwang.solver.justifications;

import org.shouwang.solver.SeatRef;

import java.util.List;

/** The shift overlaps the volunteer's leave, sickness or quarantine. */
public record OnLeaveJustification(SeatRef seat, String volunteer) implements RuleJustification {

    @Override
    public List<SeatRef> seats() {
        return List.of(seat);
    }
}
