package org.shouwang.planning;

import java.util.Optional;

/** A solve of the community runs on another app server sharing the database; its lease says which. */
public class SolveElsewhereException extends SolveRunningException {

    private final transient SolveLeases.Lease lease;

    public SolveElsewhereException(long communityId, SolveLeases.Lease lease) {
        super(communityId);
        this.lease = lease;
    }

    /** The other server's lease; empty when it ended between the refusal and this look. */
    public Optional<SolveLeases.Lease> lease() {
        return Optional.ofNullable(lease);
    }
}
