package org.shouwang.cover;

import org.shouwang.solver.Rule;

import java.util.List;

/**
 * What came of "I'll take it".
 *
 * @param rules the hard rules taking the seat would break, for {@link Result#RULES}
 */
public record TakeOutcome(Result result, List<Rule> rules) {

    public enum Result {
        /** The seat is theirs, published. */
        TAKEN,
        /** Someone else took it first. */
        GONE,
        /** The caller withdrew it, or the secretary declined the give-back. */
        WITHDRAWN,
        /** The shift has started. */
        ENDED,
        /** It was not offered to this volunteer. */
        NOT_OFFERED,
        /** Taking it would break a hard rule now (e.g. it clashes with a duty they took meanwhile). */
        RULES,
        /** The secretary changed the seat meanwhile. */
        CHANGED,
        /** Too many people at once: try again. */
        BUSY
    }

    public TakeOutcome {
        rules = List.copyOf(rules);
    }

    static TakeOutcome of(Result result) {
        return new TakeOutcome(result, List.of());
    }

    public boolean taken() {
        return result == Result.TAKEN;
    }
}
