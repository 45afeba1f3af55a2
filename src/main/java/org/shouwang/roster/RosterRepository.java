package org.shouwang.roster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface RosterRepository extends JpaRepository<Roster, Long> {

    /** The community's timeline, if it has one yet. */
    Optional<Roster> findByCommunityId(Long communityId);
}
