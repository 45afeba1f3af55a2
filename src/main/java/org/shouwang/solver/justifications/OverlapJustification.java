package org.shouwang.solver.justifications;

import org.shouwang.solver.SeatRef;

import java.util.List;

/** One volunteer holds two seats at the same time. */
public record OverlapJustification(String volunteer, SeatRef first, SeatRef second) implements RuleJustification {

    @Override
    public List<SeatRef> seats() {
        return List.of(first, second);
    }
}
