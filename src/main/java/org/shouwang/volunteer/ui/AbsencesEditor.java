package org.shouwang.volunteer.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.shouwang.base.ui.BuiltInTexts;
import org.shouwang.base.ui.ListEditor;
import org.shouwang.volunteer.Absence;

import java.time.Clock;
import java.time.LocalDate;

/** Edits leave, sickness and quarantine: one row of from/to date-times, reason and note per absence. */
public class AbsencesEditor extends ListEditor<Absence, AbsencesEditor.AbsenceRow> {

    private final Clock clock;

    public AbsencesEditor(Clock clock) {
        super("volunteer.absences.add", "volunteer.absences.none");
        this.clock = clock;
        layOut(add);
    }

    /** A new absence is a day's leave from today. */
    @Override
    protected Absence newValue() {
        LocalDate today = LocalDate.now(clock);
        return new Absence(today.atStartOfDay(), today.plusDays(1).atStartOfDay(), Absence.Reason.LEAVE, null);
    }

    @Override
    protected AbsenceRow createRow(Absence absence) {
        return new AbsenceRow(absence);
    }

    static class AbsenceRow extends ListEditor.Row<Absence> {
        final DateTimePicker from = new DateTimePicker();
        final DateTimePicker to = new DateTimePicker();
        final Select<Absence.Reason> reason = new Select<>();
        final TextField note = new TextField();

        AbsenceRow(Absence absence) {
            from.setAriaLabel(getTranslation("volunteer.absences.from"));
            from.setDatePlaceholder(getTranslation("volunteer.absences.from"));
            to.setAriaLabel(getTranslation("volunteer.absences.to"));
            BuiltInTexts.translate(from, to);
            to.setDatePlaceholder(getTranslation("volunteer.absences.to"));
            from.setValue(absence.getStartsAt());
            to.setValue(absence.getEndsAt());
            reason.setItems(Absence.Reason.values());
            reason.setItemLabelGenerator(r -> getTranslation("volunteer.absences.reason." + r.name()));
            reason.setValue(absence.getReason());
            reason.setWidth("7em");
            note.setPlaceholder(getTranslation("volunteer.absences.note"));
            note.setMaxLength(Absence.NOTE_MAX);
            note.setValue(absence.getNote() == null ? "" : absence.getNote());
            note.setWidth("8em");
            from.addValueChangeListener(e -> changed());
            to.addValueChangeListener(e -> changed());
            reason.addValueChangeListener(e -> changed());
            note.addValueChangeListener(e -> changed());
            layOut(from, new Span("–"), to, reason, note);
        }

        @Override
        protected Absence value() {
            return new Absence(from.getValue(), to.getValue(), reason.getValue() == null ? Absence.Reason.OTHER : reason.getValue(),
                    note.getValue().isBlank() ? null : note.getValue().strip());
        }
    }
}
