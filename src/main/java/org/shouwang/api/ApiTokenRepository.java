package org.shouwang.api;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** A token that is not revoked, by the hash of its secret. */
    @Query("select t from ApiToken t where t.tokenHash = :hash and t.revokedAt is null")
    Optional<ApiToken> findActive(String hash);

    /** The community's tokens that are not revoked, the newest first. */
    @Query("select t from ApiToken t where t.community.id = :communityId and t.revokedAt is null order by t.createdAt desc, t.id desc")
    List<ApiToken> findActiveOf(long communityId);

    /** Notes the token's use unless it was noted after {@code since}; keeps the version (see the service). */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)")
    int markUsed(long id, LocalDateTime now, LocalDateTime since);
}
