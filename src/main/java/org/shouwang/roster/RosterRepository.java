package org.shouwang.roster;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface RosterRepository extends JpaRepository<Roster, Long> {

    List<Roster> findByCommunityIdOrderByFirstDateDesc(Long communityId);

    Optional<Roster> findFirstByCommunityIdAndFirstDateAndLastDateOrderByIdDesc(Long communityId, LocalDate firstDate,
                                                                                 LocalDate lastDate);

    /**
     * The score is derived from the seats, not edited: writing it must not make two people who edit
     * different seats of one roster conflict over the roster's version.
     */
    @Modifying(flushAutomatically = true)
    @Query("update Roster r set r.score = :score where r.id = :rosterId")
    void updateScore(Long rosterId, String score);
}
