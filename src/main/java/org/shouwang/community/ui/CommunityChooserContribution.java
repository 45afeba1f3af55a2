package org.shouwang.community.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.shouwang.base.ui.HeaderContribution;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.community.Community;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Puts a community chooser into the top bar of {@link MainLayout} for those who see more than one
 * community (district admins); choosing one reloads the page for it.
 */
@Component
public class CommunityChooserContribution extends HeaderContribution {

    private final transient ObjectProvider<CommunitySelection> selection;

    public CommunityChooserContribution(ObjectProvider<CommunitySelection> selection) {
        this.selection = selection;
    }

    /** Decided once per layout: the communities one may see do not change while signed in. */
    @Override
    protected boolean contribute(MainLayout layout) {
        CommunitySelection current = selection.getObject();
        List<Community> choices = current.choices();
        if (choices.size() > 1) {
            layout.addToHeader(createChooser(layout, current, choices));
        }
        return true;
    }

    private static Select<Community> createChooser(MainLayout layout, CommunitySelection selection,
                                                   List<Community> choices) {
        Select<Community> chooser = new Select<>();
        chooser.setId("community-chooser");
        // On a phone it takes the top bar's free room instead of its own width (the theme's rule).
        chooser.addClassName("sw-community-chooser");
        chooser.setAriaLabel(layout.getTranslation("community.chooser"));
        chooser.setItems(choices);
        chooser.setItemLabelGenerator(Community::getName);
        selection.current().ifPresent(chooser::setValue);
        chooser.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                selection.select(e.getValue());
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
        return chooser;
    }
}
