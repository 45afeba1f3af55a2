package org.shouwang.security;

import java.security.SecureRandom;

/** Random passwords that someone must read off a screen and type on a phone: no 0/O, 1/l/I. */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 12 characters of 32 kinds: 60 bits, far beyond what throttled sign-ins can guess. */
    static final int LENGTH = 12;

    private OneTimePasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
