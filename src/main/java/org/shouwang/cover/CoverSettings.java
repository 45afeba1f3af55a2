package org.shouwang.cover;

/**
 * A community's call-for-cover settings.
 *
 * @param autoOffer     offer the seats emptied by leave or sickness at once
 * @param giveBackHours a duty given back more than this many hours before its shift is offered at once;
 *                      closer, the secretary confirms first
 */
public record CoverSettings(boolean autoOffer, int giveBackHours) {

    public static final int DEFAULT_GIVE_BACK_HOURS = 12;
}
