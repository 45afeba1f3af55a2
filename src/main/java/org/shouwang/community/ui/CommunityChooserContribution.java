package org.shouwang.community.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
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
public class CommunityChooserContribution implements VaadinServiceInitListener {

    private static final String ADDED = "shouwang.communityChooserAdded";

    private final transient ObjectProvider<CommunitySelection> selection;

    public CommunityChooserContribution(ObjectProvider<CommunitySelection> selection) {
        this.selection = selection;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent ->
                uiEvent.getUI().addAfterNavigationListener(this::contribute));
    }

    private void contribute(AfterNavigationEvent event) {
        event.getActiveChain().stream()
                .filter(MainLayout.class::isInstance)
                .map(MainLayout.class::cast)
                .filter(layout -> ComponentUtil.getData(layout, ADDED) == null)
                .findFirst()
                .ifPresent(layout -> {
                    ComponentUtil.setData(layout, ADDED, Boolean.TRUE);
                    CommunitySelection current = selection.getObject();
                    List<Community> choices = current.choices();
                    if (choices.size() > 1) {
                        layout.addToHeader(createChooser(layout, current, choices));
                    }
                });
    }

    private static Select<Community> createChooser(MainLayout layout, CommunitySelection selection,
                                                   List<Community> choices) {
        Select<Community> chooser = new Select<>();
        chooser.setId("community-chooser");
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
