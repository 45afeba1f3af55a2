package org.shouwang.community.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import org.shouwang.base.ui.BuiltInTexts;
import org.shouwang.community.Community;
import org.shouwang.community.CommunitySettings;

/**
 * The settings page's section on calling for cover: whether seats emptied by leave or sickness are offered
 * at once, and how many hours before a shift a volunteer may still give it back without the secretary.
 */
class CallForCoverSection extends VerticalLayout {

    final Checkbox autoOffer = new Checkbox();
    final IntegerField giveBackHours = new IntegerField();

    CallForCoverSection() {
        setPadding(false);
        setSpacing(false);
        H3 title = new H3(getTranslation("community.settings.cover"));
        title.getStyle().set("margin", "var(--lumo-space-m) 0 0");
        autoOffer.setLabel(getTranslation("community.settings.cover.auto"));
        autoOffer.setId("settings-cover-auto");
        giveBackHours.setLabel(getTranslation("community.settings.cover.hours"));
        giveBackHours.setId("settings-cover-hours");
        giveBackHours.setHelperText(getTranslation("community.settings.cover.hours.help"));
        giveBackHours.setMin(0);
        giveBackHours.setMax(Community.GIVE_BACK_HOURS_MAX);
        giveBackHours.setStepButtonsVisible(true);
        BuiltInTexts.translate(giveBackHours);
        add(title, autoOffer, giveBackHours);
    }

    /** Binds both fields to their properties, with the bean's own limits. */
    void bindTo(Binder<CommunitySettings> binder) {
        binder.forField(autoOffer).bind("coverAutoOffer");
        binder.forField(giveBackHours).bind("coverGiveBackHours");
    }
}
