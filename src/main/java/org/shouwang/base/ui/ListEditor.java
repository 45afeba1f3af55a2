package org.shouwang.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * A field whose value is a list of small immutable values, edited as one row of inputs each, with
 * an "add" button and a remove button per row (weekly windows, absences, skilled seats).
 *
 * @param <T> the value of one row
 * @param <R> the row component
 */
public abstract class ListEditor<T, R extends ListEditor.Row<T>> extends CustomField<List<T>> {

    protected final List<R> rows = new ArrayList<>();
    protected final Button add = new Button();
    private final VerticalLayout rowsLayout = new VerticalLayout();
    private final Span empty = new Span();

    /**
     * @param addKey   translation key of the add button
     * @param emptyKey translation key of what an empty list means, or {@code null} to say nothing
     */
    protected ListEditor(String addKey, String emptyKey) {
        add.setText(getTranslation(addKey));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            addRow(newValue());
            updateValue();
        });
        if (emptyKey != null) {
            empty.setText(getTranslation(emptyKey));
        }
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        rowsLayout.setPadding(false);
        rowsLayout.setSpacing(false);
    }

    /** Lays out the rows, the empty-list note and the given controls (the add button among them). */
    protected void layOut(Component... controls) {
        HorizontalLayout bar = new HorizontalLayout(controls);
        bar.setSpacing(false);
        bar.getStyle().set("flex-wrap", "wrap");
        VerticalLayout layout = new VerticalLayout(rowsLayout, empty, bar);
        layout.setPadding(false);
        layout.setSpacing(false);
        add(layout);
    }

    /** The rows as they are shown, for tests and for subclasses. */
    public List<R> getRows() {
        return List.copyOf(rows);
    }

    public Button getAddButton() {
        return add;
    }

    /** The value a new row starts with. */
    protected abstract T newValue();

    /** A row showing the value; it calls {@link #updateValue()} through {@link Row#changed()}. */
    protected abstract R createRow(T value);

    @Override
    protected List<T> generateModelValue() {
        return rows.stream().map(Row::value).toList();
    }

    @Override
    protected void setPresentationValue(List<T> values) {
        rows.clear();
        rowsLayout.removeAll();
        if (values != null) {
            values.forEach(this::addRow);
        }
        empty.setVisible(rows.isEmpty());
    }

    /** Replaces all rows, as if the user had entered them. */
    protected void replaceAll(List<T> values) {
        setPresentationValue(values);
        updateValue();
    }

    private void addRow(T value) {
        R row = createRow(value);
        ((Row<T>) row).editor = this;
        rows.add(row);
        rowsLayout.add(row);
        empty.setVisible(false);
    }

    private void remove(Row<T> row) {
        rows.remove(row);
        rowsLayout.remove(row);
        empty.setVisible(rows.isEmpty());
        updateValue();
    }

    /** One row: its inputs, then a remove button. */
    public abstract static class Row<T> extends HorizontalLayout {
        private ListEditor<T, ?> editor;

        protected Row() {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            getStyle().set("flex-wrap", "wrap");
        }

        /** Adds the inputs and the remove button; call once at the end of the row's constructor. */
        protected void layOut(Component... inputs) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> editor.remove(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("editing.delete"));
            add(inputs);
            add(remove);
        }

        /** Tells the editor that an input of this row changed. */
        protected void changed() {
            if (editor != null) {
                editor.updateValue();
            }
        }

        /** The value the inputs show now. */
        protected abstract T value();
    }
}
