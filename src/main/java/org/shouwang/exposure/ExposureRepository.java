package org.shouwang.exposure;

import org.shouwang.roster.Assignment;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDateTime;
import java.util.List;

/** The published seats an exposure list is built from, read in one query. */
interface ExposureRepository extends Repository<Assignment, Long> {

    /**
     * The published, filled seats of the community's timeline that overlap the span, with post, compound
     * and who was published for them (who actually stood there).
     */
    @Query("""
            select a from Assignment a join fetch a.post p join fetch p.compound c join fetch a.publishedVolunteer v
            where c.community.id = :communityId and a.startsAt < :to and a.endsAt > :from""")
    List<Assignment> findPublishedSeats(long communityId, LocalDateTime from, LocalDateTime to);
}
