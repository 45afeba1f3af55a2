package org.shouwang.security;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.security.ui.ChangePasswordView;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordChangeFlowTest extends KaribuTest {

    @Test
    void a_one_time_password_leads_to_the_password_page_until_a_new_password_is_chosen() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        long communityId = fixtures.community().getId();
        AccountService accountService = ctx.getBean(AccountService.class);
        Account account = accountService.createInitial("otp-" + communityId, "einmal-passwort", true,
                Roles.SECRETARY, communityId, null);
        login(ctx.getBean(AccountUserDetailsService.class).loadUserByUsername(account.getUsername()));

        UI.getCurrent().navigate(SecretaryOnlyTestView.class);
        assertThat(currentView()).get().isInstanceOf(ChangePasswordView.class);
        // The eye buttons are named for screen readers in the page's language, not Vaadin's "Show password".
        for (String id : new String[] {"password-current", "password-new", "password-repeat"}) {
            JsonObject i18n = (JsonObject) _get(PasswordField.class, spec -> spec.withId(id)).getElement().getPropertyRaw("i18n");
            assertThat(i18n.getString("reveal")).as(id).isEqualTo("显示密码");
        }

        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), "einmal-passwort");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "kurz");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "kurz");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-new")).isInvalid()).isTrue();

        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "mein-eigenes-passwort");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "mein-eigenes-passwort");
        _click(_get(Button.class, spec -> spec.withId("password-save")));

        assertThat(canNavigate(SecretaryOnlyTestView.class)).isTrue();
        // The confirmation stands at the bottom: at the top it would cover a phone's menu buttons.
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getPosition()).isEqualTo(Notification.Position.BOTTOM_START));
    }

    @Test
    void a_user_with_an_own_password_is_not_sent_to_the_password_page() {
        login(Roles.SECRETARY, 1L, null);

        assertThat(canNavigate(SecretaryOnlyTestView.class)).isTrue();
    }
}
