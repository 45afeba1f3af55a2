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
import jakarta.servlet.ServletException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Every route of the app, and the HTTP endpoints outside Vaadin's routing, against every role, anonymous
 * included. The expected access is written out below, not read from the views' annotations: a view
 * whose annotation is loosened (say {@code @PermitAll} on the accounts page) fails here. A route that
 * is not in the table fails too, so a new view must be entered with the roles it is meant for.
 */
class AccessMatrixTest extends KaribuTest {

    /** null stands for "not signed in". */
    private static final List<String> ROLES = Arrays.asList(null, Roles.VOLUNTEER, Roles.COMMITTEE, Roles.SECRETARY,
            Roles.DISTRICT_ADMIN);

    private static final String A = "anonymous";
    private static final String V = Roles.VOLUNTEER;
    private static final String C = Roles.COMMITTEE;
    private static final String S = Roles.SECRETARY;
    private static final String D = Roles.DISTRICT_ADMIN;

    /** Route path → who may open it. */
    private static final Map<String, Set<String>> VIEWS = Map.ofEntries(
            Map.entry("", Set.of(C, S, D)),                        // overview
            Map.entry("planner", Set.of(C, S, D)),
            Map.entry("cover", Set.of(C, S, D)),                   // call for cover: offers, give-backs
            Map.entry("coverage", Set.of(C)),
            Map.entry("compounds", Set.of(C, S, D)),
            Map.entry("demand", Set.of(C, S, D)),
            Map.entry("volunteers", Set.of(C, S, D)),
            Map.entry("my", Set.of(V, C)),                         // My duties
            Map.entry("exchange", Set.of(S, D)),                   // import / export
            Map.entry("volunteers/import", Set.of(S, D)),          // volunteers from Excel
            Map.entry("supplies", Set.of(C, S, D)),                // committee members read the forecast
            Map.entry("exposure", Set.of(S, D)),                   // contact tracing
            Map.entry("accounts", Set.of(S, D)),
            Map.entry("settings", Set.of(S, D)),                   // community settings: the rules' weights
            Map.entry("admin/communities", Set.of(D)),
            Map.entry("password", Set.of(V, C, S, D)),
            Map.entry("login", Set.of(A, V, C, S, D)),
            Map.entry("test-secretary-only", Set.of(S)));          // a test view

    /**
     * HTTP endpoints (method and path) → who gets past the security filter to the handler. The calendar
     * feed is for calendar apps, which cannot sign in (the token in the URL is the credential);
     * downloads (gate sheets, exports) are Vaadin resources of a signed-in session.
     */
    private static final Map<String, Set<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("GET /calendar/" + "A".repeat(43) + ".ics", Set.of(A, V, C, S, D)),
            Map.entry("HEAD /calendar/" + "A".repeat(43) + ".ics", Set.of(A, V, C, S, D)),
            Map.entry("GET /VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/sheets.xlsx",
                    Set.of(V, C, S, D)),
            Map.entry("GET /VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/community.json",
                    Set.of(V, C, S, D)),
            // The HTTP API takes a community's token, never a signed-in session (ApiAccessTest covers the
            // tokens); its description is open to anyone.
            Map.entry("GET /api/v1/communities/1/plan", Set.of()),
            Map.entry("PUT /api/v1/communities/1/plan", Set.of()),
            Map.entry("GET /api/v1/communities/1/roster?from=2020-02-03&to=2020-02-03", Set.of()),
            Map.entry("GET /api/v1/communities/1/volunteers/V0001/duties", Set.of()),
            Map.entry("GET /api/v1/communities/1/assignments/1", Set.of()),
            Map.entry("PUT /api/v1/communities/1/assignments/1", Set.of()),
            Map.entry("GET /api/docs", Set.of(A, V, C, S, D)),
            Map.entry("GET /api/docs/openapi.json", Set.of(A, V, C, S, D)));

    @Autowired
    WebApplicationContext web;

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

    @Test
    void every_route_is_in_the_table_and_every_row_of_the_table_is_a_route() {
        List<String> paths = routes().stream()
                .map(view -> RouteConfiguration.forApplicationScope().getTemplate(view).orElseThrow()).toList();

        assertThat(paths).containsExactlyInAnyOrderElementsOf(VIEWS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> every_role_opens_exactly_the_views_the_table_allows() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        Community community = fixtures.community();
        Volunteer volunteer = fixtures.volunteer(community, VolunteerRole.COMMITTEE);
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Set<String>> row : new TreeMap<>(VIEWS).entrySet()) {
            for (String role : ROLES) {
                boolean expected = row.getValue().contains(role == null ? A : role);
                tests.add(dynamicTest("/" + row.getKey() + " as " + (role == null ? A : role), () -> {
                    visitAs(role, community.getId(), volunteer.getId());
                    assertThat(opens(row.getKey())).as("%s may open /%s", role, row.getKey()).isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> every_role_reaches_exactly_the_endpoints_the_table_allows() {
        MockMvc http = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Set<String>> row : new TreeMap<>(ENDPOINTS).entrySet()) {
            String[] methodAndPath = row.getKey().split(" ", 2);
            for (String role : ROLES) {
                boolean expected = row.getValue().contains(role == null ? A : role);
                tests.add(dynamicTest(row.getKey() + " as " + (role == null ? A : role), () -> {
                    MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                            .request(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1]);
                    if (role != null) {
                        request.with(user("matrix-" + role).roles(role));
                    }
                    boolean reached;
                    String outcome;
                    try {
                        MockHttpServletResponse response = http.perform(request).andReturn().getResponse();
                        reached = response.getStatus() != 401 && response.getStatus() != 403
                                && !(response.getStatus() == 302
                                && String.valueOf(response.getRedirectedUrl()).contains("login"));
                        outcome = response.getStatus() + " " + response.getRedirectedUrl();
                    } catch (ServletException forwarded) {
                        // Past security Spring hands Vaadin's resources to Vaadin's servlet, which MockMvc lacks.
                        assertThat(forwarded).hasMessageContaining("springServlet");
                        reached = true;
                        outcome = "forwarded to Vaadin";
                    }
                    assertThat(reached).as("%s reaches %s (%s)", role, row.getKey(), outcome).isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }

    /** Whether the table lets this role (null: not signed in) open this view; needs a running Vaadin. */
    static boolean allows(Class<? extends Component> view, String role) {
        String path = RouteConfiguration.forApplicationScope().getTemplate(view).orElseThrow();
        return VIEWS.getOrDefault(path, Set.of()).contains(role == null ? A : role);
    }

    /**
     * Navigates there and tells whether the route's view opened. A view that fails on its own after
     * access control let the user in counts as opened; a denial is Vaadin's access denied, a service's
     * refusal, or ending up on another view (the login page, or the error view Vaadin falls back to).
     */
    private boolean opens(String path) {
        Class<? extends Component> view = RouteConfiguration.forApplicationScope().getRoute(path).orElseThrow();
        try {
            UI.getCurrent().navigate(path);
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
