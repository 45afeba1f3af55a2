package org.shouwang.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.duty.ui.CommitteeCoverageView;
import org.shouwang.overview.ui.OverviewView;
import org.shouwang.security.ui.ChangePasswordView;
import org.shouwang.security.ui.NotAllowedView;
import org.shouwang.security.ui.NotFoundView;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.duty.ui.MyDutiesView;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HomePagesTest extends KaribuTest {

    @Test
    void a_volunteer_opening_the_root_address_lands_on_their_duties() {
        Volunteer volunteer = volunteerOf(VolunteerRole.VOLUNTEER);
        login(Roles.VOLUNTEER, volunteer.getCommunity().getId(), volunteer.getId());

        openPage("");

        assertThat(currentView()).get().isInstanceOf(MyDutiesView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("my");
    }

    @Test
    void a_committee_member_opening_the_root_address_lands_on_the_coverage_page() {
        Volunteer member = volunteerOf(VolunteerRole.COMMITTEE);
        login(Roles.COMMITTEE, member.getCommunity().getId(), member.getId());

        openPage("");

        assertThat(currentView()).get().isInstanceOf(CommitteeCoverageView.class);
    }

    @Test
    void a_committee_member_may_still_pick_the_overview_in_the_menu() {
        Volunteer member = volunteerOf(VolunteerRole.COMMITTEE);
        login(Roles.COMMITTEE, member.getCommunity().getId(), member.getId());

        open("");

        assertThat(currentView()).get().isInstanceOf(OverviewView.class);
    }

    @Test
    void a_secretary_opening_the_root_address_sees_the_overview() {
        login(Roles.SECRETARY, new SecurityFixtures(ctx).community().getId(), null);

        openPage("");

        assertThat(currentView()).get().isInstanceOf(OverviewView.class);
    }

    @Test
    void a_volunteer_sees_a_translated_not_allowed_page_with_a_link_home() {
        Volunteer volunteer = volunteerOf(VolunteerRole.VOLUNTEER);
        login(Roles.VOLUNTEER, volunteer.getCommunity().getId(), volunteer.getId());

        open("accounts");

        assertThat(currentView()).get().isInstanceOf(NotAllowedView.class);
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText()).isEqualTo("无权打开此页面");
        assertThat(_get(Anchor.class, spec -> spec.withId("error-home")).getHref()).isEqualTo("./my");
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("Could not navigate");
    }

    @Test
    void an_unknown_address_shows_a_translated_not_found_page() {
        login(Roles.SECRETARY, new SecurityFixtures(ctx).community().getId(), null);

        open("no-such-page");

        assertThat(currentView()).get().isInstanceOf(NotFoundView.class);
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText()).isEqualTo("页面不存在");
        assertThat(_get(Anchor.class, spec -> spec.withId("error-home")).getHref()).isEqualTo("./");
    }

    @Test
    void a_volunteer_lands_on_their_duties_after_the_forced_password_change() {
        Volunteer volunteer = volunteerOf(VolunteerRole.VOLUNTEER);
        long communityId = volunteer.getCommunity().getId();
        Account account = ctx.getBean(AccountService.class).createInitial("otp-home-" + volunteer.getId(),
                "einmal-passwort", true, Roles.VOLUNTEER, communityId, volunteer.getId());
        login(ctx.getBean(AccountUserDetailsService.class).loadUserByUsername(account.getUsername()));

        openPage("");
        assertThat(currentView()).get().isInstanceOf(ChangePasswordView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), "einmal-passwort");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "mein-eigenes-passwort");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "mein-eigenes-passwort");
        _click(_get(Button.class, spec -> spec.withId("password-save")));

        assertThat(currentView()).get().isInstanceOf(MyDutiesView.class);
    }

    /** Follows a link in the app (UI.navigate(String) ignores an address with no route). */
    private static void open(String path) {
        navigate(path, NavigationTrigger.ROUTER_LINK);
    }

    /** Loads the address as a page, as the browser does after signing in. */
    private static void openPage(String path) {
        navigate(path, NavigationTrigger.PAGE_LOAD);
    }

    private static void navigate(String path, NavigationTrigger trigger) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), trigger);
    }

    private Volunteer volunteerOf(VolunteerRole role) {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        return fixtures.volunteer(community, role);
    }
}
