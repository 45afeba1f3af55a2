package org.shouwang.roster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface RosterRepository extends JpaRepository<Roster, Long> {

    List<Roster> findByCommunityIdOrderByFirstDateDesc(Long communityId);

    Optional<Roster> findFirstByCommunityIdAndFirstDateAndLastDateOrderByIdDesc(Long communityId, LocalDate firstDate,
                                                                                 LocalDate lastDate);

}
