package org.shouwang.publish;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDateTime;
import java.util.List;

public interface DutyChangeRepository extends JpaRepository<DutyChange, Long> {

    @EntityGraph(attributePaths = {"post", "post.compound"})
    List<DutyChange> findByVolunteerIdAndChangedAtAfterOrderByStartsAtAsc(Long volunteerId, LocalDateTime after);

    @EntityGraph(attributePaths = {"post", "post.compound"})
    List<DutyChange> findByVolunteerIdOrderByStartsAtAsc(Long volunteerId);
}
