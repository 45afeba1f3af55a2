package org.shouwang.duty.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import org.shouwang.base.ui.BuiltInTexts;
import org.shouwang.volunteer.Absence;

import java.time.LocalDate;

/**
 * The leave or sickness form: first and last date and a reason. It only edits a {@link LeaveRequest};
 * the view that listens to its {@link SaveEvent} calls the service.
 */
public class LeaveForm extends FormLayout {

    final DatePicker first = new DatePicker();
    final DatePicker last = new DatePicker();
    final Select<Absence.Reason> reason = new Select<>();
    final TextField note = new TextField();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<LeaveRequest> binder = new BeanValidationBinder<>(LeaveRequest.class);

    public LeaveForm(LocalDate today) {
        first.setLabel(getTranslation("duty.leave.first"));
        first.setId("leave-first");
        first.setMin(today);
        last.setLabel(getTranslation("duty.leave.last"));
        last.setId("leave-last");
        BuiltInTexts.translate(first, last);
        last.setMin(today);
        first.addValueChangeListener(e -> {
            if (e.getValue() != null && (last.getValue() == null || last.getValue().isBefore(e.getValue()))) {
                last.setValue(e.getValue());
            }
        });
        reason.setLabel(getTranslation("duty.leave.reason"));
        reason.setId("leave-reason");
        reason.setItems(Absence.Reason.values());
        reason.setItemLabelGenerator(r -> getTranslation("duty.reason." + r.name()));
        note.setLabel(getTranslation("duty.leave.note"));
        note.setId("leave-note");
        note.setMaxLength(Absence.NOTE_MAX);

        binder.forField(first).asRequired(getTranslation("duty.leave.required")).bind("first");
        binder.forField(last).asRequired(getTranslation("duty.leave.required"))
                .withValidator(d -> first.getValue() == null || !d.isBefore(first.getValue()),
                        getTranslation("duty.leave.reversed"))
                .bind("last");
        binder.forField(reason).asRequired(getTranslation("duty.leave.required")).bind("reason");
        binder.forField(note).bind("note");

        save.setText(getTranslation("duty.leave.save"));
        save.setId("leave-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            LeaveRequest request = new LeaveRequest();
            if (binder.writeBeanIfValid(request)) {
                fireEvent(new SaveEvent(this, request));
            }
        });
        cancel.setText(getTranslation("duty.leave.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(first, last, reason, note, new HorizontalLayout(save, cancel));
        LeaveRequest start = new LeaveRequest();
        start.setFirst(today);
        start.setLast(today);
        binder.readBean(start);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The volunteer asks to record this leave. */
    public static class SaveEvent extends ComponentEvent<LeaveForm> {
        private final LeaveRequest request;

        SaveEvent(LeaveForm source, LeaveRequest request) {
            super(source, false);
            this.request = request;
        }

        public LeaveRequest request() {
            return request;
        }
    }

    public static class CancelEvent extends ComponentEvent<LeaveForm> {
        CancelEvent(LeaveForm source) {
            super(source, false);
        }
    }
}
