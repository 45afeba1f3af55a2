package org.shouwang.solver.justifications;

import org.shouwang.solver.SeatRef;

import java.util.List;
import java.util.Map;

/** Two shifts of one volunteer neither touch nor lie the minimum rest apart. */
public record TooLittleRestJustification(String volunteer, SeatRef first, SeatRef second, int gapMinutes, int restMinutes) implements RuleJustification {

    @Override
    public List<SeatRef> seats() {
        return List.of(first, second);
    }

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("gapMinutes", gapMinutes, "restMinutes", restMinutes);
    }
}
