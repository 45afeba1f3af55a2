package org.shouwang.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import org.shouwang.base.ui.BuiltInTexts;
import org.shouwang.community.Community;
import org.shouwang.community.CommunitySettings;
import org.shouwang.community.RuleWeight;

import java.util.EnumMap;
import java.util.Map;

/**
 * The settings page's section on the soft rules: one number per rule, named as the planner names the
 * rule, with what the number weighs and its default. A button puts the defaults back (saved only with
 * the form).
 */
class RuleWeightsSection extends VerticalLayout {

    final Map<RuleWeight, IntegerField> fields = new EnumMap<>(RuleWeight.class);
    final Button defaults = new Button();

    RuleWeightsSection() {
        setPadding(false);
        setSpacing(false);
        H3 title = new H3(getTranslation("community.settings.weights"));
        title.getStyle().set("margin", "0");
        FormLayout grid = new FormLayout();
        grid.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        for (RuleWeight weight : RuleWeight.values()) {
            IntegerField field = new IntegerField(getTranslation(weight.ruleKey()));
            field.setId("weight-" + weight.property());
            field.setHelperText(getTranslation("community.settings.weight." + weight.property() + ".help",
                    weight.byDefault()));
            field.setMin(0);
            field.setMax(Community.WEIGHT_MAX);
            field.setStepButtonsVisible(true);
            BuiltInTexts.translate(field);
            fields.put(weight, field);
            grid.add(field);
        }
        defaults.setText(getTranslation("community.settings.defaults"));
        defaults.setId("weights-defaults");
        defaults.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        defaults.addClickListener(e -> fields.forEach((weight, field) -> field.setValue(weight.byDefault())));
        add(title, new Paragraph(getTranslation("community.settings.weights.hint")), grid, defaults);
    }

    /** Binds each weight's field to its property, with the bean's own limits. */
    void bindTo(Binder<CommunitySettings> binder) {
        fields.forEach((weight, field) -> binder.forField(field).bind(weight.property()));
    }

    void setReadOnly(boolean readOnly) {
        defaults.setEnabled(!readOnly);
    }
}
