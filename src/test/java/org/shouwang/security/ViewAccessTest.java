package org.shouwang.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.security.ui.LoginView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ViewAccessTest extends KaribuTest {

    @Test
    void an_anonymous_visitor_of_a_protected_view_lands_on_the_login_view() {
        UI.getCurrent().navigate(SecretaryOnlyTestView.class);

        assertThat(currentView()).get().isInstanceOf(LoginView.class);
    }

    @Test
    void a_volunteer_is_refused_a_secretary_view() {
        login(Roles.VOLUNTEER, 1L, 1L);

        assertThat(canNavigate(SecretaryOnlyTestView.class)).isFalse();
    }

    @Test
    void a_secretary_opens_a_secretary_view_and_sees_the_sign_out_button() {
        login(Roles.SECRETARY, 1L, null);

        assertThat(canNavigate(SecretaryOnlyTestView.class)).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).isVisible()).isTrue();
    }

    @Test
    void an_anonymous_visitor_sees_no_sign_out_button() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_find(Button.class, spec -> spec.withId("sign-out"))).isEmpty();
    }
}
