package org.shouwang.publish;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.Replanning;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterRepository;
import org.shouwang.roster.RosterWindow;
import org.shouwang.volunteer.Volunteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Publishing a window of a community's timeline: what volunteers see of a seat is its state at its last
 * publish. Until the secretary publishes again, changes to the draft are only markers on the board, and
 * the diff shows what a new publish would tell whom. Publishing acts on the window's seats only; the rest
 * of the timeline stays as it is. Published seats are kept when solving again unless the secretary
 * releases them.
 */
@Service
@Transactional
public class PublishingService implements Replanning {

    private static final Logger log = LoggerFactory.getLogger(PublishingService.class);
    private static final String[] PLANNERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN};

    private final RosterRepository rosters;
    private final PublishedSeatRepository seats;
    private final DutyChangeRepository changes;
    private final CurrentUser currentUser;
    private final Clock clock;

    public PublishingService(RosterRepository rosters, PublishedSeatRepository seats, DutyChangeRepository changes,
                             CurrentUser currentUser, Clock clock) {
        this.rosters = rosters;
        this.seats = seats;
        this.changes = changes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The seats of the window a publish would change, in time order: who was published and who is in
     * the draft now. Empty for a published window without edits; every filled seat never published.
     */
    @Transactional(readOnly = true)
    public List<SeatChange> diff(RosterWindow window) {
        requirePlanner(window);
        return seats(window).stream().filter(PublishingService::isChanged)
                .map(PublishingService::toChange).toList();
    }

    /**
     * The ids of the window's seats changed since their last publish (the board's change markers). A
     * seat never published has none: a draft nobody has seen has no "changed" seats, and marking every
     * filled one says nothing.
     */
    @Transactional(readOnly = true)
    public Set<Long> changedSeatIds(RosterWindow window) {
        requirePlanner(window);
        Set<Long> ids = new HashSet<>();
        seats(window).stream().filter(a -> a.getPublishedAt() != null && isChanged(a)).forEach(a -> ids.add(a.getId()));
        return ids;
    }

    /**
     * Publishes the window's draft: every seat's volunteer in the window becomes its published volunteer,
     * the seats are marked published now, released seats are kept again, and each volunteer who gains or
     * loses a duty gets a change entry ("what changed for me"). Seats outside the window stay as they are.
     *
     * @return the seats that changed with this publish
     */
    public List<SeatChange> publish(RosterWindow window) {
        Roster roster = requirePlanner(window);
        LocalDateTime now = LocalDateTime.now(clock);
        List<SeatChange> published = new ArrayList<>();
        List<DutyChange> entries = new ArrayList<>();
        for (Assignment seat : seats(window)) {
            if (isChanged(seat)) {
                published.add(toChange(seat));
                if (seat.getPublishedVolunteer() != null) {
                    entries.add(new DutyChange(seat.getPublishedVolunteer(), seat, DutyChange.Kind.REMOVED, now));
                }
                if (seat.getVolunteer() != null) {
                    entries.add(new DutyChange(seat.getVolunteer(), seat, DutyChange.Kind.ADDED, now));
                }
                seat.setPublishedVolunteer(seat.getVolunteer());
            }
            seat.setReleased(false);
            seat.setPublishedAt(now);
        }
        changes.saveAll(entries);
        roster.setPublishedAt(now);
        log.info("Roster {} published {}..{}: {} seats changed, {} volunteers told", window.rosterId(), window.from(),
                window.to(), published.size(), entries.size());
        return published;
    }

    /**
     * Lets the solver move these published seats again (they are kept otherwise). Seats that were
     * never published are ignored: the solver may move them anyway.
     */
    public void release(RosterWindow window, Collection<Long> assignmentIds) {
        requirePlanner(window);
        Set<Long> wanted = new HashSet<>(assignmentIds);
        seats(window).stream()
                .filter(a -> wanted.contains(a.getId()) && a.getPublishedVolunteer() != null)
                .forEach(a -> a.setReleased(true));
    }

    /**
     * Who held each published, not released seat at the last publish: the previous assignments that the
     * solver keeps (its stability rule makes moving them costly), by assignment id.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> keptSeats(RosterWindow window) {
        requirePlanner(window);
        Map<Long, Long> kept = new LinkedHashMap<>();
        seats(window).stream()
                .filter(a -> a.getPublishedVolunteer() != null && !a.isReleased())
                .forEach(a -> kept.put(a.getId(), a.getPublishedVolunteer().getId()));
        return kept;
    }

    /**
     * The roster's snapshot as the solver should see it for a re-plan: a released seat comes without
     * its volunteer, so the solver may fill it freely; every other seat keeps its volunteer, which the
     * solver treats as the previous assignment that its stability rule protects. (Pinned seats stay
     * pinned.) For the solve of the planner board.
     */
    @Transactional(readOnly = true)
    public PlanDocument forReplanning(RosterWindow window, PlanDocument snapshot) {
        requirePlanner(window);
        Set<String> released = new HashSet<>();
        seats(window).stream().filter(Assignment::isReleased)
                .forEach(a -> released.add(key(a.getPost().getCode(), a.getStartsAt(), a.getSeat())));
        if (released.isEmpty()) {
            return snapshot;
        }
        List<AssignmentDef> assignments = snapshot.assignments().stream()
                .map(a -> released.contains(key(a.post(), a.start(), a.seat())) && !a.pinned()
                        ? new AssignmentDef(a.post(), a.start(), a.seat(), null, false) : a)
                .toList();
        return snapshot.withAssignments(assignments, snapshot.summary());
    }

    private static String key(String post, LocalDateTime start, int seat) {
        return post + "|" + start + "|" + seat;
    }

    private Roster requirePlanner(RosterWindow window) {
        Roster roster = rosters.findById(window.rosterId())
                .filter(r -> r.getCommunity().getId() == window.communityId())
                .orElseThrow(() -> new AccessDeniedException("No roster " + window.rosterId()));
        currentUser.requireCommunity(window.communityId(), PLANNERS);
        return roster;
    }

    private List<Assignment> seats(RosterWindow window) {
        return seats.findSeats(window.rosterId(), window.start(), window.end());
    }

    static boolean isChanged(Assignment seat) {
        return !Objects.equals(id(seat.getVolunteer()), id(seat.getPublishedVolunteer()));
    }

    private static Long id(Volunteer volunteer) {
        return volunteer == null ? null : volunteer.getId();
    }

    private static SeatChange toChange(Assignment seat) {
        return new SeatChange(seat.getId(), seat.getStartsAt(), seat.getEndsAt(),
                seat.getPost().getCompound().getName(), seat.getPost().getName(), seat.getSeat(),
                name(seat.getPublishedVolunteer()), name(seat.getVolunteer()));
    }

    private static String name(Volunteer volunteer) {
        return volunteer == null ? null : volunteer.getName();
    }
}
