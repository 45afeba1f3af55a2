package org.shouwang.solver.justifications;

import java.util.List;
import java.util.Map;

/** A volunteer's load: minutes served against their own weekly maximum. */
public record LoadJustification(String volunteer, int minutes, int maxWeekMinutes) implements RuleJustification {

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("minutes", minutes, "maxWeekMinutes", maxWeekMinutes);
    }
}
