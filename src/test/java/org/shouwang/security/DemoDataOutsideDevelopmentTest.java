package org.shouwang.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.ui.DemoBanner;
import org.shouwang.security.ui.ChangePasswordView;
import org.shouwang.security.ui.LoginView;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data switched on explicitly outside development (SHOUWANG_DEMO_DATA=true on a production
 * start): the demo logins exist, but none can be used with the published password beyond changing it,
 * and every page, sign-in included, says the data is not for real use.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-outside-dev;DB_CLOSE_DELAY=-1",
        "shouwang.demo-data=true"})
class DemoDataOutsideDevelopmentTest extends KaribuTest {

    @Test
    void every_demo_login_must_change_the_published_password_and_the_pages_warn() {
        List<Account> demo = ctx.getBean(AccountRepository.class).findAll().stream()
                .filter(a -> a.getCommunityId() != null).toList();
        assertThat(demo).extracting(Account::getUsername).contains("shangyou", "jinguanyi");
        assertThat(demo).allMatch(Account::isMustChangePassword);

        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(Span.class, spec -> spec.withId(DemoBanner.ID)).getText()).isEqualTo("演示数据：不可用于实际排班");

        login(ctx.getBean(AccountUserDetailsService.class).loadUserByUsername("shangyou"));
        UI.getCurrent().navigate(SecretaryOnlyTestView.class);
        assertThat(currentView()).get().isInstanceOf(ChangePasswordView.class);
        assertThat(_get(Span.class, spec -> spec.withId(DemoBanner.ID)).isVisible()).isTrue();
    }
}
