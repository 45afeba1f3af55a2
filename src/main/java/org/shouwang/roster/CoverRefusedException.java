package org.shouwang.roster;

import org.shouwang.solver.Rule;

import java.util.List;

/** A cover the rules refuse: the volunteer chosen would break a hard rule in the seat (e.g. took another duty meanwhile). */
public class CoverRefusedException extends RuntimeException {

    private final transient List<Rule> broken;

    public CoverRefusedException(long assignmentId, List<Rule> broken) {
        super("Seat " + assignmentId + " cannot be covered so: " + broken);
        this.broken = List.copyOf(broken);
    }

    /** The hard rules the cover would break. */
    public List<Rule> broken() {
        return broken;
    }
}
