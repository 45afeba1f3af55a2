package org.shouwang.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


/**
 * Keeps an account's failed sign-ins in its row, so that the secretary sees them. Unknown usernames
 * have no row; the in-memory throttle covers them alike.
 */
@Component
@Transactional
class SignInRecorder {

    private final AccountRepository accounts;

    SignInRecorder(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * The failures from all addresses. No account-wide lock is stored any more (anyone could have used it
     * to lock anyone out); an older row's lock is cleared with the next count.
     */
    void failed(String username, int failures) {
        accounts.recordFailures(username, failures, null);
    }

    void succeeded(String username) {
        accounts.recordFailures(username, 0, null);
    }
}
