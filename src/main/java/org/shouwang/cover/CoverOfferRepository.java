package org.shouwang.cover;

import jakarta.persistence.LockModeType;
import org.shouwang.volunteer.Volunteer;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CoverOfferRepository extends JpaRepository<CoverOffer, Long> {

    /**
     * The offer, its row locked until the transaction ends: whoever takes it first holds the lock, and the
     * next one reads it taken.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from CoverOffer o where o.id = :id")
    Optional<CoverOffer> lockById(long id);

    /**
     * The volunteer, their row locked until the transaction ends: two takes of one volunteer run one after
     * the other, so the second sees the first's duty when it checks the rules.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Volunteer v where v.id = :id")
    Optional<Volunteer> lockVolunteer(long id);

    /** The live offer of a seat, if any. */
    @Query("""
            select o from CoverOffer o join fetch o.seat s join fetch s.post p join fetch p.compound
            left join fetch s.volunteer left join fetch s.publishedVolunteer
            left join fetch o.giver where o.liveAssignmentId = :assignmentId""")
    Optional<CoverOffer> findLive(long assignmentId);

    /** The live offers of these seats, with who holds each seat and who gave it. */
    @Query("""
            select o from CoverOffer o join fetch o.seat s left join fetch s.volunteer left join fetch s.publishedVolunteer
            left join fetch o.giver where o.liveAssignmentId in :assignmentIds""")
    List<CoverOffer> findLiveOf(Collection<Long> assignmentIds);

    /** Which of these seats are held by the volunteer who took them from an offer. */
    @Query("""
            select o.seat.id from CoverOffer o
            where o.seat.id in :assignmentIds and o.state = org.shouwang.cover.CoverOffer.State.TAKEN
              and o.taker = o.seat.volunteer""")
    List<Long> findTakenAndHeld(Collection<Long> assignmentIds);

    /** The open offers of a community made to the volunteer whose shifts have not started, by start. */
    @Query("""
            select o from CoverOffer o join fetch o.seat s join fetch s.post p join fetch p.compound
            left join fetch s.roster left join fetch s.volunteer left join fetch s.publishedVolunteer
            where o.communityId = :communityId and o.state = org.shouwang.cover.CoverOffer.State.OPEN
              and s.startsAt > :now and :volunteerId member of o.recipientIds
            order by s.startsAt, p.code, s.seat""")
    List<CoverOffer> findOpenFor(long communityId, long volunteerId, LocalDateTime now);

    /**
     * A community's offers whose shifts have not started or that were made since {@code since}, by start,
     * with what the secretary's list shows.
     */
    @Query("""
            select o from CoverOffer o join fetch o.seat s join fetch s.post p join fetch p.compound
            left join fetch s.volunteer left join fetch s.publishedVolunteer
            left join fetch o.giver left join fetch o.taker left join fetch o.recipientIds
            where o.communityId = :communityId and (s.startsAt > :now or o.createdAt >= :since)
            order by s.startsAt, p.code, s.seat, o.id""")
    List<CoverOffer> findRecent(long communityId, LocalDateTime now, LocalDateTime since);

    /** The volunteer's live give-backs (and seats offered while they are absent). */
    @Query("""
            select o from CoverOffer o join fetch o.seat s join fetch s.post p join fetch p.compound
            left join fetch s.volunteer left join fetch s.publishedVolunteer left join fetch o.giver
            where o.giver.id = :volunteerId and o.liveAssignmentId is not null""")
    List<CoverOffer> findLiveGivenBy(long volunteerId);

    /** Names of volunteers by id: who an offer went to. */
    @Query("select v.id, v.name from Volunteer v where v.id in :ids")
    List<Object[]> findNames(Collection<Long> ids);
}
