package org.shouwang.solver.justifications;

import org.shouwang.solver.SeatRef;

import java.util.List;
import java.util.Map;

/** A seat nobody fills; {@code skill} is what it needs, or {@code null}. */
public record EmptySeatJustification(SeatRef seat, String skill) implements RuleJustification {

    @Override
    public List<SeatRef> seats() {
        return List.of(seat);
    }

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("skill", skill);
    }
}
