package org.shouwang.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shouwang.base.AbstractEntity;

import java.time.Instant;

/**
 * A sign-in account. Community and volunteer are plain ids: the principal carries them into every
 * access check, and an account never needs the entities themselves.
 */
@Entity
@Table(name = "account")
public class Account extends AbstractEntity {

    @NotBlank
    @Size(max = 64)
    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 120)
    private String passwordHash;

    @Column(nullable = false, length = 20)
    private String role;

    @Column(name = "community_id")
    private Long communityId;

    @Column(name = "volunteer_id")
    private Long volunteerId;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected Account() {
    }

    Account(String username, String passwordHash, String role, Long communityId, Long volunteerId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.communityId = communityId;
        this.volunteerId = volunteerId;
    }

    /** The principal for the security context: no entity travels into the session. */
    SignedInUser toSignedInUser() {
        return new SignedInUser(getId(), username, passwordHash, role, communityId, volunteerId);
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getRole() {
        return role;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public Long getVolunteerId() {
        return volunteerId;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /** A new password hash; {@code mustChange} when someone else chose it (a one-time password). */
    void setPassword(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }
}
