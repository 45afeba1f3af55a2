package org.shouwang.duty;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.community.Compound;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.publish.DutyChange;
import org.shouwang.publish.DutyChangeRepository;
import org.shouwang.publish.PublishedSeatRepository;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.PlanSnapshotService;
import org.shouwang.roster.RosterRepository;
import org.shouwang.roster.RosterWindow;
import org.shouwang.solver.check.RosterChecker;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.Volunteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A volunteer's own duties, as published, and their leave. Whose data is read always comes from the
 * signed-in account, never from a parameter, so a volunteer cannot read anyone else's duties. The
 * secretary's list of seats needing cover and the committee member's coverage live here too, because
 * both follow from the volunteers' leave.
 */
@Service
@Transactional
public class DutyService {

    private static final Logger log = LoggerFactory.getLogger(DutyService.class);
    private static final int COVERAGE_DAYS = 3;
    static final int MAX_CANDIDATES = 5;

    private final RosterChecker checker = new RosterChecker();

    private final DutyReader reader;
    private final PublishedSeatRepository seats;
    private final DutyChangeRepository changes;
    private final DutySubscriberRepository subscribers;
    private final SignedInVolunteer signedIn;
    private final RosterRepository rosters;
    private final PlanSnapshotService snapshots;
    private final CurrentUser currentUser;
    private final Clock clock;

