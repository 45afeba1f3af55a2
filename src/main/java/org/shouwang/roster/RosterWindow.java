package org.shouwang.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * A window onto a community's timeline: the seats whose shift starts on {@code from..to} (both
 * included). Only a date-range query: what lies outside stays as it is.
 */
public record RosterWindow(long rosterId, long communityId, LocalDate from, LocalDate to) {

    public RosterWindow {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The window ends before it starts: " + from + ".." + to);
        }
    }

    /** The first moment of the window. */
    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** The first moment after the window. */
    public LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }

    /** True when a shift starting then belongs to the window. */
    public boolean contains(LocalDateTime shiftStart) {
        return !shiftStart.isBefore(start()) && shiftStart.isBefore(end());
    }

    /** The same window onto another span of the timeline. */
    public RosterWindow moved(LocalDate newFrom, LocalDate newTo) {
        return new RosterWindow(rosterId, communityId, newFrom, newTo);
    }

    /**
     * The dates whose duties the hard rules of the window's seats can reach: rest after a night shift
     * (a day, or more for a long rest), hours per date, hours per calendar week (the whole weeks of the
     * window's first and last date) and runs of consecutive dates ({@code maxConsecutiveDays} either side).
     *
     * @return {first, last}, the window included
     */
    public LocalDate[] neighbourhood(double minRestHours, int maxConsecutiveDays) {
        int days = Math.max(Math.max(1, maxConsecutiveDays), (int) Math.ceil(minRestHours / 24) + 1);
        LocalDate first = from.minusDays(days);
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = to.plusDays(days);
        LocalDate sunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return new LocalDate[] {first.isBefore(monday) ? first : monday, last.isAfter(sunday) ? last : sunday};
    }
}
