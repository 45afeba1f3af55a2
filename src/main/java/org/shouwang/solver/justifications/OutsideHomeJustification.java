package org.shouwang.solver.justifications;

import org.shouwang.solver.SeatRef;

import java.util.List;
import java.util.Map;

/** A home-only volunteer serves outside their home compound. */
public record OutsideHomeJustification(SeatRef seat, String volunteer, String home) implements RuleJustification {

    @Override
    public List<SeatRef> seats() {
        return List.of(seat);
    }

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("home", home);
    }
}
