package org.shouwang.security;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.shouwang.community.ui.CommunitySelection;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.security.ui.AccountsView;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.shouwang.base.Translations;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AccountsViewTest extends KaribuTest {

    @Test
    void volunteers_who_cannot_get_an_account_are_listed_in_the_users_language() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        VolunteerRepository repository = ctx.getBean(VolunteerRepository.class);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Volunteer noPhone = fixtures.volunteer(community, VolunteerRole.VOLUNTEER);
            noPhone.setPhone(null);
            names.add(repository.save(noPhone).getName());
        }
        login(Roles.SECRETARY, community.getId(), null);
        UI.getCurrent().setLocale(Translations.ENGLISH);
        UI.getCurrent().navigate(AccountsView.class);

        _click(_get(Button.class, spec -> spec.withId("create-all-accounts")));

        // Not "志愿者1、志愿者2": no Chinese list comma in the English message.
        expectNotifications(_get(Button.class, spec -> spec.withId("create-all-accounts"))
                .getTranslation("security.accounts.create-all.impossible", names.get(0) + ", " + names.get(1)));
    }

    @Test
    void the_accounts_list_keeps_room_for_its_rows_above_the_api_tokens() {
        Community community = new SecurityFixtures(ctx).community();
        login(Roles.SECRETARY, community.getId(), null);
        UI.getCurrent().navigate(AccountsView.class);

        // Without a minimum the tokens' panel left the list two rows on a desktop and a sliver on a phone.
        assertThat(_get(Grid.class, spec -> spec.withId("accounts-grid")).getMinHeight()).isEqualTo("22em");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_secretary_creates_an_account_and_sees_the_one_time_password_once() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        Volunteer volunteer = fixtures.volunteer(community, VolunteerRole.VOLUNTEER);
        login(Roles.SECRETARY, community.getId(), null);
        UI.getCurrent().navigate(AccountsView.class);
        Grid<AccountRow> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        assertThat(_size(grid)).isEqualTo(1);

        _click((Button) _getCellComponent(grid, 0, "action"));

        String shown = _get(Span.class, spec -> spec.withClasses("sw-otp-password")).getText();
        assertThat(_get(Paragraph.class, spec -> spec.withId("sign-in-address")).getText()).endsWith("/login");
        String hash = ctx.getBean(AccountRepository.class).findByVolunteerId(volunteer.getId()).orElseThrow().getPasswordHash();
        assertThat(ctx.getBean(PasswordEncoder.class).matches(shown, hash)).isTrue();
        assertThat(((Span) _getCellComponent(grid, 0, "status")).getText())
                .isEqualTo(grid.getTranslation("security.accounts.status.one-time"));

        _click(_get(Button.class, spec -> spec.withId("one-time-password-close")));
        assertThat(_find(Span.class, spec -> spec.withClasses("sw-otp-password"))).isEmpty();
        assertThat(((Button) _getCellComponent(grid, 0, "action")).getId()).contains("reset-" + volunteer.getId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_secretary_creates_every_missing_account_after_a_confirm_and_gets_a_printable_list() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        Volunteer first = fixtures.volunteer(community, VolunteerRole.VOLUNTEER);
        Volunteer second = fixtures.volunteer(community, VolunteerRole.COMMITTEE);
        Volunteer alreadyIn = fixtures.volunteer(community, VolunteerRole.VOLUNTEER);
        login(Roles.SECRETARY, community.getId(), null);
        ctx.getBean(AccountService.class).createVolunteerAccount(alreadyIn.getId());
        UI.getCurrent().navigate(AccountsView.class);

        _click(_get(Button.class, spec -> spec.withId("create-all-accounts")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("create-all-confirm"));
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo(confirm.getTranslation("security.accounts.create-all.text", 2));
        assertThat(ctx.getBean(AccountRepository.class).findByVolunteerId(first.getId())).isEmpty();
        ConfirmDialogKt._fireConfirm(confirm);

        List<Span> passwords = _find(Span.class, spec -> spec.withClasses("sw-otp-password"));
        assertThat(passwords).hasSize(2);
        NativeTable list = _get(NativeTable.class, spec -> spec.withId("sign-in-list"));
        String listed = list.getElement().getTextRecursively();
        for (Volunteer volunteer : List.of(first, second)) {
            assertThat(listed).contains(volunteer.getName(), volunteer.getPhone());
            String hash = ctx.getBean(AccountRepository.class).findByVolunteerId(volunteer.getId()).orElseThrow().getPasswordHash();
            assertThat(passwords).anyMatch(shown -> ctx.getBean(PasswordEncoder.class).matches(shown.getText(), hash));
        }
        assertThat(listed).doesNotContain(alreadyIn.getName());
        assertThat(_get(Paragraph.class, spec -> spec.withId("sign-in-address")).getText()).contains("/login");
        _click(_get(Button.class, spec -> spec.withId("sign-in-list-print")));

        _click(_get(Button.class, spec -> spec.withId("one-time-password-close")));
        _click(_get(Button.class, spec -> spec.withId("create-all-accounts")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        expectNotifications(_get(Button.class, spec -> spec.withId("create-all-accounts"))
                .getTranslation("security.accounts.create-all.none"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_district_admin_searches_the_selected_community_by_name_or_phone() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        Volunteer wanted = fixtures.volunteer(community, VolunteerRole.VOLUNTEER);
        fixtures.volunteer(community, VolunteerRole.VOLUNTEER);
        login(Roles.DISTRICT_ADMIN, null, null);
        ctx.getBean(CommunitySelection.class).select(community);
        UI.getCurrent().navigate(AccountsView.class);
        Grid<AccountRow> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        TextField search = _get(TextField.class, spec -> spec.withId("accounts-search"));
        assertThat(_size(grid)).isEqualTo(2);

        _setValue(search, wanted.getPhone().replace(" ", "-"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).volunteerId()).isEqualTo(wanted.getId());

        _setValue(search, wanted.getName());
        assertThat(_size(grid)).isEqualTo(1);
        _setValue(search, "没有这个人");
        assertThat(_size(grid)).isZero();
    }

    @Test
    void committee_members_and_volunteers_cannot_reach_the_accounts_page() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        Volunteer volunteer = fixtures.volunteer(community, VolunteerRole.COMMITTEE);
        for (String role : List.of(Roles.COMMITTEE, Roles.VOLUNTEER)) {
            login(role, community.getId(), volunteer.getId());
            assertThat(canNavigate(AccountsView.class)).as(role).isFalse();
            assertThat(_find(Grid.class, spec -> spec.withId("accounts-grid"))).isEmpty();
        }
    }
}
