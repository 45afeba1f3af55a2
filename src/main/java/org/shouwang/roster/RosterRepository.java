package org.shouwang.roster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface RosterRepository extends JpaRepository<Roster, Long> {

    List<Roster> findByCommunityIdOrderByFirstDateDesc(Long communityId);
}
