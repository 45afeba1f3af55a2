package org.shouwang.demand;

import java.time.LocalDateTime;

/**
 * A demand refused because one of its shifts would start together with a shift of another demand of the
 * same post: a seat is named by its post, its start and its number, so the two would share seats.
 */
public class SameStartException extends RuntimeException {

    private final transient DemandForm other;
    private final LocalDateTime start;

    public SameStartException(DemandForm other, LocalDateTime start) {
        super("Demand " + other.getId() + " of the post already has a shift starting at " + start);
        this.other = other;
        this.start = start;
    }

    /** The demand of the same post whose shift starts at the same time. */
    public DemandForm other() {
        return other;
    }

    /** The first start the two demands share. */
    public LocalDateTime start() {
        return start;
    }
}
