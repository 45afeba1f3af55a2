package org.shouwang.roster;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @EntityGraph(attributePaths = {"post", "post.compound", "volunteer"})
    List<Assignment> findByRosterIdOrderByPostCodeAscStartsAtAscSeatAsc(Long rosterId);
}
