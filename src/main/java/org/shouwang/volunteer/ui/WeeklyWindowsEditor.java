package org.shouwang.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.shouwang.base.Weekdays;
import org.shouwang.base.ui.ListEditor;
import org.shouwang.volunteer.AvailabilityWindow;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Edits weekly windows ("Mon–Fri 18:00–23:00"): one row of day checkboxes and from/to times per
 * window, and presets for the usual cases. An empty list means "any time".
 */
public class WeeklyWindowsEditor extends ListEditor<AvailabilityWindow, WeeklyWindowsEditor.WindowRow> {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    final Button daytime = new Button();
    final Button eveningsAndWeekends = new Button();
    final Button anyTime = new Button();

    /** @param emptyKey translation key of what no window means here ("any time", "no preference") */
    public WeeklyWindowsEditor(String emptyKey) {
        super("volunteer.windows.add", emptyKey);
        daytime.setText(getTranslation("volunteer.windows.daytime"));
        daytime.addClickListener(e -> replaceAll(List.of(window(EnumSet.allOf(DayOfWeek.class), 7, 19))));
        eveningsAndWeekends.setText(getTranslation("volunteer.windows.evenings-weekends"));
        eveningsAndWeekends.addClickListener(e -> replaceAll(List.of(window(WEEKDAYS, 18, 23), window(WEEKEND, 7, 23))));
        anyTime.setText(getTranslation("volunteer.windows.any-time"));
        anyTime.addClickListener(e -> replaceAll(List.of()));
        for (Button preset : List.of(daytime, eveningsAndWeekends, anyTime)) {
            preset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        layOut(daytime, eveningsAndWeekends, anyTime, add);
    }

    @Override
    protected AvailabilityWindow newValue() {
        return window(WEEKDAYS, 8, 12);
    }

    @Override
    protected WindowRow createRow(AvailabilityWindow window) {
        return new WindowRow(window);
    }

    private static AvailabilityWindow window(Set<DayOfWeek> days, int fromHour, int toHour) {
        return new AvailabilityWindow(days, LocalTime.of(fromHour, 0), LocalTime.of(toHour % 24, 0));
    }

    /** One window: which days, from, to (at or before "from" runs into the next day). */
    static class WindowRow extends ListEditor.Row<AvailabilityWindow> {
        final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
        final TimePicker from = new TimePicker();
        final TimePicker to = new TimePicker();

        WindowRow(AvailabilityWindow window) {
            days.setItems(DayOfWeek.values());
            days.setItemLabelGenerator(d -> Weekdays.shortName(d, getLocale()));
            days.setValue(window.getDays());
            days.setAriaLabel(getTranslation("volunteer.windows.days"));
            for (TimePicker picker : List.of(from, to)) {
                picker.setStep(Duration.ofMinutes(30));
                picker.setWidth("7em");
            }
            from.setAriaLabel(getTranslation("volunteer.windows.from"));
            from.setPlaceholder(getTranslation("volunteer.windows.from"));
            to.setAriaLabel(getTranslation("volunteer.windows.to"));
            to.setPlaceholder(getTranslation("volunteer.windows.to"));
            from.setValue(window.getStartsAt());
            to.setValue(window.getEndsAt());
            days.addValueChangeListener(e -> changed());
            from.addValueChangeListener(e -> changed());
            to.addValueChangeListener(e -> changed());
            layOut(days, from, new Span("–"), to);
        }

        @Override
        protected AvailabilityWindow value() {
            return new AvailabilityWindow(days.getValue(), from.getValue(), to.getValue());
        }
    }
}
