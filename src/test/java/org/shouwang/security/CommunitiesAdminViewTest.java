package org.shouwang.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.community.CommunityRepository;
import org.shouwang.security.ui.CommunitiesAdminView;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CommunitiesAdminViewTest extends KaribuTest {

    @Test
    void the_district_admin_creates_a_community_with_its_secretary_who_can_then_sign_in() {
        String name = "新建社区-" + System.nanoTime();
        String username = "shuji-" + System.nanoTime();
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(CommunitiesAdminView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("new-community-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("new-community-secretary")), username);
        _click(_get(Button.class, spec -> spec.withId("new-community-create")));

        String oneTime = _get(Span.class, spec -> spec.withId("one-time-password")).getText();
        long communityId = ctx.getBean(CommunityRepository.class).findByName(name).orElseThrow().getId();
        var signedIn = ctx.getBean(AuthenticationProvider.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, oneTime));
        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class, user -> {
            assertThat(user.role()).isEqualTo(Roles.SECRETARY);
            assertThat(user.communityId()).isEqualTo(communityId);
        });
    }

    @Test
    void a_taken_username_creates_no_community_either() {
        String name = "重名社区-" + System.nanoTime();
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(CommunitiesAdminView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("new-community-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("new-community-secretary")), "admin");
        _click(_get(Button.class, spec -> spec.withId("new-community-create")));

        assertThat(ctx.getBean(CommunityRepository.class).findByName(name)).isEmpty();
    }

    @Test
    void the_new_community_form_wraps_on_a_phone_instead_of_running_off_the_screen() {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(CommunitiesAdminView.class);

        // Two fields and the button are wider than 360 px: the row wraps, the button stays in reach.
        assertThat(_get(Button.class, spec -> spec.withId("new-community-create")).getParent()).get()
                .isInstanceOfSatisfying(HorizontalLayout.class,
                        row -> assertThat(row.isWrap()).isTrue());
    }
}
