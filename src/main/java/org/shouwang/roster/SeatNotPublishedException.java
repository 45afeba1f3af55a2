package org.shouwang.roster;

/**
 * A seat that was never published (or whose publish was undone meanwhile) cannot be released for
 * re-planning: the solver may move it anyway.
 */
public class SeatNotPublishedException extends RuntimeException {

    public SeatNotPublishedException(long assignmentId) {
        super("Seat " + assignmentId + " was never published: there is nothing to release");
    }
}
