package org.shouwang.volunteer;

/**
 * A volunteer's calendar subscription link, as the secretary sees it. The duty feature keeps the links and
 * sits above the volunteers, so it provides this and the volunteer views ask for it here.
 */
public interface CalendarLinks {

    boolean hasCalendar(long volunteerId);

    /** Revokes the volunteer's link (e.g. a lost phone): the old address stops working. */
    void revoke(long volunteerId);
}
