package org.shouwang.security;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.LocaleInitializer;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;
import org.shouwang.community.Community;
import org.shouwang.duty.ui.MyDutiesView;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.security.ui.AccountsView;
import org.shouwang.security.ui.ChangePasswordView;
import org.shouwang.security.ui.LoginView;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.volunteer.Volunteer;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The controls of "remember me": the tick on the sign-in form, "sign out on all devices" in every signed-in
 * user's menu, and the secretary's count of remembered devices with "sign out everywhere" per account.
 */
class RememberMeViewsTest extends KaribuTest {

    private static final String PASSWORD = "richtig-passwort";

    @Test
    void the_sign_in_form_offers_remember_me_unticked_inside_the_form_it_posts_with() {
        UI.getCurrent().navigate(LoginView.class);

        Checkbox remember = _get(Checkbox.class, spec -> spec.withId("remember-me"));
        assertThat(remember.getValue()).isFalse();
        assertThat(remember.getLabel()).isEqualTo("在此设备上记住我");
        assertThat(remember.getHelperText()).contains("30 天");
        // The login form's web component posts the named fields of its custom form area.
        assertThat(remember.getElement().getAttribute("name")).isEqualTo("remember-me");
        assertThat(remember.getElement().getAttribute("slot")).isEqualTo("custom-form-area");
        assertThat(remember.getParent()).get().isInstanceOf(LoginForm.class);
    }

    @Test
    void the_tick_is_in_english_for_an_english_browser() {
        // The language switch's choice, then the sign-in page afresh.
        VaadinSession.getCurrent().setAttribute(LocaleInitializer.CHOSEN, Translations.ENGLISH);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(LoginView.class);

        Checkbox remember = _get(Checkbox.class, spec -> spec.withId("remember-me"));
        assertThat(remember.getLabel()).isEqualTo("Remember me on this device");
        assertThat(remember.getHelperText()).contains("30 days");
    }

    @Test
    void every_role_finds_the_password_page_and_sign_out_on_all_devices_in_its_menu() {
        Community community = new SecurityFixtures(ctx).community();
        for (String role : List.of(Roles.DISTRICT_ADMIN, Roles.SECRETARY, Roles.COMMITTEE, Roles.VOLUNTEER)) {
            visitAs(role, community.getId(), 1L);
            UI.getCurrent().navigate(ChangePasswordView.class);

            MenuBar menu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
            List<MenuItem> items = menu.getItems().get(0).getSubMenu().getItems();
            assertThat(items).as(role).extracting(item -> item.getId().orElseThrow())
                    .containsExactly("user-menu-password", "sign-out-everywhere", "user-menu-sign-out");
            assertThat(items.get(1).getText()).as(role).isEqualTo("退出所有设备");
        }
    }

    @Test
    void nobody_signed_in_has_no_user_menu() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_find(MenuBar.class, spec -> spec.withId("user-menu"))).isEmpty();
    }

    @Test
    void sign_out_on_all_devices_asks_first_then_forgets_every_device_of_the_user() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        Account account = account(fixtures, community, VolunteerRole.VOLUNTEER);
        Account other = account(fixtures, community, VolunteerRole.VOLUNTEER);
        remember(account, 2);
        remember(other, 1);
        login(ctx.getBean(AccountUserDetailsService.class).loadUserByUsername(account.getUsername()));
        UI.getCurrent().navigate(ChangePasswordView.class);

        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), "sign-out-everywhere");
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("sign-out-everywhere-confirm"));
        assertThat(devices(account)).as("nothing happens before the confirm").isEqualTo(2);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(devices(account)).isZero();
        assertThat(devices(other)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_secretary_sees_each_accounts_remembered_devices_and_signs_one_out_everywhere() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        Account account = account(fixtures, community, VolunteerRole.VOLUNTEER);
        remember(account, 2);
        login(Roles.SECRETARY, community.getId(), null);
        UI.getCurrent().navigate(AccountsView.class);
        Grid<AccountRow> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        var cell = _getCellComponent(grid, 0, "devices");
        assertThat(_get(cell, Span.class, spec -> spec.withClasses("sw-device-count")).getText()).isEqualTo("2");

        _click(_get(cell, Button.class, spec -> spec.withId("sign-out-everywhere-" + account.getVolunteerId())));

        assertThat(devices(account)).isZero();
        expectNotifications(grid.getTranslation("security.accounts.signed-out-everywhere",
                ctx.getBean(org.shouwang.volunteer.VolunteerRepository.class).findById(account.getVolunteerId())
                        .orElseThrow().getName()));
        assertThat(_get(_getCellComponent(grid, 0, "devices"), Span.class, spec -> spec.withClasses("sw-device-count"))
                .getText()).isEqualTo("0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_district_admin_signs_a_volunteer_out_everywhere_too() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        Account account = account(fixtures, community, VolunteerRole.COMMITTEE);
        remember(account, 1);
        login(Roles.DISTRICT_ADMIN, null, null);
        ctx.getBean(CommunitySelection.class).select(community);
        UI.getCurrent().navigate(AccountsView.class);
        Grid<AccountRow> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));

        _click(_get(_getCellComponent(grid, 0, "devices"), Button.class,
                spec -> spec.withId("sign-out-everywhere-" + account.getVolunteerId())));

        assertThat(devices(account)).isZero();
    }

    @Test
    void a_remembered_sign_in_with_a_one_time_password_must_still_choose_its_own_first() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        Volunteer person = fixtures.volunteer(community, VolunteerRole.VOLUNTEER);
        Account account = ctx.getBean(AccountService.class).createInitial("otp" + UUID.randomUUID().toString().substring(0, 8),
                PASSWORD, true, Roles.VOLUNTEER, community.getId(), person.getId());
        SignedInUser user = ctx.getBean(AccountUserDetailsService.class).loadUserByUsername(account.getUsername());
        login(user);
        // Signed in by the remember-me cookie, not by the password, in this new session.
        SecurityContextHolder.getContext().setAuthentication(
                new RememberMeAuthenticationToken("key", user, user.getAuthorities()));

        UI.getCurrent().navigate(MyDutiesView.class);

        assertThat(currentView()).get().isInstanceOf(ChangePasswordView.class);
    }

    private static Account account(SecurityFixtures fixtures, Community community, VolunteerRole role) {
        Volunteer person = fixtures.volunteer(community, role);
        return fixtures.account(role == VolunteerRole.COMMITTEE ? Roles.COMMITTEE : Roles.VOLUNTEER,
                community.getId(), person.getId(), PASSWORD);
    }

    private void remember(Account account, int devices) {
        for (int i = 0; i < devices; i++) {
            ctx.getBean(RememberedLogins.class).createNewToken(new PersistentRememberMeToken(account.getUsername(),
                    UUID.randomUUID().toString(), UUID.randomUUID().toString(), new Date()));
        }
    }

    private long devices(Account account) {
        return ctx.getBean(RememberedLogins.class).count(account.getUsername());
    }
}
