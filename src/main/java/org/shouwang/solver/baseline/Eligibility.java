package org.shouwang.solver.baseline;

import org.shouwang.plan.PlanDocument.DateTimeRange;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The hard rules of {@code shouwang-plan/1} that depend on one volunteer and one seat only, not on the
 * volunteer's other shifts: skill, availability windows, leave and home-only. Shared by the greedy
 * baseline and the max-flow bound so that both relax or keep exactly the same rules.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public static boolean hasSkill(VolunteerDef volunteer, String skill) {
        return skill == null || volunteer.skills().contains(skill);
    }

    /** {@code onlyHome} volunteers serve posts of their home compound only. */
    public static boolean homeAllows(VolunteerDef volunteer, String compound) {
        return !volunteer.onlyHome() || compound.equals(volunteer.home());
    }

    /** Inside one availability window (or no windows at all) and overlapping no unavailable range. */
    public static boolean isFree(VolunteerDef volunteer, LocalDateTime start, LocalDateTime end) {
        return isAvailable(volunteer, start, end) && !isOnLeave(volunteer, start, end);
    }

    /**
     * A shift fits a weekly window when it lies wholly inside one occurrence of it; an occurrence that
     * crosses midnight ({@code to <= from}) starts on one of the window's days and ends the next day,
     * so the occurrences that can hold a shift start on the shift's start date or the day before.
     */
    public static boolean isAvailable(VolunteerDef volunteer, LocalDateTime start, LocalDateTime end) {
        if (volunteer.available().isEmpty()) {
            return true;
        }
        for (WeeklyWindow window : volunteer.available()) {
            for (LocalDate date = start.toLocalDate().minusDays(1); !date.isAfter(start.toLocalDate());
                 date = date.plusDays(1)) {
                if (window.days().contains(date.getDayOfWeek())) {
                    LocalDateTime windowStart = date.atTime(window.from());
                    LocalDateTime windowEnd = (window.to().isAfter(window.from()) ? date : date.plusDays(1))
                            .atTime(window.to());
                    if (!start.isBefore(windowStart) && !end.isAfter(windowEnd)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Leave, quarantine or sickness: any overlap with an unavailable range rules the shift out. */
    public static boolean isOnLeave(VolunteerDef volunteer, LocalDateTime start, LocalDateTime end) {
        for (DateTimeRange range : volunteer.unavailable()) {
            if (start.isBefore(range.to()) && range.from().isBefore(end)) {
                return true;
            }
        }
        return false;
    }

    /** The Monday of the Monday–Sunday week a date belongs to: weekly hours are counted per such week. */
    public static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }
}
