package org.shouwang.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.shouwang.base.AbstractEntity;
import org.shouwang.community.Community;

import java.time.LocalDateTime;

/**
 * A credential of another system for one community's HTTP API. Only the hash of the token is kept (see
 * {@link ApiTokenService#hash}); a revoked token stays as the record of who revoked it and when.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private Community community;

    @Column(nullable = false, length = 60)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApiScope scope;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    ApiToken(Community community, String name, ApiScope scope, String tokenHash, String createdBy,
             LocalDateTime createdAt) {
        this.community = community;
        this.name = name;
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Community getCommunity() {
        return community;
    }

    String getName() {
        return name;
    }

    ApiScope getScope() {
        return scope;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    void revoke(String by, LocalDateTime at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }

    ApiTokenRow toRow() {
        return new ApiTokenRow(getId(), name, scope, createdBy, createdAt, lastUsedAt);
    }
}
