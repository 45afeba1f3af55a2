package org.shouwang.solver.check;

import org.shouwang.solver.Rule;
import org.shouwang.plan.PlanDocument.AssignmentDef;

import java.util.List;

/**
 * One broken hard rule.
 *
 * @param seats     the assignments involved (one seat, a pair, or all of a day's, week's or run's seats)
 * @param volunteer the volunteer's code
 * @param message   a plain English sentence for logs and the command line; the UI words it by {@code rule}
 */
public record Violation(Rule rule, List<AssignmentDef> seats, String volunteer, String message) {

    public Violation {
        seats = List.copyOf(seats);
    }

    /** Whether this violation involves the seat (post, start, seat number) of the given assignment. */
    public boolean involves(AssignmentDef seat) {
        return seats.stream().anyMatch(s -> s.post().equals(seat.post()) && s.start().equals(seat.start())
                && s.seat() == seat.seat());
    }
}
