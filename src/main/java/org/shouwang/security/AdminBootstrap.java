package org.shouwang.security;

import org.shouwang.base.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first district admin, so that a new installation can be signed in to at all. Its password comes
 * from {@code shouwang.admin.password} (env {@code SHOUWANG_ADMIN_PASSWORD}); without one a random
 * password is logged once and must be changed at the first sign-in. An existing admin is never touched.
 */
@Component
public class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final String username;
    private final String password;

    public AdminBootstrap(AccountRepository accounts, AccountService accountService,
                          @Value("${shouwang.admin.username:admin}") String username,
                          @Value("${shouwang.admin.password:}") String password) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.username = Usernames.normalize(username);
        this.password = password;
    }

    /** Runs before the demo accounts are added beside the admin. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void createAdminIfMissing() {
        if (accounts.existsByUsername(username)) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String initial = generated ? OneTimePasswords.generate() : password;
        if (!generated && PasswordPolicy.violation(initial).isPresent()) {
            throw new IllegalStateException("shouwang.admin.password (SHOUWANG_ADMIN_PASSWORD) must have "
                    + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_BYTES + " bytes");
        }
        accountService.createInitial(username, initial, generated, Roles.DISTRICT_ADMIN, null, null);
        if (generated) {
            log.warn("Created district admin '{}' with the one-time password {} (set SHOUWANG_ADMIN_PASSWORD to choose it)",
                    username, initial);
        } else {
            log.info("Created district admin '{}' with the configured password", username);
        }
    }
}
