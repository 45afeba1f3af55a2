package org.shouwang.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.shouwang.base.ui.HeaderContribution;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.security.AccountService;
import org.shouwang.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Puts who is signed in and a sign-out button into the top bar of {@link MainLayout}, so that the
 * layout (in base) knows nothing of security. The name opens the user's menu: change the password,
 * sign out on every device (a lost phone, a forgotten sign-in on someone else's), or sign out (a phone's
 * top bar shows the menu's icon only, and not the button).
 */
@Component
public class SignOutContribution extends HeaderContribution {

    private final transient AuthenticationContext authenticationContext;
    private final transient AccountService accountService;

    public SignOutContribution(AuthenticationContext authenticationContext, AccountService accountService) {
        this.authenticationContext = authenticationContext;
        this.accountService = accountService;
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
        // The theme cuts the name short when space runs out; on a phone only the menu's icon shows.
        who.addClassName("sw-user");
        String signOutText = layout.getTranslation("security.signout");
        Button signOut = new Button(signOutText, VaadinIcon.SIGN_OUT.create(), click -> authenticationContext.logout());
        signOut.setId("sign-out");
        // On a phone the theme hides it: the top bar has no room, and the user's menu offers it too.
        signOut.addClassName("sw-sign-out");
        signOut.setAriaLabel(signOutText);
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(createUserMenu(layout, who), signOut);
        box.addClassName("sw-user-box");
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.setSpacing(false);
        return box;
    }

    private MenuBar createUserMenu(MainLayout layout, Span who) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addClassName("sw-user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(layout.getTranslation("security.menu.more-options")));
        // The icon keeps the menu within reach where a phone's top bar has no room for the name.
        Icon icon = VaadinIcon.USER.create();
        icon.addClassName("sw-user-icon");
        Span item = new Span(icon, who);
        item.addClassName("sw-user-item");
        SubMenu items = menu.addItem(item).getSubMenu();
        MenuItem password = items.addItem(layout.getTranslation("security.password.title"),
                click -> UI.getCurrent().navigate(ChangePasswordView.class));
        password.setId("user-menu-password");
        MenuItem everywhere = items.addItem(layout.getTranslation("security.signout.everywhere"),
                click -> confirmSignOutEverywhere(layout));
        everywhere.setId("sign-out-everywhere");
        MenuItem signOut = items.addItem(layout.getTranslation("security.signout"),
                click -> authenticationContext.logout());
        signOut.setId("user-menu-sign-out");
        return menu;
    }

    private void confirmSignOutEverywhere(MainLayout layout) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("sign-out-everywhere-confirm");
        confirm.setHeader(layout.getTranslation("security.signout.everywhere.title"));
        confirm.setText(layout.getTranslation("security.signout.everywhere.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(layout.getTranslation("security.signout.everywhere.cancel"));
        confirm.setConfirmText(layout.getTranslation("security.signout.everywhere"));
        confirm.addConfirmListener(e -> {
            accountService.signOutMyOtherDevices();
            authenticationContext.logout();
        });
        confirm.open();
    }
}
