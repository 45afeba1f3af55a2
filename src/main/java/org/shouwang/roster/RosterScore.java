package org.shouwang.roster;

/**
 * A roster's score in the terms a secretary uses: how many times it breaks a rule (0 is a roster that
 * may be published), how many seats stay empty, and the penalty of its unmet wishes (home, preferred
 * windows, fairness, continuity, stability; lower is better). Also what one rule or one match costs.
 */
public record RosterScore(int broken, int empty, long penalty) {

    public static final RosterScore ZERO = new RosterScore(0, 0, 0);

    /** A score of the scoring engine ({@code hard}, {@code medium} and {@code soft} are zero or less). */
    public static RosterScore of(int hard, int medium, long soft) {
        return new RosterScore(-hard, -medium, -soft);
    }
}
