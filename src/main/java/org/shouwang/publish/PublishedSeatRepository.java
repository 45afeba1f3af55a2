package org.shouwang.publish;

import org.shouwang.roster.Assignment;
import org.shouwang.roster.AssignmentRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The queries of publishing and of the volunteers' duties, kept apart from the board's
 * {@link AssignmentRepository}. Every query fetches what its caller shows (no lazy loading per row).
 */
public interface PublishedSeatRepository extends Repository<Assignment, Long> {

    /** A volunteer's published duties that end after {@code after}, by start. */
    @Query("""
            select a from Assignment a join fetch a.post p join fetch p.compound
            where a.publishedVolunteer.id = :volunteerId and a.endsAt > :after
            order by a.startsAt, p.code""")
    List<Assignment> findPublishedDuties(long volunteerId, LocalDateTime after);

    /** Start and end of a volunteer's published duties that ended by {@code now}. */
    @Query("""
            select a.startsAt, a.endsAt from Assignment a
            where a.publishedVolunteer.id = :volunteerId and a.endsAt <= :now""")
    List<Object[]> findServedSpans(long volunteerId, LocalDateTime now);

    /** The published seats of the given rosters and posts starting in a span: the teams of some duties. */
    @Query("""
            select a from Assignment a left join fetch a.publishedVolunteer
            where a.roster.id in :rosterIds and a.post.id in :postIds
              and a.startsAt >= :from and a.startsAt <= :to""")
    List<Assignment> findTeams(Collection<Long> rosterIds, Collection<Long> postIds, LocalDateTime from, LocalDateTime to);

    /** The seats of a window of a timeline with post, compound and both volunteers, for publishing and its diff. */
    @Query("""
            select a from Assignment a join fetch a.post p join fetch p.compound
            left join fetch a.volunteer left join fetch a.publishedVolunteer
            where a.roster.id = :rosterId and a.startsAt >= :from and a.startsAt < :until
            order by a.startsAt, p.code, a.seat""")
    List<Assignment> findSeats(long rosterId, LocalDateTime from, LocalDateTime until);

    /** Seats of a window whose current volunteer is absent during the seat, not yet over at {@code now}. */
    @Query("""
            select a from Assignment a join fetch a.post p join fetch p.compound
            join fetch a.volunteer v left join fetch a.publishedVolunteer
            where a.roster.id = :rosterId and a.startsAt >= :from and a.startsAt < :until and a.endsAt > :now
              and exists (select 1 from Volunteer w join w.absences ab
                          where w = v and ab.startsAt < a.endsAt and ab.endsAt > a.startsAt)
            order by a.startsAt, p.code, a.seat""")
    List<Assignment> findSeatsWithAbsentVolunteer(long rosterId, LocalDateTime from, LocalDateTime until,
                                                  LocalDateTime now);

    /** Seats of a window that were published and are empty now, not yet over at {@code now}. */
    @Query("""
            select a from Assignment a join fetch a.post p join fetch p.compound left join fetch a.publishedVolunteer
            where a.roster.id = :rosterId and a.startsAt >= :from and a.startsAt < :until and a.endsAt > :now
              and a.publishedAt is not null and a.volunteer is null
            order by a.startsAt, p.code, a.seat""")
    List<Assignment> findEmptyPublishedSeats(long rosterId, LocalDateTime from, LocalDateTime until, LocalDateTime now);

    /** Published seats on the given compounds starting in a span, for the committee's coverage. */
    @Query("""
            select a from Assignment a join fetch a.post p join fetch p.compound c
            left join fetch a.publishedVolunteer
            where c.id in :compoundIds and a.publishedAt is not null
              and a.startsAt >= :from and a.startsAt < :to
            order by a.startsAt, p.code, a.seat""")
    List<Assignment> findCoverage(Collection<Long> compoundIds, LocalDateTime from, LocalDateTime to);

