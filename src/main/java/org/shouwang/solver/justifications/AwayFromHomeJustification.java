package org.shouwang.solver.justifications;

import org.shouwang.solver.SeatRef;

import java.util.List;
import java.util.Map;

/** A volunteer serves a compound other than their home. */
public record AwayFromHomeJustification(SeatRef seat, String volunteer, String home, String compound) implements RuleJustification {

    @Override
    public List<SeatRef> seats() {
        return List.of(seat);
    }

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("home", home, "compound", compound);
    }
}
