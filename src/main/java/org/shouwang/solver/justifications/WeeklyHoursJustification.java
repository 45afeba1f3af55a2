package org.shouwang.solver.justifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The shifts a volunteer starts in one Monday-Sunday week add up to more than their weekly maximum. */
public record WeeklyHoursJustification(String volunteer, LocalDate monday, int minutes, int maxMinutes) implements RuleJustification {

    @Override
    public LocalDate[] dates() {
        return new LocalDate[] {monday, monday.plusDays(6)};
    }

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("minutes", minutes, "maxMinutes", maxMinutes);
    }
}
