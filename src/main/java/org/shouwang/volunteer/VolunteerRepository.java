package org.shouwang.volunteer;

import org.shouwang.plan.VolunteerRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

    List<Volunteer> findByCommunityIdOrderByCode(Long communityId);

    Optional<Volunteer> findByCommunityIdAndCode(Long communityId, String code);

    long countByCommunityId(Long communityId);

    /** Counts per role of one community, for the overview. */
    @Query("select v.role, count(v) from Volunteer v where v.community.id = :communityId group by v.role")
    List<Object[]> countByRole(Long communityId);

    List<Volunteer> findByCommunityIdAndRole(Long communityId, VolunteerRole role);
}
