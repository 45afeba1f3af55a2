package org.shouwang.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.Community;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The browser tab of every page says what the page is in the user's language: each route (discovered,
 * so views added later are covered) is opened in Chinese and in English by someone it admits.
 */
class PageTitleTest extends KaribuTest {

    /** Who opens a view: the first of these its access annotation admits (null: not signed in). */
    private static final List<String> VISITORS = Arrays.asList(Roles.SECRETARY, Roles.COMMITTEE,
            Roles.VOLUNTEER, Roles.DISTRICT_ADMIN, null);

    @TestFactory
    Stream<DynamicTest> every_view_has_a_title_in_chinese_and_in_english() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        Volunteer member = fixtures.volunteer(community, VolunteerRole.COMMITTEE);
        return AccessMatrixTest.routes().stream()
                .filter(view -> !isTestView(view))
                .map(view -> dynamicTest(view.getSimpleName(), () -> {
                    assertThat(view).as("one mechanism for every title").isAssignableTo(TranslatedTitle.class);
                    assertThat(view.isAnnotationPresent(PageTitle.class)).as("a fixed title").isFalse();
                    String visitor = VISITORS.stream().filter(role -> AccessMatrixTest.allows(view, role))
                            .findFirst().orElseThrow();
                    String chinese = titleOf(view, Translations.CHINESE, visitor, community, member);
                    String english = titleOf(view, Translations.ENGLISH, visitor, community, member);

                    assertThat(chinese).endsWith(" · 守望").containsPattern("\\p{IsHan}.* · ").doesNotContain("!");
                    assertThat(english).endsWith(" · Shouwang").doesNotContainPattern("\\p{IsHan}").doesNotContain("!");
                }));
    }

    private String titleOf(Class<? extends Component> view, Locale locale, String visitor, Community community,
                           Volunteer member) {
        visitAs(visitor, community.getId(), member.getId());
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(RouteConfiguration.forApplicationScope().getTemplate(view).orElseThrow());
        assertThat(currentView()).get().isInstanceOf(view);
        return UI.getCurrent().getInternals().getTitle();
    }

    /** Routes that exist only in the tests (to try the access control) need no title. */
    private static boolean isTestView(Class<?> view) {
        return view.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }
}
