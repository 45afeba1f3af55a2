package org.shouwang.exposure;

import java.time.LocalDate;

/**
 * Whose contacts to find and how far to look.
 *
 * @param from         first day (inclusive)
 * @param to           last day (inclusive)
 * @param neighbours   also people at other posts of the same compound at the same time
 * @param secondDegree also the contacts of the contacts
 */
public record ExposureQuery(long volunteerId, LocalDate from, LocalDate to, boolean neighbours, boolean secondDegree) {

    /** The default: the last 14 days, today included. */
    public static ExposureQuery lastTwoWeeks(long volunteerId, LocalDate today) {
        return new ExposureQuery(volunteerId, today.minusDays(13), today, false, false);
    }
}
