package org.shouwang.solver;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule of a roster, named once: the constraints ({@link RosterConstraints}) take their names from
 * here, the roster checker ({@code check.RosterChecker}) reports its violations by these values, and
 * the pages word each rule through its {@link #translationKey()}.
 */
public enum Rule {
    /** A seat that needs a skill is held by someone without it. */
    MISSING_SKILL(Level.HARD, "Missing skill"),
    /** A shift outside every weekly window the volunteer gave. */
    OUTSIDE_AVAILABILITY(Level.HARD, "Outside availability"),
    /** A shift that overlaps the volunteer's leave, sickness or quarantine. */
    ON_LEAVE(Level.HARD, "On leave"),
    /** A home-only volunteer at a post of another compound. */
    OUTSIDE_HOME(Level.HARD, "Home-only volunteer away from home"),
    /** Two seats of one volunteer at the same time. */
    OVERLAP(Level.HARD, "Overlapping shifts"),
    /** Two shifts of one volunteer that neither touch nor lie the minimum rest apart. */
    TOO_LITTLE_REST(Level.HARD, "Too little rest"),
    /** More hours starting on one date than the daily maximum. */
    DAILY_HOURS(Level.HARD, "Too many hours in a day"),
    /** More hours starting in one Monday–Sunday week than the volunteer's weekly maximum. */
    WEEKLY_HOURS(Level.HARD, "Too many hours in a week"),
    /** More dates in a row than the maximum. */
    CONSECUTIVE_DAYS(Level.HARD, "Too many consecutive days"),
    /**
     * A pinned assignment of the input that the output changed: only the checker looks for it, since
     * the solver never moves a pinned seat.
     */
    PINNED_CHANGED(Level.HARD, "Pinned seat changed"),
    /** A seat nobody holds. */
    EMPTY_SEAT(Level.MEDIUM, "Empty seat"),
    /** A seat outside the volunteer's home compound. */
    AWAY_FROM_HOME(Level.SOFT, "Serve the home compound"),
    /** A seat outside the windows the volunteer prefers. */
    NOT_PREFERRED(Level.SOFT, "Preferred windows"),
    /** Load shared by each volunteer's weekly maximum. */
    UNFAIR_LOAD(Level.SOFT, "Fair load"),
    /** Each distinct post of a volunteer beyond the first. */
    SCATTERED_POSTS(Level.SOFT, "Continuity of posts"),
    /** A seat whose previous (published or given) volunteer is replaced. */
    CHANGED_ASSIGNMENT(Level.SOFT, "Stability");

    /** Which part of the score a rule costs. */
    public enum Level { HARD, MEDIUM, SOFT }

    private static final Map<String, Rule> BY_CONSTRAINT = Arrays.stream(values())
            .collect(Collectors.toMap(Rule::constraintName, Function.identity()));

    private final Level level;
    private final String constraintName;

    Rule(Level level, String constraintName) {
        this.level = level;
        this.constraintName = constraintName;
    }

    public Level level() {
        return level;
    }

    /** The constraint's name in the score (English, for logs and the scoring engine). */
    public String constraintName() {
        return constraintName;
    }

    /** The key of the rule's name in the translation bundles, e.g. {@code rule.too-little-rest}. */
    public String translationKey() {
        return "rule." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rule of a constraint name that the scoring engine reports. */
    public static Optional<Rule> ofConstraint(String constraintName) {
        return Optional.ofNullable(BY_CONSTRAINT.get(constraintName));
    }
}
