package org.shouwang.demand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.shouwang.demand.SkillCount;

import java.util.ArrayList;
import java.util.List;

/** Edits how many seats of a shift need which skill ("1 × LEAD"), skilled seats in row order. */
public class SkillCountsEditor extends CustomField<List<SkillCount>> {

    static final List<String> COMMON_SKILLS = List.of("LEAD", "TEMPERATURE");

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button();
    private final VerticalLayout rowsLayout = new VerticalLayout();

    public SkillCountsEditor() {
        add.setText(getTranslation("demand.skills.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            addRow(new SkillCount("LEAD", 1));
            updateValue();
        });
        rowsLayout.setPadding(false);
        rowsLayout.setSpacing(false);
        VerticalLayout layout = new VerticalLayout(rowsLayout, add);
        layout.setPadding(false);
        layout.setSpacing(false);
        add(layout);
    }

    @Override
    protected List<SkillCount> generateModelValue() {
        return rows.stream().map(Row::skillCount).toList();
    }

    @Override
    protected void setPresentationValue(List<SkillCount> skills) {
        rows.clear();
        rowsLayout.removeAll();
        if (skills != null) {
            skills.forEach(this::addRow);
        }
    }

    private void addRow(SkillCount skillCount) {
        Row row = new Row(skillCount);
        rows.add(row);
        rowsLayout.add(row);
    }

    class Row extends HorizontalLayout {
        final IntegerField count = new IntegerField();
        final ComboBox<String> skill = new ComboBox<>();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        Row(SkillCount skillCount) {
            count.setMin(1);
            count.setStepButtonsVisible(true);
            count.setWidth("7em");
            count.setValue(skillCount.getCount());
            count.setAriaLabel(getTranslation("demand.skills.count"));
            List<String> items = new ArrayList<>(COMMON_SKILLS);
            if (!items.contains(skillCount.getSkill())) {
                items.add(skillCount.getSkill());
            }
            skill.setItems(items);
            skill.setAllowCustomValue(true);
            skill.addCustomValueSetListener(e -> {
                items.add(e.getDetail().strip());
                skill.setItems(items);
                skill.setValue(e.getDetail().strip());
            });
            skill.setValue(skillCount.getSkill());
            skill.setAriaLabel(getTranslation("demand.skills.skill"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("editing.delete"));
            remove.addClickListener(e -> {
                rows.remove(this);
                rowsLayout.remove(this);
                updateValue();
            });
            count.addValueChangeListener(e -> updateValue());
            skill.addValueChangeListener(e -> updateValue());
            setAlignItems(FlexComponent.Alignment.BASELINE);
            add(count, new com.vaadin.flow.component.html.Span("×"), skill, remove);
        }

        SkillCount skillCount() {
            return new SkillCount(skill.getValue(), count.getValue() == null ? 0 : count.getValue());
        }
    }
}
