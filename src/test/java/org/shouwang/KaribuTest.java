package org.shouwang;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.shouwang.base.Roles;
import org.shouwang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.security.Principal;

/**
 * Base class of the browserless UI tests: a mocked Vaadin UI inside the Spring context, with every
 * {@code @Route} of the app, and a signed-in user whose role Vaadin's view access control sees exactly
 * as in production. Nobody is signed in until a test calls {@link #login}.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    /** All routes of the app (and of the tests), discovered once: scanning takes a moment. */
    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.shouwang");

    @Autowired
    protected ApplicationContext ctx;

    @BeforeEach
    void setUpVaadin() {
        // Spring's security filter is what normally wraps the request so that it reports the signed-in
        // user; there is no filter here, so the fake request asks the security context itself.
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return authentication();
            }

            @Override
            public String getRemoteUser() {
                Authentication authentication = authentication();
                return authentication == null ? null : authentication.getName();
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication authentication = authentication();
                return authentication != null && authentication.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
            }
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestUsers.signOut();
    }

    /**
     * Signs in a made-up account of that role, community and volunteer, in a fresh session so that
     * everything session-scoped starts from this user.
     */
    protected SignedInUser login(String role, Long communityId, Long volunteerId) {
        return login(TestUsers.signIn(role, communityId, volunteerId));
    }

    /** Signs in this principal (e.g. of a stored account), in a fresh session. */
    protected SignedInUser login(SignedInUser user) {
        TestUsers.signIn(user);
        restartSession();
        return user;
    }

    /**
     * Signs in as someone of that role, or signs out for {@code null}: a district admin of no community,
     * anyone else of this community, volunteers and committee members as this volunteer.
     */
    protected void visitAs(String role, Long communityId, Long volunteerId) {
        if (role == null) {
            logout();
            return;
        }
        boolean member = Roles.VOLUNTEER.equals(role) || Roles.COMMITTEE.equals(role);
        login(role, Roles.DISTRICT_ADMIN.equals(role) ? null : communityId, member ? volunteerId : null);
    }

    /** Signs out, with a fresh session as after the sign-out button. */
    protected void logout() {
        TestUsers.signOut();
        restartSession();
    }

    private void restartSession() {
        MockVaadin.tearDown();
        setUpVaadin();
    }

    /**
     * Navigates to the view and tells whether it opened. Karibu turns a denied or rerouted navigation
     * into an exception or into another view; both count as "no".
     */
    protected boolean canNavigate(Class<? extends Component> view) {
        try {
            UI.getCurrent().navigate(view);
        } catch (RuntimeException refused) {
            return false;
        }
        return currentView().filter(view::isInstance).isPresent();
    }

    /** The view (the innermost route target) the UI shows now. */
    protected java.util.Optional<Component> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .findFirst().map(Component.class::cast);
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? null : authentication;
    }
}
