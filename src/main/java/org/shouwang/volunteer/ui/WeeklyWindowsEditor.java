package org.shouwang.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.shouwang.base.Weekdays;
import org.shouwang.volunteer.AvailabilityWindow;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Edits weekly windows ("Mon–Fri 18:00–23:00"): one row of day checkboxes and from/to times per
 * window, and presets for the usual cases. An empty list means "any time".
 */
public class WeeklyWindowsEditor extends CustomField<List<AvailabilityWindow>> {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    final List<Row> rows = new ArrayList<>();
    final Button daytime = new Button();
    final Button eveningsAndWeekends = new Button();
    final Button anyTime = new Button();
    final Button add = new Button();
    private final VerticalLayout rowsLayout = new VerticalLayout();
    private final Span empty = new Span();

    /** @param emptyKey translation key of what no window means here ("any time", "no preference") */
    public WeeklyWindowsEditor(String emptyKey) {
        empty.setText(getTranslation(emptyKey));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        daytime.setText(getTranslation("volunteer.windows.daytime"));
        daytime.addClickListener(e -> preset(List.of(window(EnumSet.allOf(DayOfWeek.class), 7, 19))));
        eveningsAndWeekends.setText(getTranslation("volunteer.windows.evenings-weekends"));
        eveningsAndWeekends.addClickListener(e -> preset(List.of(window(WEEKDAYS, 18, 23), window(WEEKEND, 7, 23))));
        anyTime.setText(getTranslation("volunteer.windows.any-time"));
        anyTime.addClickListener(e -> preset(List.of()));
        add.setText(getTranslation("volunteer.windows.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> {
            addRow(window(WEEKDAYS, 8, 12));
            updateValue();
        });
        for (Button button : List.of(daytime, eveningsAndWeekends, anyTime, add)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        rowsLayout.setPadding(false);
        rowsLayout.setSpacing(false);
        HorizontalLayout presets = new HorizontalLayout(daytime, eveningsAndWeekends, anyTime, add);
        presets.setSpacing(false);
        presets.getStyle().set("flex-wrap", "wrap");
        VerticalLayout layout = new VerticalLayout(rowsLayout, empty, presets);
        layout.setPadding(false);
        layout.setSpacing(false);
        add(layout);
    }

    @Override
    protected List<AvailabilityWindow> generateModelValue() {
        return rows.stream().map(Row::window).toList();
    }

    @Override
    protected void setPresentationValue(List<AvailabilityWindow> windows) {
        rows.clear();
        rowsLayout.removeAll();
        if (windows != null) {
            windows.forEach(this::addRow);
        }
        empty.setVisible(rows.isEmpty());
    }

    private void preset(List<AvailabilityWindow> windows) {
        setPresentationValue(windows);
        updateValue();
    }

    private void addRow(AvailabilityWindow window) {
        Row row = new Row(window);
        rows.add(row);
        rowsLayout.add(row);
        empty.setVisible(false);
    }

    private static AvailabilityWindow window(Set<DayOfWeek> days, int fromHour, int toHour) {
        return new AvailabilityWindow(days, LocalTime.of(fromHour, 0), LocalTime.of(toHour % 24, 0));
    }

    /** One window: which days, from, to (at or before "from" runs into the next day). */
    class Row extends HorizontalLayout {
        final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
        final TimePicker from = new TimePicker();
        final TimePicker to = new TimePicker();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        Row(AvailabilityWindow window) {
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
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("editing.delete"));
            remove.addClickListener(e -> {
                rows.remove(this);
                rowsLayout.remove(this);
                empty.setVisible(rows.isEmpty());
                updateValue();
            });
            days.addValueChangeListener(e -> updateValue());
            from.addValueChangeListener(e -> updateValue());
            to.addValueChangeListener(e -> updateValue());
            setAlignItems(FlexComponent.Alignment.BASELINE);
            getStyle().set("flex-wrap", "wrap");
            add(days, from, new Span("–"), to, remove);
        }

        AvailabilityWindow window() {
            return new AvailabilityWindow(days.getValue(), from.getValue(), to.getValue());
        }
    }
}
