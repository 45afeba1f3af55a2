package org.shouwang.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Account> findByVolunteerIdIn(Collection<Long> volunteerIds);

    Optional<Account> findByVolunteerId(Long volunteerId);

    List<Account> findByCommunityIdAndRole(Long communityId, String role);
}
