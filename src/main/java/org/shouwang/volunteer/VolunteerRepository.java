package org.shouwang.volunteer;

import org.shouwang.plan.VolunteerRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface VolunteerRepository extends JpaRepository<Volunteer, Long>, JpaSpecificationExecutor<Volunteer> {

    List<Volunteer> findByCommunityIdOrderByCode(Long communityId);

    boolean existsByCommunityIdAndCode(Long communityId, String code);

    Optional<Volunteer> findByCommunityIdAndCode(Long communityId, String code);

    /** The volunteer of the community with this phone ({@link Phones#key} spelling), if any. */
    Optional<Volunteer> findByCommunityIdAndPhoneKey(Long communityId, String phoneKey);

    long countByCommunityId(Long communityId);

    long countByHomeId(Long compoundId);

    List<Volunteer> findByCommunityIdAndRole(Long communityId, VolunteerRole role);

    /** A page of the grid with each row's home compound fetched in the same query. */
    @Override
    @EntityGraph(attributePaths = "home")
    Page<Volunteer> findAll(Specification<Volunteer> spec, Pageable pageable);

    /** The skills of the given volunteers, as (volunteer id, skill) pairs: one query for a whole grid page. */
    @Query("select v.id, s from Volunteer v join v.skills s where v.id in :ids")
    List<Object[]> skillsOf(Collection<Long> ids);

    /** Which of the given volunteers are absent at the moment. */
    @Query("select distinct v.id from Volunteer v join v.absences a where v.id in :ids and a.startsAt <= :now and a.endsAt > :now")
    List<Long> absentAt(Collection<Long> ids, LocalDateTime now);

    @Query("select distinct s from Volunteer v join v.skills s where v.community.id = :communityId order by s")
    List<String> skillsInCommunity(Long communityId);
}
