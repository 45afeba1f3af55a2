package org.shouwang.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Lets a feature put something into the top bar of {@link MainLayout} without the layout knowing the
 * feature: after each navigation, a layout that has not had this contribution yet is offered it, until
 * {@link #contribute} says it is done.
 */
public abstract class HeaderContribution implements VaadinServiceInitListener {

    /** Marks a layout that has had this contribution; one mark per kind of contribution. */
    private final String done = getClass().getName() + ".done";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent ->
                uiEvent.getUI().addAfterNavigationListener(this::afterNavigation));
    }

    private void afterNavigation(AfterNavigationEvent event) {
        event.getActiveChain().stream()
                .filter(MainLayout.class::isInstance)
                .map(MainLayout.class::cast)
                .filter(layout -> ComponentUtil.getData(layout, done) == null)
                .findFirst()
                .ifPresent(layout -> {
                    if (contribute(layout)) {
                        ComponentUtil.setData(layout, done, Boolean.TRUE);
                    }
                });
    }

    /**
     * Adds this feature's part to the layout's top bar, or decides it has nothing to add.
     *
     * @return whether this layout is done with; {@code false} offers it again after the next navigation
     */
    protected abstract boolean contribute(MainLayout layout);
}
