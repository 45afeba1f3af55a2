package org.shouwang.roster;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @EntityGraph(attributePaths = {"post", "post.compound", "volunteer", "publishedVolunteer"})
    List<Assignment> findByRosterIdOrderByPostCodeAscStartsAtAscSeatAsc(Long rosterId);

    @EntityGraph(attributePaths = {"post", "post.compound", "volunteer", "publishedVolunteer"})
    List<Assignment> findByRosterIdAndVolunteerIdOrderByStartsAt(Long rosterId, Long volunteerId);

    /** One seat with what an edit checks: its roster, post and compound. */
    @EntityGraph(attributePaths = {"roster", "post", "post.compound", "volunteer"})
    @Query("select a from Assignment a where a.id = :id")
    Optional<Assignment> findAssignment(Long id);

    /** One seat with everything it shows: roster, post, compound and both volunteers. */
    @EntityGraph(attributePaths = {"roster", "post", "post.compound", "volunteer", "publishedVolunteer"})
    @Query("select a from Assignment a where a.id = :id")
    Optional<Assignment> findSeat(Long id);
}
