package org.shouwang.planning.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.shared.Registration;
import org.shouwang.base.ui.BuiltInTexts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The planner's window onto the timeline: previous week, next week, today, or a date range typed in.
 * Moving keeps the window's length; it fires a {@link WindowChanged} with the new dates, and the page
 * opens them. What lies outside the window is not touched by moving it.
 */
public class WindowNavigator extends Composite<FlexLayout> {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button today = new Button();
    private final Button open = new Button();
    private final Supplier<LocalDate> clockToday;
    /** The length of the window, kept when moving it and when jumping to today. */
    private long days;

    /**
     * @param clockToday today's date by the app's clock
     * @param days       the length of the window at first
     */
    public WindowNavigator(Supplier<LocalDate> clockToday, int days) {
        this.clockToday = clockToday;
        this.days = days;
        from.setLabel(getTranslation("roster.planner.from"));
        from.setId("planner-from");
        to.setLabel(getTranslation("roster.planner.to"));
        to.setId("planner-to");
        BuiltInTexts.translate(from, to);
        open.setText(getTranslation("roster.planner.open"));
        open.setId("planner-open");
        open.addClickListener(e -> openTyped());
        previous.setText(getTranslation("roster.planner.window.previous"));
        previous.setId("window-previous");
        previous.addClickListener(e -> move(-7));
        next.setText(getTranslation("roster.planner.window.next"));
        next.setId("window-next");
        next.addClickListener(e -> move(7));
        today.setText(getTranslation("roster.planner.window.today"));
        today.setId("window-today");
        today.addClickListener(e -> {
            LocalDate first = clockToday.get();
            show(first, first.plusDays(this.days - 1));
        });
        FlexLayout layout = getContent();
        layout.setId("planner-window");
        layout.addClassName("sw-window");
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(previous, today, next, from, to, open);
    }

    /** Shows these dates and tells the listeners. */
    public void show(LocalDate first, LocalDate last) {
        from.setValue(first);
        to.setValue(last);
        days = ChronoUnit.DAYS.between(first, last) + 1;
        fireEvent(new WindowChanged(this, first, last));
    }

    /** The window shown: its first date. */
    public LocalDate from() {
        return from.getValue();
    }

    /** The window shown: its last date. */
    public LocalDate to() {
        return to.getValue();
    }

    public Registration addWindowChangedListener(ComponentEventListener<WindowChanged> listener) {
        return addListener(WindowChanged.class, listener);
    }

    private void move(int byDays) {
        LocalDate first = from.getValue() == null ? clockToday.get() : from.getValue();
        show(first.plusDays(byDays), first.plusDays(byDays + days - 1));
    }

    private void openTyped() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            fireEvent(new WindowChanged(this, null, null));
            return;
        }
        show(from.getValue(), to.getValue());
    }

    /**
     * The window moved. {@code from} and {@code to} are {@code null} when the dates typed in are not a
     * window (missing, or the end before the start).
     */
    public static class WindowChanged extends ComponentEvent<WindowNavigator> {
        private final LocalDate from;
        private final LocalDate to;

        WindowChanged(WindowNavigator source, LocalDate from, LocalDate to) {
            super(source, false);
            this.from = from;
            this.to = to;
        }

        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getTo() {
            return to;
        }

        public boolean isValid() {
            return from != null;
        }
    }
}
