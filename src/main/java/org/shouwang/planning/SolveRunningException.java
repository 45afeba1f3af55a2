package org.shouwang.planning;

/** A solve of the community is already running: only one runs at a time. */
public class SolveRunningException extends RuntimeException {

    public SolveRunningException(long communityId) {
        super("A solve of community " + communityId + " is already running");
    }
}