    /** Which of the given seats' published volunteers are absent during the seat (their seat is in fact empty). */
    @Query("""
            select a.id from Assignment a join a.publishedVolunteer v join v.absences ab
            where a.id in :assignmentIds and ab.startsAt < a.endsAt and ab.endsAt > a.startsAt""")
    List<Long> findSeatsWithAbsentPublishedVolunteer(Collection<Long> assignmentIds);

    /** The compounds of a community a committee member is responsible for. */
    @Query("select c from Compound c where c.community.id = :communityId and c.ownerId = :ownerId order by c.code")
    List<org.shouwang.community.Compound> findOwnedCompounds(long communityId, long ownerId);

    /** Code and id of a community's volunteers (the plan format names people by code). */
    @Query("select v.code, v.id from Volunteer v where v.community.id = :communityId")
    List<Object[]> findVolunteerIds(long communityId);

    /** The absences of the given volunteers, as (volunteer id, absence) pairs. */
    @Query("select v.id, ab from Volunteer v join v.absences ab where v.id in :volunteerIds")
    List<Object[]> findAbsencesOf(Collection<Long> volunteerIds);

    /** A volunteer's absences (leave, sickness). */
    @Query("select ab from Volunteer v join v.absences ab where v.id = :volunteerId")
    List<org.shouwang.volunteer.Absence> findAbsences(long volunteerId);

    /** The published seats of a community's timeline starting in a span, by start, compound, post and seat. */
    @Query("""
            select a from Assignment a join fetch a.post p join fetch p.compound c
            left join fetch a.publishedVolunteer
            where c.community.id = :communityId and a.publishedAt is not null
              and a.startsAt >= :from and a.startsAt < :until
            order by a.startsAt, c.code, p.code, a.seat""")
    List<Assignment> findPublishedRoster(long communityId, LocalDateTime from, LocalDateTime until);

    /** A volunteer's published duties starting in a span, by start. */
    @Query("""
            select a from Assignment a join fetch a.post p join fetch p.compound join fetch a.publishedVolunteer
            where a.publishedVolunteer.id = :volunteerId and a.publishedAt is not null
              and a.startsAt >= :from and a.startsAt < :until
            order by a.startsAt, p.code""")
    List<Assignment> findPublishedDutiesBetween(long volunteerId, LocalDateTime from, LocalDateTime until);

    /** The community's volunteer with this code, if any. */
    @Query("select v from Volunteer v where v.community.id = :communityId and v.code = :code")
    Optional<org.shouwang.volunteer.Volunteer> findVolunteer(long communityId, String code);

    /**
     * Who holds each published seat of the community that starts in a span, as (post code, start, seat
     * number, volunteer code): the duties volunteers keep to, against which call for cover checks the rules.
     */
    @Query("""
            select p.code, a.startsAt, a.seat, v.code from Assignment a join a.post p join a.publishedVolunteer v
            where p.compound.community.id = :communityId and a.startsAt >= :from and a.startsAt < :until""")
    List<Object[]> findPublishedHolders(long communityId, LocalDateTime from, LocalDateTime until);

    /**
     * Published seats of the community starting in a span that nobody published will serve: empty, or their
     * published volunteer is absent during it; and the draft has not filled them otherwise since.
     */
    @Query("""
            select a from Assignment a join fetch a.post p join fetch p.compound c
            left join fetch a.publishedVolunteer pv left join fetch a.volunteer v
            where c.community.id = :communityId and a.publishedAt is not null
              and a.startsAt >= :from and a.startsAt < :until
              and (v is null or v = pv)
              and (pv is null or exists (select 1 from Volunteer w join w.absences ab
                                         where w = pv and ab.startsAt < a.endsAt and ab.endsAt > a.startsAt))
            order by a.startsAt, p.code, a.seat""")
    List<Assignment> findPublishedSeatsWithoutServer(long communityId, LocalDateTime from, LocalDateTime until);
}
