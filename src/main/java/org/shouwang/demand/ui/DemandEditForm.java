package org.shouwang.demand.ui;

import org.shouwang.demand.Demand;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.shouwang.base.Weekdays;
import org.shouwang.base.ui.BuiltInTexts;
import org.shouwang.base.ui.EditForm;
import org.shouwang.demand.DemandForm;
import org.shouwang.demand.SameStartException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.stream.Collectors;

/** Edits one recurring demand of a post: days, from–to, headcount, skilled seats, validity. */
public class DemandEditForm extends EditForm<DemandForm> {

    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    final TimePicker startsAt = new TimePicker();
    final TimePicker endsAt = new TimePicker();
    final IntegerField headcount = new IntegerField();
    final SkillCountsEditor skills = new SkillCountsEditor();
    final DatePicker validFrom = new DatePicker();
    final DatePicker validTo = new DatePicker();

    public DemandEditForm() {
        super(DemandForm.class, "demand.form");
        setId("demand-form");
        days.setLabel(getTranslation("demand.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> Weekdays.shortName(d, getLocale()));
        startsAt.setLabel(getTranslation("demand.from"));
        endsAt.setLabel(getTranslation("demand.to"));
        endsAt.setHelperText(getTranslation("demand.to-help"));
        startsAt.setStep(Duration.ofMinutes(30));
        endsAt.setStep(Duration.ofMinutes(30));
        headcount.setLabel(getTranslation("demand.headcount"));
        headcount.setMin(Demand.HEADCOUNT_MIN);
        headcount.setMax(Demand.HEADCOUNT_MAX);
        BuiltInTexts.translate(headcount);
        headcount.setStepButtonsVisible(true);
        skills.setLabel(getTranslation("demand.skills"));
        validFrom.setLabel(getTranslation("demand.valid-from"));
        validTo.setLabel(getTranslation("demand.valid-to"));
        BuiltInTexts.translate(validFrom, validTo);

        binder.forField(headcount).asRequired(getTranslation("demand.error.headcount")).bind("headcount");
        binder.bindInstanceFields(this);
        validateWith(DemandForm::crossFieldProblems);

        layOut(days, startsAt, endsAt, headcount, skills, validFrom, validTo);
        setColspan(days, 2);
        setColspan(skills, 2);
    }

    /**
     * Shows next to the start why the service refused the demand: another demand of the post starts a
     * shift then. The binder clears it when it next checks the start.
     */
    void showSameStart(SameStartException refused) {
        DemandForm other = refused.other();
        String otherDemand = other.getDays().stream().sorted().map(d -> Weekdays.shortName(d, getLocale()))
                .collect(Collectors.joining(" ")) + " " + other.getStartsAt() + "–" + other.getEndsAt();
        startsAt.setErrorMessage(getTranslation("demand.error.same-start",
                Weekdays.shortName(refused.start().getDayOfWeek(), getLocale()), refused.start().toLocalTime(),
                otherDemand));
        startsAt.setInvalid(true);
    }
}
