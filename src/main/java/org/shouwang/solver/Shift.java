package org.shouwang.solver;

import java.time.LocalDateTime;

/**
 * One concrete shift of a post, with its times precomputed as plain numbers for fast constraints:
 * minutes since the start of the horizon's first date, the start date as an epoch day and the
 * Monday–Sunday week it starts in.
 */
public class Shift {

    private final int index;
    private final String post;
    private final String compound;
    private final LocalDateTime startTime;
    private final int start;
    private final int end;
    private final int day;
    private final int week;

    public Shift(int index, String post, String compound, LocalDateTime startTime, int start, int end,
                 int day, int week) {
        this.index = index;
        this.post = post;
        this.compound = compound;
        this.startTime = startTime;
        this.start = start;
        this.end = end;
        this.day = day;
        this.week = week;
    }

    /** Position in the problem's shift list: the index of the people's precomputed fit bit sets. */
    public int getIndex() {
        return index;
    }

    public String getPost() {
        return post;
    }

    public String getCompound() {
        return compound;
    }

    public LocalDateTime getStartTime() {
        return startTime;
    }

    /** Minutes since midnight of the horizon's first date. */
    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public int getMinutes() {
        return end - start;
    }

    /** The start date as an epoch day. */
    public int getDay() {
        return day;
    }

    /** The Monday–Sunday week of the start date, counted from an arbitrary Monday. */
    public int getWeek() {
        return week;
    }

    @Override
    public String toString() {
        return post + "@" + startTime;
    }
}
