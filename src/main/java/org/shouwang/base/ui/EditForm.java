package org.shouwang.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * A form that edits a detached copy of one record with a buffered {@link BeanValidationBinder} and
 * tells its view through events what the user wants (save, delete, cancel); the view calls the
 * service. Subclasses add their fields, bind them and add cross-field validators to {@link #binder}.
 *
 * @param <T> the editable copy, e.g. {@code CompoundData}
 */
public abstract class EditForm<T> extends FormLayout {

    protected final BeanValidationBinder<T> binder;
    protected final Button save = new Button();
    protected final Button delete = new Button();
    protected final Button cancel = new Button();
    private final H3 title = new H3();
    /** Where the binder shows what breaks a rule spanning several fields. */
    protected final Span status = new Span();
    private T bean;

    protected EditForm(Class<T> type, String titleKey) {
        binder = new BeanValidationBinder<>(type);
        title.setText(getTranslation(titleKey));
        title.getStyle().set("margin", "0");
        save.setText(getTranslation("editing.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        delete.setText(getTranslation("editing.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setText(getTranslation("editing.cancel"));
        cancel.addClickShortcut(Key.ESCAPE);
        save.addClickListener(e -> {
            if (bean == null) {
                return;
            }
            if (binder.writeBeanIfValid(bean)) {
                fireEvent(new SaveEvent<>(this, bean));
            } else {
                bringFirstInvalidFieldIntoView();
            }
        });
        delete.addClickListener(e -> fireEvent(new DeleteEvent<>(this, bean)));
        cancel.addClickListener(e -> fireEvent(new CancelEvent<>(this, bean)));
        status.getStyle().set("color", "var(--lumo-error-text-color)");
        binder.setStatusLabel(status);
        setVisible(false);
        // Enter in a date or time picker chooses the date; it must not also save the whole form through
        // the Enter shortcut. The picker's own keydown stops there (rows of dates are added later, so the
        // form, their common ancestor, filters by where the key was pressed).
        addAttachListener(attach -> getElement().executeJs("""
                if (this.__swEnterGuard) return;
                this.__swEnterGuard = true;
                this.addEventListener('keydown', e => {
                  if (e.key === 'Enter' && e.composedPath().some(n => n.localName === 'vaadin-date-picker'
                      || n.localName === 'vaadin-date-time-picker' || n.localName === 'vaadin-time-picker')) {
                    e.stopPropagation();
                  }
                });"""));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2));
    }

    /**
     * Checks the rules that span several fields when saving; the first broken one shows under the fields.
     *
     * @param problems translation keys of the broken rules, empty when none is broken
     */
    protected void validateWith(Function<T, List<String>> problems) {
        binder.withValidator((bean, context) -> {
            List<String> broken = problems.apply(bean);
            return broken.isEmpty() ? ValidationResult.ok() : ValidationResult.error(getTranslation(broken.get(0)));
        });
    }

    /** Lays out the title, the given fields and the buttons; call once from the subclass's constructor. */
    protected void layOut(Component... fields) {
        add(title);
        setColspan(title, 2);
        add(fields);
        add(status);
        setColspan(status, 2);
        HorizontalLayout buttons = new HorizontalLayout(save, delete, cancel);
        add(buttons);
        setColspan(buttons, 2);
    }

    /**
     * Shows a copy to edit, or hides the form for {@code null}.
     *
     * @param editable  whether the user may change it
     * @param deletable whether the user may delete it (never for a new record)
     */
    public void edit(T copy, boolean editable, boolean deletable) {
        this.bean = copy;
        setVisible(copy != null);
        if (copy != null) {
            binder.readBean(copy);
            status.setText("");
            binder.setReadOnly(!editable);
            save.setEnabled(editable);
            delete.setVisible(deletable);
        }
    }

    /**
     * Shows a refusal of the service (a taken code or phone) next to its field, and brings the field
     * into view: in a long form the notification alone leaves the user searching.
     */
    public <F extends Component & HasValidation> void showFieldError(F field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.scrollIntoView();
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /**
     * After a refused save, the first field with an error (in the order the user reads the form) is
     * scrolled into view and focused: its message stands next to it, but in a long form it may be out of sight.
     */
    private void bringFirstInvalidFieldIntoView() {
        // the refused write has just marked them (validate() again would refuse a form without a set bean)
        Set<Object> invalid = binder.getFields()
                .filter(field -> field instanceof HasValidation validated && validated.isInvalid())
                .collect(Collectors.toSet());
        firstInReadingOrder(this, invalid).ifPresent(field -> {
            field.scrollIntoView();
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }

    private static Optional<Component> firstInReadingOrder(Component parent, Set<Object> wanted) {
        for (Component child : parent.getChildren().toList()) {
            if (wanted.contains(child)) {
                return Optional.of(child);
            }
            Optional<Component> inside = firstInReadingOrder(child, wanted);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    /** For a form inside a dialog, whose header already names it. */
    public void hideTitle() {
        title.setVisible(false);
    }

    public Button getSaveButton() {
        return save;
    }

    public Button getDeleteButton() {
        return delete;
    }

    public Button getCancelButton() {
        return cancel;
    }

    /** The broken cross-field rule shown under the fields, or an empty text. */
    public String getStatusText() {
        return status.getText();
    }

    /** The copy being edited, or {@code null}. */
    public T getBean() {
        return bean;
    }

    public static class FormEvent<T> extends ComponentEvent<EditForm<T>> {
        private final transient T bean;

        FormEvent(EditForm<T> source, T bean) {
            super(source, false);
            this.bean = bean;
        }

        public T getBean() {
            return bean;
        }
    }

    public static class SaveEvent<T> extends FormEvent<T> {
        SaveEvent(EditForm<T> source, T bean) {
            super(source, bean);
        }
    }

    public static class DeleteEvent<T> extends FormEvent<T> {
        DeleteEvent(EditForm<T> source, T bean) {
            super(source, bean);
        }
    }

    public static class CancelEvent<T> extends FormEvent<T> {
        CancelEvent(EditForm<T> source, T bean) {
            super(source, bean);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addDeleteListener(ComponentEventListener<DeleteEvent<T>> listener) {
        return addListener(DeleteEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addCancelListener(ComponentEventListener<CancelEvent<T>> listener) {
        return addListener(CancelEvent.class, (ComponentEventListener) listener);
    }
}
