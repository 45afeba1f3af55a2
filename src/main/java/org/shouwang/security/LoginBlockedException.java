package org.shouwang.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * Too many failed sign-ins for this username or from this address: the password is not even checked.
 * Unknown usernames are blocked exactly like real ones, so the block tells nobody that an account exists.
 */
public class LoginBlockedException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginBlockedException(Duration retryAfter) {
        super("Too many failed sign-ins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** How long until the next attempt is accepted (rounded up to whole seconds when shown). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
