package org.shouwang.security;

import com.vaadin.flow.component.UI;
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
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AccountsViewTest extends KaribuTest {

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

        String shown = _get(Span.class, spec -> spec.withId("one-time-password")).getText();
        String hash = ctx.getBean(AccountRepository.class).findByVolunteerId(volunteer.getId()).orElseThrow().getPasswordHash();
        assertThat(ctx.getBean(PasswordEncoder.class).matches(shown, hash)).isTrue();
        assertThat(((Span) _getCellComponent(grid, 0, "status")).getText())
                .isEqualTo(grid.getTranslation("security.accounts.status.one-time"));

        _click(_get(Button.class, spec -> spec.withId("one-time-password-close")));
        assertThat(_find(Span.class, spec -> spec.withId("one-time-password"))).isEmpty();
        assertThat(((Button) _getCellComponent(grid, 0, "action")).getId()).contains("reset-" + volunteer.getId());
    }
}
