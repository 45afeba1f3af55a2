package org.shouwang;

import org.shouwang.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Signs a made-up account in for service tests (only the security context, no web request).
 * Call {@link #signOut()} in {@code @AfterEach}, or the next test on the thread inherits the user.
 */
public final class TestUsers {

    private static final AtomicLong NEXT_ID = new AtomicLong(-1_000_000);

    private TestUsers() {
    }

    /**
     * A signed-in user of that role (a {@link org.shouwang.base.Roles} constant), community (null for a
     * district admin) and volunteer record (null unless a volunteer or committee member).
     */
    public static SignedInUser signIn(String role, Long communityId, Long volunteerId) {
        // Negative ids never collide with a stored account.
        long accountId = NEXT_ID.getAndDecrement();
        return signIn(new SignedInUser(accountId, "test" + (-accountId), "{noop}unused", role, communityId, volunteerId));
    }

    /** Signs this principal in, e.g. one loaded for a stored account. */
    public static SignedInUser signIn(SignedInUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
