package org.shouwang.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.shouwang.volunteer.Absence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Edits leave, sickness and quarantine: one row of from/to date-times, reason and note per absence. */
public class AbsencesEditor extends CustomField<List<Absence>> {

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button();
    private final VerticalLayout rowsLayout = new VerticalLayout();
    private final Span empty = new Span();

    public AbsencesEditor(Clock clock) {
        empty.setText(getTranslation("volunteer.absences.none"));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add.setText(getTranslation("volunteer.absences.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            LocalDate today = LocalDate.now(clock);
            addRow(new Absence(today.atStartOfDay(), today.plusDays(1).atStartOfDay(), Absence.Reason.LEAVE, null));
            updateValue();
        });
        rowsLayout.setPadding(false);
        rowsLayout.setSpacing(false);
        VerticalLayout layout = new VerticalLayout(rowsLayout, empty, add);
        layout.setPadding(false);
        layout.setSpacing(false);
        add(layout);
    }

    @Override
    protected List<Absence> generateModelValue() {
        return rows.stream().map(Row::absence).toList();
    }

    @Override
    protected void setPresentationValue(List<Absence> absences) {
        rows.clear();
        rowsLayout.removeAll();
        if (absences != null) {
            absences.forEach(this::addRow);
        }
        empty.setVisible(rows.isEmpty());
    }

    private void addRow(Absence absence) {
        Row row = new Row(absence);
        rows.add(row);
        rowsLayout.add(row);
        empty.setVisible(false);
    }

    class Row extends HorizontalLayout {
        final DateTimePicker from = new DateTimePicker();
        final DateTimePicker to = new DateTimePicker();
        final Select<Absence.Reason> reason = new Select<>();
        final TextField note = new TextField();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        Row(Absence absence) {
            from.setAriaLabel(getTranslation("volunteer.absences.from"));
            from.setDatePlaceholder(getTranslation("volunteer.absences.from"));
            to.setAriaLabel(getTranslation("volunteer.absences.to"));
            to.setDatePlaceholder(getTranslation("volunteer.absences.to"));
            from.setValue(absence.getStartsAt());
            to.setValue(absence.getEndsAt());
            reason.setItems(Absence.Reason.values());
            reason.setItemLabelGenerator(r -> getTranslation("volunteer.absences.reason." + r.name()));
            reason.setValue(absence.getReason());
            reason.setWidth("7em");
            note.setPlaceholder(getTranslation("volunteer.absences.note"));
            note.setMaxLength(200);
            note.setValue(absence.getNote() == null ? "" : absence.getNote());
            note.setWidth("8em");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("editing.delete"));
            remove.addClickListener(e -> {
                rows.remove(this);
                rowsLayout.remove(this);
                empty.setVisible(rows.isEmpty());
                updateValue();
            });
            from.addValueChangeListener(e -> updateValue());
            to.addValueChangeListener(e -> updateValue());
            reason.addValueChangeListener(e -> updateValue());
            note.addValueChangeListener(e -> updateValue());
            setAlignItems(FlexComponent.Alignment.BASELINE);
            getStyle().set("flex-wrap", "wrap");
            add(from, new Span("–"), to, reason, note, remove);
        }

        Absence absence() {
            return new Absence(from.getValue(), to.getValue(), reason.getValue() == null ? Absence.Reason.OTHER : reason.getValue(),
                    note.getValue().isBlank() ? null : note.getValue().strip());
        }
    }
}
