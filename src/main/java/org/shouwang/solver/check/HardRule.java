package org.shouwang.solver.check;

/** The hard rules of the plan format, as the roster checker names them. */
public enum HardRule {
    /** A seat that needs a skill is held by someone without it. */
    SKILL,
    /** A shift outside every weekly window the volunteer gave. */
    AVAILABILITY,
    /** A shift that overlaps the volunteer's leave, sickness or quarantine. */
    UNAVAILABLE,
    /** Two seats of one volunteer at the same time. */
    OVERLAP,
    /** Two shifts of one volunteer that neither touch nor lie the minimum rest apart. */
    REST,
    /** More hours starting on one date than the daily maximum. */
    DAILY_HOURS,
    /** More hours starting in one Monday–Sunday week than the volunteer's weekly maximum. */
    WEEKLY_HOURS,
    /** More dates in a row than the maximum. */
    CONSECUTIVE_DAYS,
    /** A home-only volunteer at a post of another compound. */
    ONLY_HOME,
    /** A pinned assignment of the input that the output changed. */
    PINNED_CHANGED
}
