package org.shouwang.solver.justifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A volunteer works more dates in a row than allowed. */
public record ConsecutiveDaysJustification(String volunteer, LocalDate first, int days, int maxDays) implements RuleJustification {

    @Override
    public LocalDate[] dates() {
        return new LocalDate[] {first, first.plusDays(days - 1L)};
    }

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("days", days, "maxDays", maxDays);
    }
}
