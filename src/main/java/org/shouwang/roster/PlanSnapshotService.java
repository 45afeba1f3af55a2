package org.shouwang.roster;

import jakarta.persistence.EntityManager;
import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.demand.Demand;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.CommunityInfo;
import org.shouwang.plan.PlanDocument.CompoundDef;
import org.shouwang.plan.PlanDocument.DateRange;
import org.shouwang.plan.PlanDocument.DateTimeRange;
import org.shouwang.plan.PlanDocument.DemandDef;
import org.shouwang.plan.PlanDocument.Horizon;
import org.shouwang.plan.PlanDocument.PostDef;
import org.shouwang.plan.PlanDocument.Rules;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;
import org.shouwang.plan.Shifts;
import org.shouwang.solver.SeatRef;
import org.shouwang.volunteer.AvailabilityWindow;
import org.shouwang.volunteer.Volunteer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one mapping from the database to the {@code shouwang-plan/1} records: what the export writes and
 * what the in-app solver solves. Everything is loaded with a fixed number of queries (join fetches,
 * one query per collection), whatever the size of the community.
 */
@Service
@Transactional(readOnly = true)
public class PlanSnapshotService {

    private final EntityManager em;
    private final CurrentUser currentUser;

    public PlanSnapshotService(EntityManager em, CurrentUser currentUser) {
        this.em = em;
        this.currentUser = currentUser;
    }

    /**
     * The planning problem of a community over {@code from..to} (both included): its compounds, posts,
     * demands, volunteers (with the absences that touch the horizon) and rules, and optionally the
     * assignments of the community's timeline whose shifts start in the horizon, with their pinned flags.
     * Compounds, posts and volunteers are in code order, demands in post and start order.
     *
     * @param rosterIdOrNull the community's timeline (roster), or {@code null} for no assignments
     * @throws AccessDeniedException unless the caller may read the community's rosters
     */
    public PlanDocument snapshot(long communityId, LocalDate from, LocalDate to, Long rosterIdOrNull) {
        currentUser.requireCommunity(communityId, Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The horizon ends before it starts: " + from + ".." + to);
        }
        Community community = em.find(Community.class, communityId);
        if (community == null) {
            throw new AccessDeniedException("No community " + communityId);
        }
        List<Volunteer> volunteers = volunteers(communityId);
        Map<Long, String> volunteerCodes = volunteers.stream()
                .collect(Collectors.toMap(Volunteer::getId, Volunteer::getCode));

        List<CompoundDef> compounds = em.createQuery("""
                        select c from Compound c where c.community.id = :id order by c.code""", Compound.class)
                .setParameter("id", communityId).getResultList().stream()
                .map(c -> new CompoundDef(c.getCode(), c.getName(), c.getHouseholds(),
                        c.getOwnerId() == null ? null : volunteerCodes.get(c.getOwnerId())))
                .toList();
        List<PostDef> posts = em.createQuery("""
                        select p from Post p join fetch p.compound c where c.community.id = :id order by p.code""",
                        Post.class)
                .setParameter("id", communityId).getResultList().stream()
                .map(p -> new PostDef(p.getCode(), p.getCompound().getCode(), p.getName(), p.getKind()))
                .toList();
        List<DemandDef> demands = em.createQuery("""
                        select distinct d from Demand d join fetch d.post p left join fetch d.skills
                        where p.compound.community.id = :id""", Demand.class)
                .setParameter("id", communityId).getResultList().stream()
                .sorted(java.util.Comparator.comparing((Demand d) -> d.getPost().getCode())
                        .thenComparing(Demand::getStartsAt).thenComparing(Demand::getId))
                .map(d -> new DemandDef(d.getPost().getCode(), sorted(d.getDays()), d.getStartsAt(), d.getEndsAt(),
                        d.getHeadcount(), d.getSkillMap(),
                        d.getValidFrom() == null && d.getValidTo() == null ? null
                                : new DateRange(d.getValidFrom() == null ? from : d.getValidFrom(),
                                d.getValidTo() == null ? to : d.getValidTo())))
                .toList();
        LocalDateTime horizonStart = from.atStartOfDay();
        LocalDateTime horizonEnd = to.plusDays(2).atStartOfDay();
        List<VolunteerDef> volunteerDefs = volunteers.stream()
                .map(v -> new VolunteerDef(v.getCode(), v.getName(), v.getPhone(), v.getRole(),
                        v.getHome() == null ? null : v.getHome().getCode(), new ArrayList<>(v.getSkills()),
                        v.getMaxHoursPerWeek(), v.isOnlyHome(), windows(v.getAvailable()),
                        v.getAbsences().stream()
                                // The night shift of the last date ends the day after.
                                .filter(a -> a.overlaps(horizonStart, horizonEnd))
                                .map(a -> new DateTimeRange(a.getStartsAt(), a.getEndsAt())).toList(),
                        windows(v.getPreferred())))
                .toList();
        List<AssignmentDef> assignments = rosterIdOrNull == null ? List.of()
                : assignments(communityId, rosterIdOrNull, horizonStart, to.plusDays(1).atStartOfDay());
        PlanDocument document = new PlanDocument(PlanDocument.FORMAT, new CommunityInfo(community.getName()),
                new Horizon(from, to), new Rules(community.getMinRestHours(), community.getMaxHoursPerDay(),
                community.getMaxConsecutiveDays()), compounds, posts, demands, volunteerDefs, assignments, null);
        // A started seat whose demand has gone since stays on the timeline (it is history), not in the problem.
        return rosterIdOrNull == null ? document : demandedOnly(document);
    }

