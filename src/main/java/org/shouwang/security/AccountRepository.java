package org.shouwang.security;

import org.shouwang.volunteer.Volunteer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

import java.util.List;
import java.util.Optional;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    /**
     * The volunteers of a community with their accounts and remembered devices, one query for a page of
     * the grid. Unless
     * {@code everyone}, only those whose name contains {@code name} or, when {@code byPhone}, whose phone
     * number without spaces and dashes contains {@code phone} (both LIKE patterns, escaped with a backslash).
     */
    @Query(value = """
            select new org.shouwang.security.AccountRow(v.id, v.code, v.name, v.phone, v.role,
                a.id, a.username, a.mustChangePassword, a.failedAttempts, a.lockedUntil,
                (select count(r) from RememberedLogin r where r.username = a.username))
            from Volunteer v left join Account a on a.volunteerId = v.id
            where v.community.id = :communityId
              and (:everyone = true or lower(v.name) like :name escape '\\'
                   or (:byPhone = true and replace(replace(coalesce(v.phone, ''), ' ', ''), '-', '') like :phone escape '\\'))
            order by v.code""",
            countQuery = """
            select count(v) from Volunteer v
            where v.community.id = :communityId
              and (:everyone = true or lower(v.name) like :name escape '\\'
                   or (:byPhone = true and replace(replace(coalesce(v.phone, ''), ' ', ''), '-', '') like :phone escape '\\'))""")
    Page<AccountRow> findRows(long communityId, boolean everyone, String name, boolean byPhone, String phone,
                              Pageable pageable);

    /** The volunteers of a community who have no account yet, by code. */
    @Query("""
            select v from Volunteer v
            where v.community.id = :communityId
              and not exists (select a.id from Account a where a.volunteerId = v.id)
            order by v.code""")
    List<Volunteer> findVolunteersWithoutAccount(long communityId);

    boolean existsByUsername(String username);

    Optional<Account> findByVolunteerId(Long volunteerId);

    List<Account> findByCommunityIdAndRole(Long communityId, String role);

    List<Account> findByRoleOrderByUsername(String role);

    /**
     * Sign-in bookkeeping as a bulk update: it must neither fail on nor bump the version that an admin's
     * concurrent edit of the account relies on.
     */
    @Modifying
    @Query("update Account a set a.failedAttempts = :failures, a.lockedUntil = :lockedUntil where a.username = :username")
    int recordFailures(String username, int failures, Instant lockedUntil);
}
