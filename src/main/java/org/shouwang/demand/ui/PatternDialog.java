package org.shouwang.demand.ui;

import org.shouwang.demand.Demand;
import org.shouwang.base.ui.BuiltInTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.shouwang.base.Weekdays;
import org.shouwang.base.ui.Feedback;
import org.shouwang.community.CompoundData;
import org.shouwang.demand.DemandPattern;
import org.shouwang.demand.DemandService;
import org.shouwang.demand.PatternPreview;
import org.shouwang.plan.PostKind;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies one staffing pattern to many posts at once ("all gates of these compounds: 07:00–23:00 in
 * 4-hour shifts, 2 people, 1 LEAD"), showing the seats per day it makes while it is edited.
 */
public class PatternDialog extends Dialog {

    final MultiSelectComboBox<CompoundData> compounds = new MultiSelectComboBox<>();
    final CheckboxGroup<PostKind> kinds = new CheckboxGroup<>();
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    final TimePicker from = new TimePicker();
    final TimePicker to = new TimePicker();
    final IntegerField shiftHours = new IntegerField();
    final IntegerField headcount = new IntegerField();
    final IntegerField leadSeats = new IntegerField();
    final Span preview = new Span();
    final Button apply = new Button();

    private final DemandService demandService;
    private final long communityId;
    private final Runnable applied;

    /** @param applied called after the pattern has been applied, to refresh the view */
    public PatternDialog(DemandService demandService, long communityId, List<CompoundData> editable, Runnable applied) {
        this.demandService = demandService;
        this.communityId = communityId;
        this.applied = applied;
        setHeaderTitle(getTranslation("demand.pattern.title"));
        setWidth("min(48em, 95vw)");
        compounds.setLabel(getTranslation("demand.pattern.compounds"));
        compounds.setItems(editable);
        compounds.setItemLabelGenerator(CompoundData::getName);
        compounds.setValue(Set.copyOf(editable));
        kinds.setLabel(getTranslation("demand.pattern.kinds"));
        kinds.setItems(PostKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation("community.kind." + k.name()));
        kinds.setValue(Set.of(PostKind.GATE));
        days.setLabel(getTranslation("demand.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> Weekdays.shortName(d, getLocale()));
        days.setValue(EnumSet.allOf(DayOfWeek.class));
        from.setLabel(getTranslation("demand.from"));
        from.setValue(LocalTime.of(7, 0));
        to.setLabel(getTranslation("demand.to"));
        to.setHelperText(getTranslation("demand.to-help"));
        to.setValue(LocalTime.of(23, 0));
        from.setStep(Duration.ofMinutes(30));
        to.setStep(Duration.ofMinutes(30));
        number(shiftHours, "demand.pattern.shift-hours", 4, 1, 24);
        number(headcount, "demand.headcount", 2, Demand.HEADCOUNT_MIN, Demand.HEADCOUNT_MAX);
        number(leadSeats, "demand.pattern.lead-seats", 1, 0, Demand.HEADCOUNT_MAX);
        preview.setId("pattern-preview");
        preview.getStyle().set("font-weight", "600");

        FormLayout layout = new FormLayout(compounds, kinds, days, from, to, shiftHours, headcount, leadSeats, preview);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        layout.setColspan(compounds, 3);
        layout.setColspan(kinds, 3);
        layout.setColspan(days, 3);
        layout.setColspan(preview, 3);
        add(layout);

        apply.setText(getTranslation("demand.pattern.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> apply());
        Button cancel = new Button(getTranslation("editing.cancel"), e -> close());
        getFooter().add(cancel, apply);

        compounds.addValueChangeListener(e -> update());
        kinds.addValueChangeListener(e -> update());
        days.addValueChangeListener(e -> update());
        from.addValueChangeListener(e -> update());
        to.addValueChangeListener(e -> update());
        shiftHours.addValueChangeListener(e -> update());
        headcount.addValueChangeListener(e -> update());
        leadSeats.addValueChangeListener(e -> update());
        update();
    }

    private void number(IntegerField field, String key, int value, int min, int max) {
        field.setLabel(getTranslation(key));
        field.setMin(min);
        field.setMax(max);
        BuiltInTexts.translate(field);
        field.setStepButtonsVisible(true);
        field.setValue(value);
    }

    /** The pattern as entered; fields left empty make an invalid pattern, never an exception. */
    DemandPattern pattern() {
        Map<String, Integer> skills = leadSeats.getValue() == null || leadSeats.getValue() == 0 ? Map.of()
                : Map.of("LEAD", leadSeats.getValue());
        return new DemandPattern(compounds.getValue().stream().map(CompoundData::getId).collect(Collectors.toSet()),
                kinds.getValue(), days.getValue(), from.getValue(), to.getValue(),
                shiftHours.getValue() == null ? 0 : shiftHours.getValue(),
                headcount.getValue() == null ? 0 : headcount.getValue(), skills);
    }

    /** Shows the seats per day the pattern makes, as it changes. */
    void update() {
        DemandPattern pattern = pattern();
        String problem = pattern.problem();
        apply.setEnabled(problem == null);
        if (problem != null) {
            preview.setText(getTranslation(problem));
            return;
        }
        PatternPreview figures = demandService.preview(communityId, pattern);
        apply.setEnabled(figures.posts() > 0);
        preview.setText(getTranslation("demand.pattern.preview", figures.posts(), pattern.shifts().size(),
                DemandView.perDay(figures.patternSeats(), getLocale()), DemandView.perDay(figures.communitySeats(), getLocale())));
    }

    private void apply() {
        try {
            int created = demandService.applyPattern(communityId, pattern());
            Feedback.success(getTranslation("demand.pattern.applied", created));
            close();
            applied.run();
        } catch (RuntimeException e) {
            Feedback.refused(this, e);
        }
    }
}
