package org.shouwang.base;

import java.util.Optional;

/**
 * Who is calling, for services to check access (views are not the security boundary).
 * Implemented by the security feature from the signed-in account.
 */
public interface CurrentUser {

    /** The signed-in account's role (one of {@link Roles}), or empty when nobody is signed in. */
    Optional<String> role();

    /** The community the account belongs to; empty for a district admin (who may see all). */
    Optional<Long> communityId();

    /** The volunteer record of the account (volunteers and committee members), if any. */
    Optional<Long> volunteerId();

    default boolean hasRole(String role) {
        return role().filter(role::equals).isPresent();
    }

    /**
     * Throws {@link org.springframework.security.access.AccessDeniedException} unless the caller has
     * one of the roles and may act for the community (a district admin may act for every community).
     */
    void requireCommunity(long communityId, String... roles);
}
