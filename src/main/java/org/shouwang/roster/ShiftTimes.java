package org.shouwang.roster;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How a shift's hours are written wherever a person reads them: on the board, a phone or a printed sheet. */
public final class ShiftTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ShiftTimes() {
    }

    /** {@code 07:00–11:00}; a shift that ends the next day is marked {@code 23:00–07:00 (+1)}. */
    public static String span(LocalDateTime start, LocalDateTime end) {
        String text = TIME.format(start) + "–" + TIME.format(end);
        return end.toLocalDate().isAfter(start.toLocalDate()) ? text + " (+1)" : text;
    }
}
