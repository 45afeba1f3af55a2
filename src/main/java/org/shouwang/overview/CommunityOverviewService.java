package org.shouwang.overview;

import jakarta.persistence.EntityManager;
import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.demand.Demand;
import org.shouwang.plan.PlanDocument.DateRange;
import org.shouwang.plan.PlanDocument.DemandDef;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.plan.VolunteerRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures of a community at a glance: what the overview page shows. */
@Service
@Transactional(readOnly = true)
public class CommunityOverviewService {

    /** How many days ahead the overview counts the seats. */
    public static final int DAYS_AHEAD = 7;

    public record PostSummary(String code, String name, PostKind kind) {
    }

    /**
     * @param residents         the volunteers whose home is this compound
     * @param seatsNeedingCover the seats of this compound in the next {@link #DAYS_AHEAD} days, not over yet,
     *                          whose volunteer reported leave or sickness for them
     */
    public record CompoundSummary(String code, String name, Integer households, String ownerName,
                                  List<PostSummary> posts, long residents, long seatsNeedingCover) {
    }

    public record DaySeats(LocalDate date, int seats) {
    }

    /**
     * @param volunteersByRole every role, with 0 for roles nobody has
     * @param seatsPerDay      the seats the demands need on each of the next {@link #DAYS_AHEAD} days, from today
     */
    public record CommunityOverview(long communityId, String name, List<CompoundSummary> compounds,
                                    Map<VolunteerRole, Long> volunteersByRole, List<DaySeats> seatsPerDay) {

        public int households() {
            return compounds.stream().mapToInt(c -> c.households() == null ? 0 : c.households()).sum();
        }

        public int posts() {
            return compounds.stream().mapToInt(c -> c.posts().size()).sum();
        }

        public long volunteers() {
            return volunteersByRole.values().stream().mapToLong(Long::longValue).sum();
        }

        public int seatsAhead() {
            return seatsPerDay.stream().mapToInt(DaySeats::seats).sum();
        }

        public long seatsNeedingCover() {
            return compounds.stream().mapToLong(CompoundSummary::seatsNeedingCover).sum();
        }
    }

    private final EntityManager em;
    private final CurrentUser currentUser;
    private final Clock clock;

    public CommunityOverviewService(EntityManager em, CurrentUser currentUser, Clock clock) {
        this.em = em;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The overview of a community: its compounds with posts, households, owner and residents; its volunteers
     * by role; the seats needed on each of the next seven days. A handful of queries, whatever the size.
     *
     * @throws AccessDeniedException unless the caller is a secretary or committee member of the community or a
     *                               district admin
     */
    public CommunityOverview overview(long communityId) {
        currentUser.requireCommunity(communityId, Roles.SECRETARY, Roles.COMMITTEE, Roles.DISTRICT_ADMIN);
        Community community = em.find(Community.class, communityId);
        if (community == null) {
            throw new AccessDeniedException("No community " + communityId);
        }
        List<Compound> compounds = em.createQuery(
                        "select c from Compound c where c.community.id = :id order by c.code", Compound.class)
                .setParameter("id", communityId).getResultList();
        Map<Long, List<PostSummary>> posts = em.createQuery("""
                        select p from Post p join fetch p.compound c where c.community.id = :id order by p.code""",
                        Post.class)
                .setParameter("id", communityId).getResultList().stream()
                .collect(Collectors.groupingBy(p -> p.getCompound().getId(),
                        Collectors.mapping(p -> new PostSummary(p.getCode(), p.getName(), p.getKind()),
                                Collectors.toList())));
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> residents = new HashMap<>();
        Map<VolunteerRole, Long> byRole = new EnumMap<>(VolunteerRole.class);
        for (VolunteerRole role : VolunteerRole.values()) {
            byRole.put(role, 0L);
        }
        for (Object[] row : em.createQuery("""
                        select v.id, v.name, v.role, v.home.id from Volunteer v where v.community.id = :id""",
                        Object[].class)
                .setParameter("id", communityId).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
            byRole.merge((VolunteerRole) row[2], 1L, Long::sum);
            if (row[3] != null) {
                residents.merge((Long) row[3], 1L, Long::sum);
            }
        }
        Map<Long, Long> cover = seatsNeedingCover(communityId);
        List<CompoundSummary> summaries = compounds.stream()
                .map(c -> new CompoundSummary(c.getCode(), c.getName(), c.getHouseholds(),
                        c.getOwnerId() == null ? null : names.get(c.getOwnerId()),
                        posts.getOrDefault(c.getId(), List.of()), residents.getOrDefault(c.getId(), 0L),
                        cover.getOrDefault(c.getId(), 0L)))
                .toList();
        return new CommunityOverview(communityId, community.getName(), summaries, byRole, seatsPerDay(communityId));
    }

    /**
     * Per compound id: the seats starting before the end of the overview's week and not over yet whose
     * volunteer is absent during them. A seat held in two overlapping rosters of the community counts once.
     */
    private Map<Long, Long> seatsNeedingCover(long communityId) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime end = LocalDate.now(clock).plusDays(DAYS_AHEAD).atStartOfDay();
        return em.createQuery("""
                        select distinct p.compound.id, p.id, a.startsAt, a.seat from Assignment a join a.post p
                        join a.volunteer v
                        where a.roster.community.id = :id and a.endsAt > :now and a.startsAt < :end
                          and exists (select 1 from Volunteer w join w.absences ab
                                      where w = v and ab.startsAt < a.endsAt and ab.endsAt > a.startsAt)""",
                        Object[].class)
                .setParameter("id", communityId).setParameter("now", now).setParameter("end", end)
                .getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.counting()));
    }

    private List<DaySeats> seatsPerDay(long communityId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.plusDays(DAYS_AHEAD - 1L);
        // Only the headcounts matter here, so the demands' skills are not loaded.
        List<DemandDef> demands = em.createQuery("""
                        select d from Demand d join fetch d.post p where p.compound.community.id = :id""", Demand.class)
                .setParameter("id", communityId).getResultList().stream()
                .map(d -> new DemandDef(d.getPost().getCode(), new ArrayList<>(d.getDays()), d.getStartsAt(),
                        d.getEndsAt(), d.getHeadcount(), Map.of(), dates(d, today, last)))
                .toList();
        Map<LocalDate, Integer> seats = new HashMap<>();
        for (ShiftDef shift : Shifts.expand(demands, today, last)) {
            seats.merge(shift.start().toLocalDate(), shift.headcount(), Integer::sum);
        }
        List<DaySeats> days = new ArrayList<>();
        for (LocalDate date = today; !date.isAfter(last); date = date.plusDays(1)) {
            days.add(new DaySeats(date, seats.getOrDefault(date, 0)));
        }
        return days;
    }

    private static DateRange dates(Demand d, LocalDate first, LocalDate last) {
        if (d.getValidFrom() == null && d.getValidTo() == null) {
            return null;
        }
        return new DateRange(d.getValidFrom() == null ? first : d.getValidFrom(),
                d.getValidTo() == null ? last : d.getValidTo());
    }
}
