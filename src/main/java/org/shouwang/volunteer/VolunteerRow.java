package org.shouwang.volunteer;

import org.shouwang.plan.VolunteerRole;

import java.util.List;

/**
 * One row of the volunteer grid.
 *
 * @param phone           masked ({@code 138****1234}) unless full numbers were asked for and granted
 * @param hoursThisWeek   hours of their seats starting in the current Monday–Sunday week
 * @param onLeaveNow      an absence (leave, sickness, quarantine) covers this moment
 */
public record VolunteerRow(long id, String code, String name, String phone, VolunteerRole role, Long homeId,
                           String homeName, List<String> skills, double hoursThisWeek, double maxHoursPerWeek,
                           boolean onLeaveNow) {

    /** Planned beyond their weekly maximum. */
    public boolean overworked() {
        return hoursThisWeek > maxHoursPerWeek;
    }
}
