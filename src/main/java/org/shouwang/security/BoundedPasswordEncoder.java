package org.shouwang.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.Semaphore;

/**
 * Lets at most as many password hashes run at once as there are processors. bcrypt is pure CPU (about
 * 0.1 s each): when a shift's volunteers sign in together, thirty request threads hashing at once leave no
 * processor for the requests that hold a database connection, the pool runs dry and pages fail. Queued
 * sign-ins wait here, parked, while everything else goes on; they finish no later than before.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("at least one password check must be able to run");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(parallel, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        permits.acquireUninterruptibly();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        permits.acquireUninterruptibly();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
