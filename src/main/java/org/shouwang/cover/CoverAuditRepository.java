package org.shouwang.cover;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CoverAuditRepository extends JpaRepository<CoverAudit, Long> {

    List<CoverAudit> findByAssignmentIdOrderByHappenedAtAscIdAsc(long assignmentId);
}
