package org.shouwang.roster;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * The coverage of one compound in one time band (shifts from {@code from} to {@code to}) over the
 * horizon, and how many more people free in that band would fill its empty seats.
 *
 * @param emptyDays     the weekdays on which seats of this band stay empty
 * @param peopleNeeded  more volunteers, free on {@code emptyDays} from {@code from} to {@code to}, that
 *                      would fill the empty seats within the rules (one shift a day, the weekly hours
 *                      of an average volunteer of the community, the consecutive-days rule)
 */
public record CoverageRow(String compoundCode, String compoundName, LocalTime from, LocalTime to,
                          int seats, int filled, Set<DayOfWeek> emptyDays, int peopleNeeded) {

    public int empty() {
        return seats - filled;
    }
}
