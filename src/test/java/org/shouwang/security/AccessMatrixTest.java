package org.shouwang.security;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every route of the app against every role, anonymous included: navigation succeeds exactly when the
 * view's access annotation admits the role. Routes are discovered, so views added later are covered too.
 */
class AccessMatrixTest extends KaribuTest {

    /** null stands for "not signed in". */
    private static final List<String> ROLES = Arrays.asList(null, Roles.VOLUNTEER, Roles.COMMITTEE, Roles.SECRETARY,
            Roles.DISTRICT_ADMIN);

    /** The views; Karibu's discovery also lists the {@code @Layout}s, which are no navigation targets. */
    static List<Class<? extends Component>> routes() {
        return new Routes().autoDiscoverViews("org.shouwang").getRoutes().stream()
                .filter(view -> view.isAnnotationPresent(Route.class))
                .sorted(Comparator.comparing(Class::getName)).toList();
    }

    @Test
    void every_route_has_an_access_annotation() {
        List<String> unannotated = routes().stream()
                .filter(view -> Stream.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class)
                        .noneMatch(view::isAnnotationPresent))
                .map(Class::getName).toList();

        assertThat(unannotated).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> every_role_opens_exactly_the_views_its_annotation_allows() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        Volunteer volunteer = fixtures.volunteer(community, VolunteerRole.COMMITTEE);
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<? extends Component> view : routes()) {
            for (String role : ROLES) {
                boolean expected = allows(view, role);
                tests.add(dynamicTest(view.getName() + " as " + (role == null ? "anonymous" : role), () -> {
                    visitAs(role, community.getId(), volunteer.getId());
                    assertThat(opens(view)).as("%s may open %s", role, view.getName()).isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }

    /** Vaadin's precedence: DenyAll, then AnonymousAllowed, then RolesAllowed, then PermitAll. */
    static boolean allows(Class<?> view, String role) {
        if (view.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        if (role == null) {
            return false;
        }
        RolesAllowed rolesAllowed = view.getAnnotation(RolesAllowed.class);
        if (rolesAllowed != null) {
            return Arrays.asList(rolesAllowed.value()).contains(role);
        }
        return view.isAnnotationPresent(PermitAll.class);
    }

    /**
     * Navigates there (a route parameter gets a made-up value) and tells whether the view opened. A
     * view that fails on its own after access control let the user in counts as opened; a denial is
     * Vaadin's access denied, a service's refusal, or ending up on another view (the login page, or the
     * error view Vaadin falls back to).
     */
    private boolean opens(Class<? extends Component> view) {
        String template = RouteConfiguration.forApplicationScope().getTemplate(view).orElseThrow();
        String url = template.replaceAll(":[^/]+", "0");
        try {
            UI.getCurrent().navigate(url);
        } catch (RuntimeException failure) {
            return !isDenial(failure);
        }
        return currentView().filter(view::isInstance).isPresent();
    }

    private static boolean isDenial(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MockAccessDeniedException || t instanceof com.vaadin.flow.router.AccessDeniedException
                    || t instanceof org.springframework.security.access.AccessDeniedException) {
                return true;
            }
        }
        return false;
    }
}
