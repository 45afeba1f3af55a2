package org.shouwang.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password must be. Length is what protects a password (throttling does the rest), so there
 * are no composition rules. The upper bound is bcrypt's: it reads at most 72 bytes, and Spring's
 * encoder refuses longer input rather than silently ignoring the tail - 72 letters and digits, or 24
 * Chinese characters.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** The translation key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("security.password.too-short");
        }
        if (tooLong(password)) {
            return Optional.of("security.password.too-long");
        }
        if (password.isBlank()) {
            return Optional.of("security.password.blank");
        }
        return Optional.empty();
    }

    /** Throws {@link WeakPasswordException} with the broken rule's translation key. */
    public static void check(String password) {
        violation(password).ifPresent(key -> {
            throw new WeakPasswordException(key);
        });
    }

    static boolean tooLong(CharSequence password) {
        return password.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
