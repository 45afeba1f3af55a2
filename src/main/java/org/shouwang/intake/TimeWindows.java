package org.shouwang.intake;

import org.shouwang.volunteer.AvailabilityWindow;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Weekly windows as people write them in a spreadsheet cell: {@code 周一至周五 18:00-22:00; 周六 08:00-12:00}.
 * Windows are separated by {@code ;}, days by {@code 、} or {@code ,}, a day range joined by {@code 至} or
 * {@code -}; {@code 每天} is every day. English day names ({@code Mon-Fri 18:00-22:00}) are read too. A
 * window whose end is not after its start runs into the next day, as everywhere in the app.
 */
public final class TimeWindows {

    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("一", DayOfWeek.MONDAY), Map.entry("二", DayOfWeek.TUESDAY), Map.entry("三", DayOfWeek.WEDNESDAY),
            Map.entry("四", DayOfWeek.THURSDAY), Map.entry("五", DayOfWeek.FRIDAY), Map.entry("六", DayOfWeek.SATURDAY),
            Map.entry("日", DayOfWeek.SUNDAY), Map.entry("天", DayOfWeek.SUNDAY),
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));
    private static final String[] CHINESE = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    private static final Pattern WINDOW = Pattern.compile(
            "(?<days>.*?)\\s*(?<from>\\d{1,2}[:：]\\d{2})\\s*[-–~～至到]\\s*(?<to>\\d{1,2}[:：]\\d{2})");
    private static final Pattern DAY = Pattern.compile("(?:周|星期|礼拜)?([一二三四五六日天])|([a-z]{3})[a-z]*\\.?");

    private TimeWindows() {
    }

    /**
     * The windows written in a cell; empty for a blank cell.
     *
     * @throws IllegalArgumentException naming the part that cannot be read
     */
    public static List<AvailabilityWindow> parse(String text) {
        List<AvailabilityWindow> windows = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return windows;
        }
        for (String part : text.split("[;；\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher matcher = WINDOW.matcher(part.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException(part.strip());
            }
            LocalTime from = time(matcher.group("from"));
            LocalTime to = time(matcher.group("to"));
            if (from.equals(to)) {
                throw new IllegalArgumentException(part.strip());
            }
            windows.add(new AvailabilityWindow(days(matcher.group("days").strip(), part.strip()), from, to));
        }
        return windows;
    }

    /** The windows in the Chinese written form, as {@link #parse} reads them back. */
    public static String format(List<AvailabilityWindow> windows) {
        return windows.stream().map(w -> formatDays(w.getDays()) + " " + w.getStartsAt() + "-" + w.getEndsAt())
                .collect(Collectors.joining("; "));
    }

    private static LocalTime time(String text) {
        String[] parts = text.replace('：', ':').split(":");
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        if (hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.of(hour, minute);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static Set<DayOfWeek> days(String text, String whole) {
        if (text.isEmpty() || text.equals("每天") || text.equalsIgnoreCase("daily") || text.equalsIgnoreCase("every day")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.toLowerCase(Locale.ROOT).split("\\s*[、,，/]\\s*")) {
            String[] range = item.split("\\s*(?:至|到|-|–|~|～)\\s*");
            if (range.length == 1) {
                days.add(day(range[0], whole));
            } else if (range.length == 2) {
                DayOfWeek first = day(range[0], whole);
                DayOfWeek last = day(range[1], whole);
                for (DayOfWeek d = first; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == last) {
                        break;
                    }
                }
            } else {
                throw new IllegalArgumentException(whole);
            }
        }
        return days;
    }

    private static DayOfWeek day(String text, String whole) {
        Matcher matcher = DAY.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(whole);
        }
        DayOfWeek day = DAYS.get(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        if (day == null) {
            throw new IllegalArgumentException(whole);
        }
        return day;
    }

    /** Runs of three or more days as a range ({@code 周一至周五}), the rest listed ({@code 周一、周三}). */
    private static String formatDays(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "每天";
        }
        List<String> parts = new ArrayList<>();
        List<DayOfWeek> sorted = new ArrayList<>(days);
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).getValue() == sorted.get(j).getValue() + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(CHINESE[sorted.get(i).ordinal()] + "至" + CHINESE[sorted.get(j).ordinal()]);
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(CHINESE[sorted.get(k).ordinal()]);
                }
            }
            i = j + 1;
        }
        return String.join("、", parts);
    }
}
