package org.shouwang.cover.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.shouwang.cover.CoverBroadcaster;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a part of a page up to date with a community's offers while it is attached: every change (offered,
 * taken, withdrawn) redraws it by push. The news comes on another thread, which carries nobody's or someone
 * else's sign-in: the page reads again as the person who opened it.
 */
public final class LiveOffers {

    private LiveOffers() {
    }

    /** Calls {@code redraw} on {@code part}'s UI after each change of the community's offers, while attached. */
    public static void follow(Component part, CoverBroadcaster news, long communityId, Runnable redraw) {
        AtomicReference<CoverBroadcaster.Subscription> subscription = new AtomicReference<>();
        part.addAttachListener(event -> {
            UI ui = event.getUI();
            SecurityContext viewer = SecurityContextHolder.createEmptyContext();
            viewer.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            CoverBroadcaster.Subscription old = subscription.getAndSet(news.listen(communityId,
                    () -> ui.access(() -> DelegatingSecurityContextRunnable.create(redraw, viewer).run())));
            if (old != null) {
                old.close();
            }
        });
        part.addDetachListener(event -> {
            CoverBroadcaster.Subscription old = subscription.getAndSet(null);
            if (old != null) {
                old.close();
            }
        });
    }
}
