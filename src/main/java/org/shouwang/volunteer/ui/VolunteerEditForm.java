package org.shouwang.volunteer.ui;

import org.shouwang.base.ui.SkillNames;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.base.ui.BuiltInTexts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import org.shouwang.base.ui.EditForm;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.VolunteerForm;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Edits one volunteer: who they are, where they live, when they can and would rather serve, their
 * leave and sickness, skills and weekly maximum.
 */
public class VolunteerEditForm extends EditForm<VolunteerForm> {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField phone = new TextField();
    final Select<VolunteerRole> role = new Select<>();
    final ComboBox<Long> home = new ComboBox<>();
    final Checkbox onlyHome = new Checkbox();
    final NumberField maxHoursPerWeek = new NumberField();
    final MultiSelectComboBox<String> skills = new MultiSelectComboBox<>();
    final WeeklyWindowsEditor available = new WeeklyWindowsEditor("volunteer.windows.empty-available");
    final WeeklyWindowsEditor preferred = new WeeklyWindowsEditor("volunteer.windows.empty-preferred");
    final AbsencesEditor absences;
    private final Set<String> knownSkills = new TreeSet<>();

    public VolunteerEditForm(Clock clock) {
        super(VolunteerForm.class, "volunteer.form");
        setId("volunteer-form");
        absences = new AbsencesEditor(clock);
        code.setLabel(getTranslation("volunteer.code"));
        name.setLabel(getTranslation("volunteer.name"));
        phone.setLabel(getTranslation("volunteer.phone"));
        role.setLabel(getTranslation("volunteer.role"));
        role.setItems(VolunteerRole.values());
        role.setItemLabelGenerator(r -> getTranslation("volunteer.role." + r.name()));
        home.setLabel(getTranslation("volunteer.home"));
        home.setClearButtonVisible(true);
        onlyHome.setLabel(getTranslation("volunteer.only-home"));
        maxHoursPerWeek.setLabel(getTranslation("volunteer.max-hours"));
        maxHoursPerWeek.setMin(0);
        maxHoursPerWeek.setMax(Volunteer.MAX_HOURS_PER_WEEK_MAX);
        BuiltInTexts.translate(maxHoursPerWeek);
        skills.setLabel(getTranslation("volunteer.skills"));
        skills.setHelperText(getTranslation("volunteer.skills-help"));
        skills.setAllowCustomValue(true);
        skills.setItemLabelGenerator(s -> SkillNames.of(this, s));
        skills.addCustomValueSetListener(e -> addSkill(e.getDetail()));
        available.setLabel(getTranslation("volunteer.available"));
        preferred.setLabel(getTranslation("volunteer.preferred"));
        absences.setLabel(getTranslation("volunteer.absences"));

        binder.forField(home).bind(VolunteerForm::getHomeId, VolunteerForm::setHomeId);
        binder.forField(maxHoursPerWeek).asRequired(getTranslation("volunteer.error.max-hours"))
                .bind("maxHoursPerWeek");
        binder.forField(available).withValidator((windows, context) -> result(VolunteerForm.windowProblem(windows)))
                .bind(VolunteerForm::getAvailable, VolunteerForm::setAvailable);
        binder.forField(preferred).withValidator((windows, context) -> result(VolunteerForm.windowProblem(windows)))
                .bind(VolunteerForm::getPreferred, VolunteerForm::setPreferred);
        binder.forField(absences).withValidator((list, context) -> result(VolunteerForm.absenceProblem(list)))
                .bind(VolunteerForm::getAbsences, VolunteerForm::setAbsences);
        binder.bindInstanceFields(this);
        binder.withValidator(form -> !form.isOnlyHome() || form.getHomeId() != null,
                getTranslation("volunteer.error.only-home-needs-home"));

        layOut(code, name, phone, role, home, onlyHome, maxHoursPerWeek, skills, available, preferred, absences);
        setColspan(skills, 2);
        setColspan(available, 2);
        setColspan(preferred, 2);
        setColspan(absences, 2);
    }

    /** The compounds a volunteer may live in, by id, and the skills already in use in the community. */
    public void setChoices(Map<Long, String> compounds, List<String> communitySkills) {
        home.setItems(compounds.keySet());
        home.setItemLabelGenerator(id -> compounds.getOrDefault(id, "#" + id));
        knownSkills.addAll(List.of("LEAD", "TEMPERATURE"));
        knownSkills.addAll(communitySkills);
        skills.setItems(knownSkills);
    }

    @Override
    public void edit(VolunteerForm copy, boolean editable, boolean deletable) {
        if (copy != null) {
            knownSkills.addAll(copy.getSkills());
            skills.setItems(knownSkills);
        }
        super.edit(copy, editable, deletable);
    }

    private void addSkill(String typed) {
        String skill = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
        if (skill.isEmpty()) {
            return;
        }
        Set<String> selected = new TreeSet<>(skills.getValue());
        knownSkills.add(skill);
        skills.setItems(knownSkills);
        selected.add(skill);
        skills.setValue(selected);
    }

    private ValidationResult result(String problemKey) {
        return problemKey == null ? ValidationResult.ok() : ValidationResult.error(getTranslation(problemKey));
    }
}
