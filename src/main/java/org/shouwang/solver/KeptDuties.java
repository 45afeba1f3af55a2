package org.shouwang.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The duties each person keeps at the start of a re-plan, and whether one more keeps every hard rule
 * that involves it: overlap, rest, hours per date and per week, consecutive dates. The pinned duties
 * go in first, whatever they break; then each given duty in time order, if it fits. A given duty that
 * does not fit starts empty, so the search starts from a roster that breaks no rule it could mend.
 * <p>
 * Used once, while the model is built: plain lists and maps, written for clarity, not speed.
 */
final class KeptDuties {

    private final Map<Person, List<Shift>> shifts = new HashMap<>();
    private final Map<Person, Map<Integer, Integer>> minutesPerDay = new HashMap<>();
    private final Map<Person, Map<Integer, Integer>> minutesPerWeek = new HashMap<>();

    void add(Person person, Shift shift) {
        shifts.computeIfAbsent(person, p -> new ArrayList<>()).add(shift);
        minutesPerDay.computeIfAbsent(person, p -> new HashMap<>()).merge(shift.getDay(), shift.getMinutes(), Integer::sum);
        minutesPerWeek.computeIfAbsent(person, p -> new HashMap<>()).merge(shift.getWeek(), shift.getMinutes(), Integer::sum);
    }

    /** Whether the person can take the shift too, next to the duties kept so far. */
    boolean fits(Person person, Shift shift) {
        List<Shift> own = shifts.getOrDefault(person, List.of());
        for (Shift other : own) {
            int gap = shift.getStart() <= other.getStart()
                    ? other.getStart() - shift.getEnd() : shift.getStart() - other.getEnd();
            if (gap < 0 || gap > 0 && gap < person.getRestMinutes()) {
                return false;
            }
        }
        Map<Integer, Integer> days = minutesPerDay.getOrDefault(person, Map.of());
        if (days.getOrDefault(shift.getDay(), 0) + shift.getMinutes() > person.getMaxDayMinutes()) {
            return false;
        }
        Map<Integer, Integer> weeks = minutesPerWeek.getOrDefault(person, Map.of());
        if (weeks.getOrDefault(shift.getWeek(), 0) + shift.getMinutes() > person.getMaxWeekMinutes()) {
            return false;
        }
        if (days.containsKey(shift.getDay())) {
            return true; // a date already worked: no run grows
        }
        // The run of working dates the shift's date would join.
        int run = 1;
        for (int day = shift.getDay() - 1; days.containsKey(day); day--) {
            run++;
        }
        for (int day = shift.getDay() + 1; days.containsKey(day); day++) {
            run++;
        }
        return run <= person.getMaxConsecutiveDays();
    }
}
