package org.shouwang.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One volunteer's duties in a roster and their load.
 *
 * @param hoursPerWeek hours of duty per Monday–Sunday week (keyed by the Monday) of the horizon
 */
public record VolunteerDuties(long volunteerId, String code, String name, double maxHoursPerWeek,
                              List<RosterBoard.Seat> duties, Map<LocalDate, Double> hoursPerWeek) {

    public VolunteerDuties {
        duties = List.copyOf(duties);
        hoursPerWeek = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(hoursPerWeek));
    }
}