    public DutyService(DutyReader reader, PublishedSeatRepository seats, DutyChangeRepository changes,
                       DutySubscriberRepository subscribers, SignedInVolunteer signedIn,
                       RosterRepository rosters, PlanSnapshotService snapshots, CurrentUser currentUser, Clock clock) {
        this.reader = reader;
        this.seats = seats;
        this.changes = changes;
        this.subscribers = subscribers;
        this.signedIn = signedIn;
        this.rosters = rosters;
        this.snapshots = snapshots;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in volunteer's published duties that are not over yet, by start (the next one first). */
    @Transactional(readOnly = true)
    public List<Duty> upcomingDuties() {
        return reader.duties(me().getId(), now());
    }

    /** The signed-in volunteer's next (or current) published duty. */
    @Transactional(readOnly = true)
    public Optional<Duty> nextDuty() {
        return upcomingDuties().stream().findFirst();
    }

    /**
     * Whether the signed-in account leads to a volunteer record of its community. False for an account
     * whose record was removed: its duty page then says so instead of failing.
     */
    @Transactional(readOnly = true)
    public boolean hasOwnRecord() {
        try {
            me();
            return true;
        } catch (org.springframework.security.access.AccessDeniedException noRecord) {
            return false;
        }
    }

    /** The signed-in volunteer's name, for the greeting. */
    @Transactional(readOnly = true)
    public String myName() {
        return me().getName();
    }

    /** Hours of the signed-in volunteer's published duties that are over. */
    @Transactional(readOnly = true)
    public double hoursServed() {
        long minutes = seats.findServedSpans(me().getId(), now()).stream()
                .mapToLong(span -> Duration.between((LocalDateTime) span[0], (LocalDateTime) span[1]).toMinutes())
                .sum();
        return minutes / 60.0;
    }

    /** Duties the signed-in volunteer gained or lost with publishes since they last marked changes as seen. */
    @Transactional(readOnly = true)
    public List<MyChange> changesSinceLastLook() {
        Volunteer me = me();
        LocalDateTime seen = subscribers.findByVolunteerId(me.getId())
                .map(DutySubscriber::getChangesSeenAt).orElse(null);
        List<DutyChange> list = seen == null
                ? changes.findByVolunteerIdOrderByStartsAtAsc(me.getId())
                : changes.findByVolunteerIdAndChangedAtAfterOrderByStartsAtAsc(me.getId(), seen);
        return list.stream().map(c -> new MyChange(c.getKind(), c.getStartsAt(), c.getEndsAt(),
                c.getPost().getCompound().getName(), c.getPost().getName(), c.getChangedAt())).toList();
    }

    /** Marks the signed-in volunteer's changes as seen now: the banner shows only later ones. */
    public void markChangesSeen() {
        subscribers.forVolunteer(me()).setChangesSeenAt(now());
    }

    /**
     * Records leave or sickness of the signed-in volunteer from the first to the last date (both whole
     * days): it is unavailability at once, so the solver and the board treat it as such.
     *
     * @return the volunteer's published duties in that range: the seats the secretary now sees flagged
     * @throws IllegalArgumentException when the dates are missing, reversed or already past
     */
    public List<Duty> reportAbsence(LocalDate first, LocalDate last, Absence.Reason reason, String note) {
        if (first == null || last == null || reason == null || last.isBefore(first)) {
            throw new IllegalArgumentException("A leave needs a reason and a first date not after the last");
        }
        if (last.isBefore(LocalDate.now(clock))) {
            throw new IllegalArgumentException("A leave cannot end in the past");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 200) {
            throw new IllegalArgumentException("A note has at most 200 characters");
        }
        Volunteer me = me();
        LocalDateTime from = first.atStartOfDay();
        LocalDateTime to = last.plusDays(1).atStartOfDay();
        me.getAbsences().add(new Absence(from, to, reason, cleanNote));
        List<Duty> affected = reader.duties(me.getId(), from).stream()
                .filter(d -> d.startsAt().isBefore(to)).toList();
        log.info("Volunteer {} reported {} {}..{}: {} published duties affected",
                me.getId(), reason, first, last, affected.size());
        return affected;
    }

    /** The signed-in volunteer's leave and sickness that is not over yet, earliest first. */
    @Transactional(readOnly = true)
    public List<Absence> myAbsences() {
        LocalDateTime now = now();
        return me().getAbsences().stream().filter(a -> a.getEndsAt().isAfter(now))
                .sorted(Comparator.comparing(Absence::getStartsAt)).toList();
    }

    /**
     * Withdraws a leave the signed-in volunteer reported that has not begun: plans made around it (the
     * next solve) may count on them again. One that has begun stays, as the record of an absence.
     *
     * @throws IllegalArgumentException when the volunteer has no such leave or it has begun
     */
    public void withdrawAbsence(LocalDateTime startsAt, LocalDateTime endsAt) {
        if (startsAt == null || !startsAt.isAfter(now())) {
            throw new IllegalArgumentException("Only a leave that has not begun can be withdrawn");
        }
        Volunteer me = me();
        boolean removed = me.getAbsences().removeIf(a -> a.getStartsAt().equals(startsAt) && a.getEndsAt().equals(endsAt));
        if (!removed) {
            throw new IllegalArgumentException("No such leave of volunteer " + me.getId());
        }
        log.info("Volunteer {} withdrew the absence {}..{}", me.getId(), startsAt, endsAt);
    }

    /**
     * The window's seats needing cover, not over yet, in time order: those whose volunteer is absent
     * during them (leave, sickness), and those that were published and are empty now. Each comes with
     * the people who could cover it. The planner (secretary, district admin) and the committee members
     * read it; covering is an edit of the seat, with its own rights.
     */
    @Transactional(readOnly = true)
    public List<SeatNeedingCover> seatsNeedingCover(RosterWindow window) {
        long communityId = window.communityId();
        rosters.findById(window.rosterId()).filter(r -> r.getCommunity().getId() == communityId)
                .orElseThrow(() -> new AccessDeniedException("No roster " + window.rosterId()));
        currentUser.requireCommunity(communityId, Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE);
        LocalDateTime now = now();
        List<Assignment> uncovered = seats.findSeatsWithAbsentVolunteer(window.rosterId(), window.start(),
                window.end(), now);
        List<Assignment> emptied = seats.findEmptyPublishedSeats(window.rosterId(), window.start(), window.end(), now);
        if (uncovered.isEmpty() && emptied.isEmpty()) {
            return List.of();
        }
        // The days around the window too: a cover must leave rest after a duty just outside it.
        PlanDocument plan = snapshots.neighbourhood(window);
        Map<String, Long> ids = seats.findVolunteerIds(communityId).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        // The absences of all the absent volunteers at once, not one query per seat.
        Map<Long, List<Absence>> absences = uncovered.isEmpty() ? Map.of() : seats.findAbsencesOf(
                        uncovered.stream().map(a -> a.getVolunteer().getId()).collect(Collectors.toSet())).stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (Absence) row[1], Collectors.toList())));
        List<SeatNeedingCover> result = new ArrayList<>();
        for (Assignment seat : uncovered) {
            Volunteer absent = seat.getVolunteer();
            Absence absence = absences.getOrDefault(absent.getId(), List.of()).stream()
                    .filter(a -> a.overlaps(seat.getStartsAt(), seat.getEndsAt())).findFirst().orElseThrow();
            boolean published = seat.getPublishedVolunteer() != null
                    && seat.getPublishedVolunteer().getId().equals(absent.getId());
            result.add(new SeatNeedingCover(seat.getId(), seat.getStartsAt(), seat.getEndsAt(),
                    seat.getPost().getCompound().getName(), seat.getPost().getName(), seat.getSeat(),
                    seat.getSkill(), absent.getId(), absent.getName(), absence.getReason(), published,
                    candidates(plan, seat, absent.getCode(), ids)));
        }
        for (Assignment seat : emptied) {
            Volunteer was = seat.getPublishedVolunteer();
            result.add(new SeatNeedingCover(seat.getId(), seat.getStartsAt(), seat.getEndsAt(),
                    seat.getPost().getCompound().getName(), seat.getPost().getName(), seat.getSeat(),
                    seat.getSkill(), null, was == null ? null : was.getName(), null, was != null,
                    candidates(plan, seat, null, ids)));
        }
        result.sort(Comparator.comparing(SeatNeedingCover::startsAt).thenComparing(SeatNeedingCover::post)
                .thenComparingInt(SeatNeedingCover::seat));
        return result;
    }

    /**
     * Who could take the seat instead, by the solver's own hard rules (the rest of the roster staying
     * as it is): people of the seat's compound first, at most {@value #MAX_CANDIDATES}.
     */
    private List<SeatNeedingCover.Candidate> candidates(PlanDocument plan, Assignment seat, String absentCode,
                                                        Map<String, Long> ids) {
        String compound = seat.getPost().getCompound().getCode();
        AssignmentDef def = new AssignmentDef(seat.getPost().getCode(), seat.getStartsAt(), seat.getSeat(), null, false);
        try {
            return plan.volunteers().stream()
                    .filter(v -> !v.code().equals(absentCode))
                    .filter(v -> checker.whyNot(plan, def, v.code()).isEmpty())
                    .map(v -> new SeatNeedingCover.Candidate(ids.get(v.code()), v.name(), compound.equals(v.home())))
                    .sorted(Comparator.comparing((SeatNeedingCover.Candidate c) -> !c.home())
                            .thenComparing(SeatNeedingCover.Candidate::name))
                    .limit(MAX_CANDIDATES)
                    .toList();
        } catch (IllegalArgumentException seatNoLongerDemanded) {
            // The demand that made this seat has changed since: the seat is flagged without candidates.
            log.debug("No candidates for seat {}: {}", seat.getId(), seatNoLongerDemanded.getMessage());
            return List.of();
        }
    }

    /**
     * The committee member's view: the published shifts of the compounds they are responsible for,
     * from today for three days, the shifts with most empty seats first (a seat of someone on leave
     * counts as empty).
     */
    @Transactional(readOnly = true)
    public List<ShiftCoverage> coverageOfMyCompounds() {
        Volunteer me = me();
        currentUser.requireCommunity(me.getCommunity().getId(), Roles.COMMITTEE);
        List<Long> compoundIds = seats.findOwnedCompounds(me.getCommunity().getId(), me.getId()).stream()
                .map(Compound::getId).toList();
        if (compoundIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Assignment> all = seats.findCoverage(compoundIds, today.atStartOfDay(),
                today.plusDays(COVERAGE_DAYS).atStartOfDay());
        Set<Long> absent = all.isEmpty() ? Set.of()
                : new HashSet<>(seats.findSeatsWithAbsentPublishedVolunteer(all.stream().map(Assignment::getId).toList()));
        Map<List<Object>, List<Assignment>> shifts = all.stream().collect(Collectors.groupingBy(
                a -> List.of(a.getPost().getId(), a.getStartsAt()),
                LinkedHashMap::new, Collectors.toList()));
        return shifts.values().stream().map(team -> {
            Assignment first = team.get(0);
            List<String> names = team.stream()
                    .filter(a -> a.getPublishedVolunteer() != null && !absent.contains(a.getId()))
                    .map(a -> a.getPublishedVolunteer().getName()).toList();
            return new ShiftCoverage(first.getStartsAt(), first.getEndsAt(), first.getPost().getCompound().getName(),
                    first.getPost().getName(), team.size(), names.size(), names);
        }).sorted(Comparator.comparingInt(ShiftCoverage::empty).reversed()
                .thenComparing(ShiftCoverage::startsAt).thenComparing(ShiftCoverage::post)).toList();
    }

    /** The signed-in account's own volunteer record; nobody else's can be reached through this service. */
    private Volunteer me() {
        return signedIn.get();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
