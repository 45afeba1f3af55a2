package org.shouwang.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.ui.DemoBanner;
import org.springframework.security.web.WebAttributes;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    @Test
    void a_wait_under_a_minute_is_said_in_seconds_and_a_longer_one_in_whole_minutes_rounded_up() {
        assertThat(blockedMessage(Duration.ofSeconds(1))).isEqualTo("登录失败次数过多，请 1 秒后再试。");
        assertThat(blockedMessage(Duration.ofMillis(59_400))).isEqualTo("登录失败次数过多，请 1 分钟后再试。");
        assertThat(blockedMessage(Duration.ofSeconds(61))).isEqualTo("登录失败次数过多，请 2 分钟后再试。");
        assertThat(blockedMessage(Duration.ofMinutes(15))).isEqualTo("登录失败次数过多，请 15 分钟后再试。");
    }

    @Test
    void a_sign_in_posted_from_an_expired_page_says_so() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("expired", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form)).isEqualTo("登录页面已过期，请重新登录。");
    }

    @Test
    void without_demo_data_the_sign_in_page_shows_no_demo_banner() {
        UI.getCurrent().navigate("login");

        assertThat(_find(Span.class, spec -> spec.withId(DemoBanner.ID))).isEmpty();
    }

    private static String blockedMessage(Duration wait) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginBlockedException(wait));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        return errorMessage(_get(LoginForm.class));
    }

    /** The error message the form shows (its texts travel to the browser as one JSON property). */
    private static String errorMessage(LoginForm form) {
        String i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        Matcher message = Pattern.compile("\"errorMessage\":\\{[^}]*\"message\":\"([^\"]*)\"").matcher(i18n);
        assertThat(message.find()).as(i18n).isTrue();
        return message.group(1);
    }
}
