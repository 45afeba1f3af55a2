package org.shouwang.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One volunteer's duties in a roster and their load.
 *
 * @param hoursPerWeek hours of duty per Monday–Sunday week (keyed by the Monday) of the horizon
 * @param compoundNames the names of the compounds of the duties, by id: posts of two compounds share names
 */
public record VolunteerDuties(long volunteerId, String code, String name, double maxHoursPerWeek,
                              List<RosterBoard.Seat> duties, Map<LocalDate, Double> hoursPerWeek,
                              Map<Long, String> compoundNames) {

    public VolunteerDuties {
        duties = List.copyOf(duties);
        compoundNames = Map.copyOf(compoundNames);
        hoursPerWeek = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(hoursPerWeek));
    }

    /** The compound of a duty, for showing it beside the post. */
    public String compoundOf(RosterBoard.Seat duty) {
        return compoundNames.getOrDefault(duty.compoundId(), "");
    }
}
