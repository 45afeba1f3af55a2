package org.shouwang.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps an account's failed sign-ins and lock in its row: they survive a restart, and the secretary
 * sees them. Unknown usernames have no row; the in-memory throttle covers them alike.
 */
@Component
@Transactional
class SignInRecorder {

    private final AccountRepository accounts;
    private final Clock clock;

    SignInRecorder(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        return accounts.findByUsername(username)
                .map(Account::getLockedUntil)
                .filter(now::isBefore)
                .map(until -> Duration.between(now, until));
    }

    void failed(String username, int failures, Instant lockedUntil) {
        accounts.recordFailures(username, failures, lockedUntil);
    }

    void succeeded(String username) {
        accounts.recordFailures(username, 0, null);
    }
}
