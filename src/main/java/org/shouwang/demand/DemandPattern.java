package org.shouwang.demand;

import org.shouwang.plan.PostKind;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A staffing pattern applied to many posts at once, e.g. "all gates of these compounds: 07:00–23:00
 * in 4-hour shifts, 2 people, 1 LEAD".
 *
 * @param from       start of the first shift
 * @param to         end of the last shift; at or before {@code from} runs into the next day
 *                   ({@code from == to}: around the clock)
 * @param shiftHours length of each shift; the last one is shorter when the span does not divide evenly
 * @param skills     skilled seats per shift, in seat order
 */
public record DemandPattern(Set<Long> compoundIds, Set<PostKind> postKinds, Set<DayOfWeek> days, LocalTime from,
                            LocalTime to, int shiftHours, int headcount, Map<String, Integer> skills) {

    public DemandPattern {
        compoundIds = Set.copyOf(compoundIds);
        postKinds = Set.copyOf(postKinds);
        days = Set.copyOf(days);
        skills = skills == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skills));
    }

    /** What is wrong with the pattern, as a translation key, or {@code null} when it can be applied. */
    public String problem() {
        if (days.isEmpty()) {
            return "demand.error.days";
        }
        if (from == null || to == null) {
            return "demand.error.times";
        }
        if (shiftHours < 1 || shiftHours > 24) {
            return "demand.error.shift-hours";
        }
        if (headcount < 1 || headcount > 50) {
            return "demand.error.headcount";
        }
        if (skills.values().stream().mapToInt(Integer::intValue).sum() > headcount) {
            return "demand.error.skills-exceed-headcount";
        }
        return null;
    }

    /** The shifts of one day as (start, end) pairs: 07:00–23:00 by 4 hours gives 07–11, 11–15, 15–19, 19–23. */
    public List<LocalTime[]> shifts() {
        long span = Duration.between(from, to).toMinutes();
        if (span <= 0) {
            span += 24 * 60;
        }
        List<LocalTime[]> shifts = new ArrayList<>();
        for (long start = 0; start < span; start += shiftHours * 60L) {
            long end = Math.min(start + shiftHours * 60L, span);
            shifts.add(new LocalTime[] {from.plusMinutes(start), from.plusMinutes(end)});
        }
        return shifts;
    }
}
