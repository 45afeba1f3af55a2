package org.shouwang.base;

import java.time.DayOfWeek;
import java.util.Locale;

/** The three-letter weekday codes of the plan format ({@code MON} … {@code SUN}). */
public final class Weekdays {

    private Weekdays() {
    }

    public static String code(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    /** @throws IllegalArgumentException for anything but MON, TUE, WED, THU, FRI, SAT, SUN */
    public static DayOfWeek parse(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown weekday '" + code + "' (expected MON, TUE, WED, THU, FRI, SAT or SUN)");
    }

    /** A short name for the UI: 一 … 日 in Chinese, Mon … Sun in English. */
    public static String shortName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(java.time.format.TextStyle.SHORT, locale);
    }
}
