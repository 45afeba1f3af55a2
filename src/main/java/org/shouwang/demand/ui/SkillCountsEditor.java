package org.shouwang.demand.ui;

import org.shouwang.base.ui.SkillNames;
import org.shouwang.base.ui.BuiltInTexts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.shouwang.base.ui.ListEditor;
import org.shouwang.demand.SkillCount;

import java.util.ArrayList;
import java.util.List;

/** Edits how many seats of a shift need which skill ("1 × LEAD"), skilled seats in row order. */
public class SkillCountsEditor extends ListEditor<SkillCount, SkillCountsEditor.SkillRow> {

    static final List<String> COMMON_SKILLS = List.of("LEAD", "TEMPERATURE");

    public SkillCountsEditor() {
        super("demand.skills.add", null);
        layOut(add);
    }

    @Override
    protected SkillCount newValue() {
        return new SkillCount("LEAD", 1);
    }

    @Override
    protected SkillRow createRow(SkillCount skillCount) {
        return new SkillRow(skillCount);
    }

    static class SkillRow extends ListEditor.Row<SkillCount> {
        final IntegerField count = new IntegerField();
        final ComboBox<String> skill = new ComboBox<>();

        SkillRow(SkillCount skillCount) {
            count.setMin(1);
            BuiltInTexts.translate(count);
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
            skill.setItemLabelGenerator(name -> SkillNames.of(this, name));
            skill.addCustomValueSetListener(e -> {
                items.add(e.getDetail().strip());
                skill.setItems(items);
                skill.setValue(e.getDetail().strip());
            });
            skill.setValue(skillCount.getSkill());
            skill.setAriaLabel(getTranslation("demand.skills.skill"));
            count.addValueChangeListener(e -> changed());
            skill.addValueChangeListener(e -> changed());
            layOut(count, new Span("×"), skill);
        }

        @Override
        protected SkillCount value() {
            return new SkillCount(skill.getValue(), count.getValue() == null ? 0 : count.getValue());
        }
    }
}
