package org.shouwang.roster;

import org.shouwang.solver.Rule;

import java.util.List;

/**
 * A volunteer as a candidate for one seat: how well they fit, or why they cannot take it.
 *
 * @param reasons   the hard rules they would break on this seat ; empty: eligible
 * @param home      the seat is in their home compound
 * @param preferred the shift lies in one of their preferred windows
 * @param weekHours hours of their other duties in the seat's Monday–Sunday week
 * @param fit       higher fits better: home, preferred time, and hours left in the week
 */
public record SeatCandidate(long volunteerId, String code, String name, String role, String homeName,
                            List<Rule> reasons, boolean home, boolean preferred, double weekHours,
                            double maxHoursPerWeek, int fit) {

    public SeatCandidate {
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }
}
