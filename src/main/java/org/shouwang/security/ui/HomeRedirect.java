package org.shouwang.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.ListenerPriority;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.shouwang.base.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The root address is the planners' overview, which volunteers may not open. Sign-in (and every
 * bookmark of the bare address) lands there, so whoever has another home is sent on to it before the
 * view access check can refuse them ({@link ListenerPriority}: this runs before Vaadin's check).
 * Only when the page is loaded: a committee member who picks the overview in the menu gets it.
 */
@Component
public class HomeRedirect implements VaadinServiceInitListener {

    private final transient CurrentUser currentUser;

    public HomeRedirect(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(new Listener(currentUser)));
    }

    @ListenerPriority(10)
    private record Listener(CurrentUser currentUser) implements BeforeEnterListener {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            if (!event.getLocation().getPath().isEmpty() || event.getTrigger() != NavigationTrigger.PAGE_LOAD) {
                return;
            }
            currentUser.role().map(Home::pathFor).filter(home -> !home.isEmpty()).ifPresent(event::forwardTo);
        }
    }
}
