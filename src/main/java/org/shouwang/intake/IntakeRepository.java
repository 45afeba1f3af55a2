package org.shouwang.intake;

import org.shouwang.volunteer.Volunteer;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/**
 * The reads of a whole community's volunteers at once, with their collections as separate flat queries:
 * a sheet of 10,000 people must not cost 10,000 lazy loads.
 */
interface IntakeRepository extends Repository<Volunteer, Long> {

    @Query("select v from Volunteer v left join fetch v.home where v.community.id = :communityId order by v.code")
    List<Volunteer> findVolunteers(long communityId);

    /** (volunteer id, skill) pairs. */
    @Query("select v.id, s from Volunteer v join v.skills s where v.community.id = :communityId")
    List<Object[]> findSkills(long communityId);

    /** (volunteer id, position, window) triples of the available windows. */
    @Query("select v.id, index(w), w from Volunteer v join v.available w where v.community.id = :communityId")
    List<Object[]> findAvailable(long communityId);

    /** (volunteer id, position, window) triples of the preferred windows. */
    @Query("select v.id, index(w), w from Volunteer v join v.preferred w where v.community.id = :communityId")
    List<Object[]> findPreferred(long communityId);

    /**
     * The skills the community knows: those its volunteers have and those its staffing needs ask for
     * (the demand feature's table, read by name only: intake does not depend on demand's code).
     */
    @Query("""
            select distinct s from Volunteer v join v.skills s where v.community.id = :communityId
            union
            select distinct k.skill from Demand d join d.skills k where d.post.compound.community.id = :communityId""")
    List<String> findKnownSkills(long communityId);
}
