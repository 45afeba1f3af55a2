package org.shouwang.security;

import org.shouwang.base.Roles;
import org.shouwang.base.SystemAccess;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/** {@link SystemAccess} through a district admin's principal in the security context of the current thread. */
@Component
class SecurityContextSystemAccess implements SystemAccess {

    /** No stored account has id 0 (identity columns start at 1). */
    private static final SignedInUser SYSTEM = new SignedInUser(0, "system", "", Roles.DISTRICT_ADMIN, null, null);

    @Override
    public <T> T asSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            if (previous.getAuthentication() == null) {
                SecurityContextHolder.clearContext();
            } else {
                SecurityContextHolder.setContext(previous);
            }
        }
    }
}
