package org.shouwang.solver.justifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The shifts a volunteer starts on one date add up to more than the daily maximum. */
public record DailyHoursJustification(String volunteer, LocalDate date, int minutes, int maxMinutes) implements RuleJustification {

    @Override
    public LocalDate[] dates() {
        return new LocalDate[] {date, date};
    }

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("minutes", minutes, "maxMinutes", maxMinutes);
    }
}
