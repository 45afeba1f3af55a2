package org.shouwang.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A device that signs its owner in without a password ("remember me on this device"): Spring Security's
 * persistent remember-me series. The cookie carries the series and a token; the token changes at every
 * use, and only its hash is kept here. Not an {@code AbstractEntity}: the series is its key, and rows are
 * only ever replaced, never edited by two people.
 */
@Entity
@Table(name = "remembered_login")
class RememberedLogin {

    @Id
    @Column(length = 64)
    private String series;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** The token before the last rotation, accepted for a short while (see {@link RememberedLogins}). */
    @Column(name = "previous_token_hash", length = 64)
    private String previousTokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used", nullable = false)
    private Instant lastUsed;

    protected RememberedLogin() {
    }

    RememberedLogin(String series, String username, String tokenHash, Instant createdAt) {
        this.series = series;
        this.username = username;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.lastUsed = createdAt;
    }

    String getSeries() {
        return series;
    }

    String getUsername() {
        return username;
    }

    String getTokenHash() {
        return tokenHash;
    }

    String getPreviousTokenHash() {
        return previousTokenHash;
    }

    Instant getLastUsed() {
        return lastUsed;
    }

    /** The token of the cookie just sent out replaces the one that came in. */
    void rotate(String newTokenHash, Instant at) {
        this.previousTokenHash = tokenHash;
        this.tokenHash = newTokenHash;
        this.lastUsed = at;
    }
}
