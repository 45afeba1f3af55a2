package org.shouwang.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.shouwang.base.ui.HeaderContribution;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Puts who is signed in and a sign-out button into the top bar of {@link MainLayout}, so that the
 * layout (in base) knows nothing of security.
 */
@Component
public class SignOutContribution extends HeaderContribution {

    private final transient AuthenticationContext authenticationContext;

    public SignOutContribution(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    /** Nothing to show before sign-in: the layout is offered again after the next navigation. */
    @Override
    protected boolean contribute(MainLayout layout) {
        return authenticationContext.getAuthenticatedUser(SignedInUser.class)
                .map(user -> {
                    layout.addToHeader(createUserBox(layout, user));
                    return true;
                })
                .orElse(false);
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
