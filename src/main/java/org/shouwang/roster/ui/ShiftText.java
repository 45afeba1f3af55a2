package org.shouwang.roster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.shouwang.base.Translations;
import org.shouwang.roster.ShiftTimes;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a shift's date and time read on a phone: "2月3日 周一 07:00–11:00", "+1" when it ends next day. */
public final class ShiftText {

    private ShiftText() {
    }

    public static String date(Component in, LocalDateTime start) {
        return DateTimeFormatter.ofPattern(in.getTranslation("duty.format.date"), locale()).format(start);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Translations.CHINESE;
    }

    public static String time(LocalDateTime start, LocalDateTime end) {
        return ShiftTimes.span(start, end);
    }

    public static String span(Component in, LocalDateTime start, LocalDateTime end) {
        return date(in, start) + " " + time(start, end);
    }
}
