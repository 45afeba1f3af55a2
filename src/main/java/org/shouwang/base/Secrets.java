package org.shouwang.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets that stand for a person or a system (a calendar link, an API token), and the hash that
 * is stored instead of them.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 32 random bytes (256 bits) in base64url without padding: 43 characters. */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The SHA-256 of a secret, in hex: what is stored. Not bcrypt as for passwords: a secret of
     * {@link #random()} has 256 random bits, so there is no dictionary to try and a slow hash would protect
     * nothing while costing every request its time; an unsalted hash also lets a secret be found by an
     * index on its hash.
     */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