    /**
     * The problem of a window with its neighbours: the dates that the hard rules of the window's seats
     * reach ({@link RosterWindow#neighbourhood}), with the timeline's seats on them.
     */
    public PlanDocument neighbourhood(RosterWindow window) {
        currentUser.requireCommunity(window.communityId(), Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE);
        Community community = em.find(Community.class, window.communityId());
        if (community == null) {
            throw new AccessDeniedException("No community " + window.communityId());
        }
        LocalDate[] range = window.neighbourhood(community.getMinRestHours(), community.getMaxConsecutiveDays());
        return snapshot(window.communityId(), range[0], range[1], window.rosterId());
    }

    /** The document without assignments of seats its demand does not make (the solver and the checker know only demanded seats). */
    static PlanDocument demandedOnly(PlanDocument document) {
        Set<SeatRef> demanded = new HashSet<>();
        Shifts.expand(document).forEach(shift -> {
            for (int seat = 0; seat < shift.headcount(); seat++) {
                demanded.add(new SeatRef(shift.post(), shift.start(), seat));
            }
        });
        List<AssignmentDef> kept = document.assignments().stream()
                .filter(a -> demanded.contains(new SeatRef(a.post(), a.start(), a.seat()))).toList();
        return kept.size() == document.assignments().size() ? document : document.withAssignments(kept, document.summary());
    }

    /** The volunteers in code order, each collection fetched by one query for all of them. */
    private List<Volunteer> volunteers(long communityId) {
        List<Volunteer> volunteers = em.createQuery("""
                        select v from Volunteer v left join fetch v.home where v.community.id = :id order by v.code""",
                        Volunteer.class)
                .setParameter("id", communityId).getResultList();
        // Each query fills one collection of the volunteers already in the persistence context.
        for (String collection : List.of("skills", "available", "preferred", "absences")) {
            em.createQuery("select distinct v from Volunteer v left join fetch v." + collection
                            + " where v.community.id = :id", Volunteer.class)
                    .setParameter("id", communityId).getResultList();
        }
        return volunteers;
    }

    private List<AssignmentDef> assignments(long communityId, long rosterId, LocalDateTime from, LocalDateTime until) {
        Roster roster = em.find(Roster.class, rosterId);
        if (roster == null || !roster.getCommunity().getId().equals(communityId)) {
            throw new AccessDeniedException("No roster " + rosterId + " in community " + communityId);
        }
        return em.createQuery("""
                        select a from Assignment a join fetch a.post p left join fetch a.volunteer
                        where a.roster.id = :roster and a.startsAt >= :from and a.startsAt < :until
                        order by p.code, a.startsAt, a.seat""", Assignment.class)
                .setParameter("roster", rosterId).setParameter("from", from).setParameter("until", until)
                .getResultList().stream()
                .map(a -> new AssignmentDef(a.getPost().getCode(), a.getStartsAt(), a.getSeat(),
                        a.getVolunteer() == null ? null : a.getVolunteer().getCode(), a.isPinned()))
                .toList();
    }

    private static List<WeeklyWindow> windows(List<AvailabilityWindow> windows) {
        return windows.stream().map(w -> new WeeklyWindow(sorted(w.getDays()), w.getStartsAt(), w.getEndsAt())).toList();
    }

    private static <T extends Comparable<T>> List<T> sorted(java.util.Collection<T> values) {
        return values.stream().sorted().toList();
    }
}
