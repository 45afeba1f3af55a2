package org.shouwang.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

interface RememberedLoginRepository extends JpaRepository<RememberedLogin, String> {

    long countByUsername(String username);

    /**
     * Replaces the token of a series if it is still {@code presented} and the device was last used after
     * {@code notBefore}; the replaced hash becomes the previous one. 1 if replaced, else 0.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update RememberedLogin r set r.previousTokenHash = r.tokenHash, r.tokenHash = :newHash, r.lastUsed = :now
            where r.series = :series and r.tokenHash = :presented and r.lastUsed > :notBefore""")
    int rotate(String series, String presented, String newHash, Instant now, Instant notBefore);

    /** Flushes first: the caller may hold a changed account (a new password) that must not be lost. */
    @Modifying(flushAutomatically = true)
    @Query("delete from RememberedLogin r where r.username = :username")
    int deleteByUsername(String username);

    /** Rows of devices that have not come back within the validity: their cookies are refused anyway. */
    @Modifying
    @Query("delete from RememberedLogin r where r.username = :username and r.lastUsed < :before")
    int deleteUnusedSince(String username, Instant before);
}
