package org.shouwang.solver.justifications;

import org.shouwang.solver.SeatRef;

import java.util.List;
import java.util.Map;

/** A seat's previous volunteer is replaced ({@code current} may be {@code null}). */
public record ChangedAssignmentJustification(SeatRef seat, String previous, String current) implements RuleJustification {

    @Override
    public List<SeatRef> seats() {
        return List.of(seat);
    }

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("previous", previous, "current", current);
    }
}
