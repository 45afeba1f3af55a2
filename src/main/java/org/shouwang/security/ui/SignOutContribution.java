package org.shouwang.security.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Puts who is signed in and a sign-out button into the top bar of {@link MainLayout}, so that the
 * layout (in base) knows nothing of security.
 */
@Component
public class SignOutContribution implements VaadinServiceInitListener {

    private static final String ADDED = "shouwang.signOutAdded";

    private final transient AuthenticationContext authenticationContext;

    public SignOutContribution(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
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
                .ifPresent(layout -> authenticationContext.getAuthenticatedUser(SignedInUser.class)
                        .ifPresent(user -> {
                            layout.addToHeader(createUserBox(layout, user));
                            ComponentUtil.setData(layout, ADDED, Boolean.TRUE);
                        }));
    }

    private HorizontalLayout createUserBox(MainLayout layout, SignedInUser user) {
        Span who = new Span(user.username() + " · " + layout.getTranslation("security.role." + user.role()));
        who.setId("signed-in-user");
        // The theme cuts the name short when space runs out, and shows only the button's icon on a phone.
        who.addClassName("sw-user");
        String signOutText = layout.getTranslation("security.signout");
        Button signOut = new Button(signOutText, VaadinIcon.SIGN_OUT.create(), click -> authenticationContext.logout());
        signOut.setId("sign-out");
        signOut.addClassName("sw-sign-out");
        signOut.setAriaLabel(signOutText);
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(who, signOut);
        box.addClassName("sw-user-box");
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.setSpacing(false);
        return box;
    }
}
