package org.shouwang.roster;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /** The seats of a window of the timeline: shifts starting from {@code from} until before {@code until}. */
    @EntityGraph(attributePaths = {"post", "post.compound", "volunteer", "publishedVolunteer"})
    @Query("""
            select a from Assignment a where a.roster.id = :rosterId and a.startsAt >= :from and a.startsAt < :until
            order by a.post.code, a.startsAt, a.seat""")
    List<Assignment> findWindow(long rosterId, LocalDateTime from, LocalDateTime until);

    /** One volunteer's seats in a window of the timeline, by start. */
    @EntityGraph(attributePaths = {"post", "post.compound", "volunteer", "publishedVolunteer"})
    @Query("""
            select a from Assignment a where a.roster.id = :rosterId and a.volunteer.id = :volunteerId
              and a.startsAt >= :from and a.startsAt < :until
            order by a.startsAt""")
    List<Assignment> findDuties(long rosterId, long volunteerId, LocalDateTime from, LocalDateTime until);

    /** The first and last shift start of a timeline; both {@code null} when it has no seat. */
    @Query("select min(a.startsAt), max(a.startsAt) from Assignment a where a.roster.id = :rosterId")
    List<Object[]> findSpan(long rosterId);

    /** One seat with what an edit checks: its roster, post and compound. */
    @EntityGraph(attributePaths = {"roster", "post", "post.compound", "volunteer"})
    @Query("select a from Assignment a where a.id = :id")
    Optional<Assignment> findAssignment(Long id);

    /** One seat with everything it shows: roster, post, compound and both volunteers. */
    @EntityGraph(attributePaths = {"roster", "post", "post.compound", "volunteer", "publishedVolunteer"})
    @Query("select a from Assignment a where a.id = :id")
    Optional<Assignment> findSeat(Long id);
}
