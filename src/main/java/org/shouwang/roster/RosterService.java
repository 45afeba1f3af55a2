package org.shouwang.roster;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.community.PostRepository;
import org.shouwang.community.SoftWeights;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.solver.Rule;
import org.shouwang.solver.SeatRef;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roster of a community, one timeline of seats seen through windows (date ranges): its seats, who
 * sits in them, manual edits and the solver's results.
 * Secretaries and district admins edit every seat; a committee member reads the whole roster and edits
 * only the seats of the compounds they own. The board scores the roster as it stands whenever it is read.
 *
 * <p>Each seat is an {@link Assignment} row with a version: an edit names the version the editor saw,
 * and a seat changed since by someone else is refused with a {@link SeatConflictException}.
 */
@Service
@Transactional
public class RosterService {

    public static final String[] READERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE};
    public static final String[] PLANNERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN};

    private static final Logger log = LoggerFactory.getLogger(RosterService.class);

    private final RosterRepository rosters;
    private final AssignmentRepository assignments;
    private final CommunityRepository communities;
    private final PostRepository posts;
    private final VolunteerRepository volunteers;
    private final PlanSnapshotService snapshots;
    private final SolverGateway solver;
    private final CurrentUser currentUser;
    private final Replanning publishing;
    private final Clock clock;

    public RosterService(RosterRepository rosters, AssignmentRepository assignments, CommunityRepository communities,
                         PostRepository posts, VolunteerRepository volunteers, PlanSnapshotService snapshots,
                         SolverGateway solver, CurrentUser currentUser, Replanning publishing, Clock clock) {
        this.rosters = rosters;
        this.publishing = publishing;
        this.assignments = assignments;
        this.communities = communities;
        this.posts = posts;
        this.volunteers = volunteers;
        this.snapshots = snapshots;
        this.solver = solver;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The problem a solve of a window starts from, and the version of each seat it may change at that
     * moment (the window's seats that have not started).
     */
    public record SolveInput(RosterWindow window, PlanDocument document, SoftWeights weights,
                             Map<Long, Integer> versions) {

        public long communityId() {
            return window.communityId();
        }

        public long rosterId() {
            return window.rosterId();
        }
    }

    /**
     * The outcome of applying a solved roster: seats changed, seats kept because a person edited them
     * meanwhile, and seats left empty because the solver's choice can no longer take them (e.g. leave
     * reported while it ran).
     */
    public record Applied(int changed, int keptEdits, int leftEmpty, int filled) {
    }

    /** The community's timeline (its one roster), if it has one yet. */
    @Transactional(readOnly = true)
    public Optional<Long> timelineOf(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        return rosters.findByCommunityId(communityId).map(Roster::getId);
    }

    /** The first and last date of the community's timeline that have seats; empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<PlanDocument.DateRange> plannedDates(long communityId) {
        return timelineOf(communityId).flatMap(id -> {
            Object[] span = assignments.findSpan(id).get(0);
            return span[0] == null ? Optional.empty() : Optional.of(new PlanDocument.DateRange(
                    ((LocalDateTime) span[0]).toLocalDate(), ((LocalDateTime) span[1]).toLocalDate()));
        });
    }

    /**
     * A window onto the community's timeline, the timeline made when there is none (planners only). The
     * window's seats follow the demand as it is now: seats of new demand are added empty, seats whose
     * demand is gone are removed unless their shift has started (they are history), and every other seat
     * keeps its volunteer and pin. What lies outside the window stays as it is.
     *
     * @return the window; empty when the community has no timeline and the caller may not make one
     */
    public Optional<RosterWindow> open(long communityId, LocalDate from, LocalDate to) {
        currentUser.requireCommunity(communityId, READERS);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The horizon ends before it starts");
        }
        Optional<Roster> existing = rosters.findByCommunityId(communityId);
        if (!isPlanner()) {
            return existing.map(r -> new RosterWindow(r.getId(), communityId, from, to));
        }
        Roster roster = existing.orElseGet(() -> {
            Community community = communities.getReferenceById(communityId);
            log.info("Community {}: its timeline begins", communityId);
            return rosters.saveAndFlush(new Roster(community));
        });
        RosterWindow window = new RosterWindow(roster.getId(), communityId, from, to);
        syncSeats(window, roster);
        return Optional.of(window);
    }

    private void syncSeats(RosterWindow window, Roster roster) {
        long communityId = window.communityId();
        PlanDocument problem = snapshots.snapshot(communityId, window.from(), window.to(), null);
        Map<String, Post> postsByCode = posts.findByCompoundCommunityIdOrderByCode(communityId).stream()
                .collect(Collectors.toMap(Post::getCode, Function.identity()));
        Map<SeatRef, Assignment> existing = new HashMap<>();
        for (Assignment a : assignments.findWindow(roster.getId(), window.start(), window.end())) {
            existing.put(new SeatRef(a.getPost().getCode(), a.getStartsAt(), a.getSeat()), a);
        }
        List<Assignment> added = new ArrayList<>();
        for (ShiftDef shift : Shifts.expand(problem)) {
            for (int seat = 0; seat < shift.headcount(); seat++) {
                Assignment kept = existing.remove(new SeatRef(shift.post(), shift.start(), seat));
                if (kept == null) {
                    added.add(new Assignment(roster, postsByCode.get(shift.post()), shift.start(), shift.end(), seat,
                            shift.seatSkills().get(seat)));
                }
            }
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Assignment> gone = existing.values().stream().filter(a -> a.getStartsAt().isAfter(now)).toList();
        assignments.saveAll(added);
        assignments.deleteAll(gone);
        if (!added.isEmpty() || !gone.isEmpty()) {
            log.info("Roster {} {}..{}: {} seats added, {} removed to follow the demand", roster.getId(),
                    window.from(), window.to(), added.size(), gone.size());
        }
    }

    /** Everything the planner board shows of a roster, with each seat's broken rules. */
    @Transactional(readOnly = true)
    public RosterBoard board(RosterWindow window) {
        Roster roster = readable(window);
        long communityId = window.communityId();
        long rosterId = window.rosterId();
        PlanDocument document = snapshots.snapshot(communityId, window.from(), window.to(), rosterId);
        SolverGateway.Scored scored = solver.scoreWithBrokenRules(document, roster.getCommunity().getWeights());
        Map<Long, RosterBoard.CompoundInfo> compounds = new TreeMap<>();
        Map<Long, List<RosterBoard.PostInfo>> postsOfCompound = new LinkedHashMap<>();
        List<RosterBoard.Seat> seats = new ArrayList<>();
        for (Assignment a : assignments.findWindow(rosterId, window.start(), window.end())) {
            Post post = a.getPost();
            Compound compound = post.getCompound();
            List<RosterBoard.PostInfo> postList = postsOfCompound.computeIfAbsent(compound.getId(), id -> new ArrayList<>());
            if (postList.stream().noneMatch(p -> p.id() == post.getId())) {
                postList.add(new RosterBoard.PostInfo(post.getId(), post.getCode(), post.getName(), post.getKind().name()));
            }
            compounds.putIfAbsent(compound.getId(), new RosterBoard.CompoundInfo(compound.getId(), compound.getCode(),
                    compound.getName(), postList));
            seats.add(toSeat(a, scored.broken().getOrDefault(new SeatRef(post.getCode(), a.getStartsAt(), a.getSeat()), List.of())));
        }
        List<RosterBoard.CompoundInfo> compoundList = compounds.values().stream()
                .sorted(Comparator.comparing(RosterBoard.CompoundInfo::code)).toList();
        return new RosterBoard(rosterId, communityId, window.from(), window.to(), scored.score(), compoundList, seats);
    }

    private RosterBoard.Seat toSeat(Assignment a, List<Rule> broken) {
        Volunteer v = a.getVolunteer();
        Post post = a.getPost();
        return new RosterBoard.Seat(a.getId(), a.getVersion(), post.getCompound().getId(), post.getCode(), post.getName(),
                a.getStartsAt(), a.getEndsAt(), a.getSeat(), a.getSkill(),
                v == null ? null : v.getId(), v == null ? null : v.getCode(), v == null ? null : v.getName(),
                a.isPinned(), broken, mayEdit(post.getCompound()),
                a.getPublishedVolunteer() == null ? null : a.getPublishedVolunteer().getName(), a.isReleased());
    }

    /**
     * Puts a volunteer into a seat ({@code null}: empties it). Hard rules are not enforced here: the
     * secretary may overrule them, and the board then flags the seat.
     *
     * @param seenVersion the seat's version the editor saw
     * @throws SeatConflictException when someone changed the seat since
     */
    public void assign(long assignmentId, int seenVersion, Long volunteerId) {
        Assignment seat = editable(assignmentId, seenVersion);
        Volunteer volunteer = null;
        if (volunteerId != null) {
            volunteer = volunteers.findById(volunteerId)
                    .filter(v -> v.getCommunity().getId().equals(seat.getRoster().getCommunity().getId()))
                    .orElseThrow(() -> new IllegalArgumentException("No volunteer " + volunteerId + " in this community"));
        }
        seat.setVolunteer(volunteer);
        save(seat);
    }

    /**
     * One seat of the community as it is now; empty when the community has no seat of that id.
     */
    @Transactional(readOnly = true)
    public Optional<SeatState> seat(long communityId, long assignmentId) {
        currentUser.requireCommunity(communityId, READERS);
        return assignments.findSeat(assignmentId)
                .filter(a -> a.getRoster().getCommunity().getId() == communityId)
                .map(SeatState::of);
    }

    /**
     * Puts the community's volunteer with this code into a seat of the community ({@code null}: empties
     * it), as {@link #assign} does; for callers that name people by code (the HTTP API).
     *
     * @return the seat as it is now, with its new version; empty when the community has no seat of that id
     * @throws UnknownVolunteerException when the community has no volunteer of that code
     * @throws SeatConflictException     when someone changed the seat since the editor saw it
     */
    public Optional<SeatState> assignByCode(long communityId, long assignmentId, int seenVersion, String volunteerCode) {
        currentUser.requireCommunity(communityId, READERS);
        Optional<Assignment> found = assignments.findSeat(assignmentId)
                .filter(a -> a.getRoster().getCommunity().getId() == communityId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Long volunteerId = volunteerCode == null ? null : volunteers.findByCommunityIdAndCode(communityId, volunteerCode)
                .map(Volunteer::getId).orElseThrow(() -> new UnknownVolunteerException(volunteerCode));
        assign(assignmentId, seenVersion, volunteerId);
        return Optional.of(SeatState.of(found.get()));
    }

    /**
     * Pins or unpins a seat: the solver keeps a pinned seat as it is, filled or empty.
     *
     * @throws SeatConflictException when someone changed the seat since the editor saw it
     */
    public void setPinned(long assignmentId, int seenVersion, boolean pinned) {
        Assignment seat = editable(assignmentId, seenVersion);
        seat.setPinned(pinned);
        save(seat);
    }

    /**
     * Releases one published seat for re-planning ({@code true}): the next solve may give it to someone
     * else, while every other published seat is kept. {@code false} keeps it again. Publishing ends the
     * release. Who may edit the seat may release it.
     *
     * @throws SeatNotPublishedException when the seat was never published (the solver may move it anyway)
     * @throws SeatConflictException when someone changed the seat since the editor saw it
     */
    public void setReleased(long assignmentId, int seenVersion, boolean released) {
        Assignment seat = editable(assignmentId, seenVersion);
        if (released && seat.getPublishedVolunteer() == null) {
            throw new SeatNotPublishedException(assignmentId);
        }
        seat.setReleased(released);
        log.info("Seat {} {} for re-planning", assignmentId, released ? "released" : "kept again");
        save(seat);
    }

    private void save(Assignment seat) {
        try {
            assignments.saveAndFlush(seat);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict(seat.getId());
        }
    }

    private Assignment editable(long assignmentId, int seenVersion) {
        Assignment seat = assignments.findAssignment(assignmentId)
                .orElseThrow(() -> new SeatConflictException(assignmentId, "The seat no longer exists"));
        currentUser.requireCommunity(seat.getRoster().getCommunity().getId(), READERS);
        if (!mayEdit(seat.getPost().getCompound())) {
            throw new AccessDeniedException("Only the owner of the compound may change this seat");
        }
        if (seat.getVersion() != seenVersion) {
            throw conflict(assignmentId);
        }
        return seat;
    }

    private static SeatConflictException conflict(long assignmentId) {
        return new SeatConflictException(assignmentId, "Someone else changed this seat meanwhile; your change was not saved");
    }

    /** True when the caller may create rosters and solve them (a secretary or a district admin). */
    public boolean canPlan() {
        return isPlanner();
    }

    private boolean isPlanner() {
        return currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.DISTRICT_ADMIN);
    }

    private boolean mayEdit(Compound compound) {
        if (isPlanner()) {
            return true;
        }
        return currentUser.hasRole(Roles.COMMITTEE) && compound.getOwnerId() != null
                && currentUser.volunteerId().filter(compound.getOwnerId()::equals).isPresent();
    }

    private Roster readable(RosterWindow window) {
        Roster roster = rosters.findById(window.rosterId())
                .filter(r -> r.getCommunity().getId() == window.communityId())
                .orElseThrow(() -> new AccessDeniedException("No roster " + window.rosterId()));
        currentUser.requireCommunity(window.communityId(), READERS);
        return roster;
    }

    /**
     * The volunteers of the community as candidates for a seat, best first: those who may take it ranked
     * by fit, then the others with the rules they would break. Every hard rule is checked, also against
     * the duties of the days around the seat (rest, hours per day and week, consecutive days).
     */
    @Transactional(readOnly = true)
    public List<SeatCandidate> candidates(long assignmentId) {
        Assignment seat = assignments.findAssignment(assignmentId).orElseThrow(() -> new SeatConflictException(assignmentId, "The seat no longer exists"));
        long communityId = seat.getRoster().getCommunity().getId();
        currentUser.requireCommunity(communityId, READERS);
        PlanDocument without = withoutSeat(seat);
        Map<String, Long> idsByCode = volunteers.findByCommunityIdOrderByCode(communityId).stream()
                .collect(Collectors.toMap(Volunteer::getCode, Volunteer::getId));
        AssignmentDef def = def(seat);
        return Candidates.rank(without, def, seat.getEndsAt(), seat.getPost().getCompound().getCode(), idsByCode,
                code -> solver.whyNot(without, def, code));
    }

    /**
     * Covers a seat: gives it to a volunteer only if they break no hard rule there now (the rest of the
     * timeline as it stands), unlike {@link #assign}, with which a planner may overrule the rules.
     *
     * @throws CoverRefusedException when the volunteer would break a hard rule (e.g. they took another
     *                               duty meanwhile)
     * @throws SeatConflictException when someone changed the seat since the editor saw it
     */
    public void cover(long assignmentId, int seenVersion, long volunteerId) {
        Assignment seat = editable(assignmentId, seenVersion);
        Volunteer volunteer = volunteers.findById(volunteerId)
                .filter(v -> v.getCommunity().getId().equals(seat.getRoster().getCommunity().getId()))
                .orElseThrow(() -> new IllegalArgumentException("No volunteer " + volunteerId + " in this community"));
        List<Rule> broken = solver.whyNot(withoutSeat(seat), def(seat), volunteer.getCode());
        if (!broken.isEmpty()) {
            throw new CoverRefusedException(assignmentId, broken);
        }
        seat.setVolunteer(volunteer);
        save(seat);
        log.info("Seat {} covered by volunteer {}", assignmentId, volunteerId);
    }

    private static AssignmentDef def(Assignment seat) {
        return new AssignmentDef(seat.getPost().getCode(), seat.getStartsAt(), seat.getSeat(), null, false);
    }

    /** The timeline around the seat's date, the seat as if empty: its holder is judged like everybody else. */
    private PlanDocument withoutSeat(Assignment seat) {
        LocalDate date = seat.getStartsAt().toLocalDate();
        PlanDocument document = snapshots.neighbourhood(new RosterWindow(seat.getRoster().getId(),
                seat.getRoster().getCommunity().getId(), date, date));
        AssignmentDef def = def(seat);
        List<AssignmentDef> others = document.assignments().stream()
                .filter(a -> !(a.post().equals(def.post()) && a.start().equals(def.start()) && a.seat() == def.seat()))
                .toList();
        return document.withAssignments(others, null);
    }

    /** Why the window scores as it does: each rule that costs anything, with who and which seats. */
    @Transactional(readOnly = true)
    public ScoreAnalysis analysis(RosterWindow window) {
        Roster roster = readable(window);
        return solver.analyze(snapshots.snapshot(window.communityId(), window.from(), window.to(), window.rosterId()),
                roster.getCommunity().getWeights());
    }

    /** Seats, filled and empty per compound and time band, with how many more people each band needs. */
    @Transactional(readOnly = true)
    public List<CoverageRow> coverage(RosterWindow window) {
        readable(window);
        return Coverage.of(snapshots.snapshot(window.communityId(), window.from(), window.to(), window.rosterId()));
    }

    /** One volunteer's duties in the window and their hours per week against their maximum. */
    @Transactional(readOnly = true)
    public VolunteerDuties duties(RosterWindow window, long volunteerId) {
        Roster roster = readable(window);
        Volunteer volunteer = volunteers.findById(volunteerId)
                .filter(v -> v.getCommunity().getId().equals(roster.getCommunity().getId()))
                .orElseThrow(() -> new IllegalArgumentException("No volunteer " + volunteerId + " in this community"));
        List<Assignment> held = assignments.findDuties(window.rosterId(), volunteerId, window.start(), window.end());
        List<RosterBoard.Seat> duties = held.stream().map(a -> toSeat(a, List.of())).toList();
        Map<Long, String> compoundNames = new HashMap<>();
        held.forEach(a -> compoundNames.put(a.getPost().getCompound().getId(), a.getPost().getCompound().getName()));
        Map<LocalDate, Double> perWeek = new TreeMap<>();
        for (LocalDate monday = window.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
             !monday.isAfter(window.to()); monday = monday.plusWeeks(1)) {
            perWeek.put(monday, 0.0);
        }
        duties.forEach(d -> perWeek.merge(d.start().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                Candidates.hours(d.start(), d.end()), Double::sum));
        return new VolunteerDuties(volunteerId, volunteer.getCode(), volunteer.getName(), volunteer.getMaxHoursPerWeek(),
                duties, perWeek, compoundNames);
    }

    /** The volunteers of a community (id, code and name), for choosing whose duties to show. */
    @Transactional(readOnly = true)
    public List<VolunteerRef> volunteersOf(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        return volunteers.findByCommunityIdOrderByCode(communityId).stream()
                .map(v -> new VolunteerRef(v.getId(), v.getCode(), v.getName())).toList();
    }

    public record VolunteerRef(long id, String code, String name) {
    }

    /**
     * The problem for a solve of a window ({@code planning.RosterSolverService} only). The solver sees the
     * window's neighbours: the duties of the days around it that its hard rules reach (rest, hours per
     * day and week, consecutive days) come as pinned facts, as do the window's shifts that have started
     * by now (the past is never changed by a solve) and every seat of the neighbouring days. Published
     * seats are the previous assignments its stability rule keeps, unless released.
     */
    @Transactional(readOnly = true)
    public SolveInput solverInput(RosterWindow window) {
        Roster roster = rosters.findById(window.rosterId())
                .filter(r -> r.getCommunity().getId() == window.communityId())
                .orElseThrow(() -> new IllegalArgumentException("No roster " + window.rosterId()));
        currentUser.requireCommunity(window.communityId(), PLANNERS);
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, Integer> versions = new HashMap<>();
        assignments.findWindow(window.rosterId(), window.start(), window.end()).stream()
                .filter(a -> a.getStartsAt().isAfter(now))
                .forEach(a -> versions.put(a.getId(), a.getVersion()));
        PlanDocument document = publishing.forReplanning(window, snapshots.neighbourhood(window));
        return new SolveInput(window, fixedOutside(document, window, now), roster.getCommunity().getWeights(), versions);
    }

    /**
     * Every seat of the document outside the window, or whose shift started by {@code now}, pinned as it
     * is (filled or empty): only the window's future seats are the solver's to change.
     */
    static PlanDocument fixedOutside(PlanDocument document, RosterWindow window, LocalDateTime now) {
        Map<SeatRef, AssignmentDef> given = new HashMap<>();
        document.assignments().forEach(a -> given.put(new SeatRef(a.post(), a.start(), a.seat()), a));
        List<AssignmentDef> result = new ArrayList<>();
        for (ShiftDef shift : Shifts.expand(document)) {
            boolean fixed = !window.contains(shift.start()) || !shift.start().isAfter(now);
            for (int seat = 0; seat < shift.headcount(); seat++) {
                AssignmentDef def = given.get(new SeatRef(shift.post(), shift.start(), seat));
                if (fixed) {
                    result.add(new AssignmentDef(shift.post(), shift.start(), seat,
                            def == null ? null : def.volunteer(), true));
                } else if (def != null) {
                    result.add(def);
                }
            }
        }
        return document.withAssignments(result, null);
    }

    /**
     * Makes a solved roster the draft of its window, in one transaction. Only the window's seats whose
     * shift had not started when the solve began are written; the rest of the timeline stays as it is.
     * A seat whose version differs from the one it had when the solve started was changed by a person
     * while the solver ran (assigned, emptied, pinned, unpinned or released): it keeps that change (a
     * person's edit outranks the solver's guess). Pinned seats are never touched. A seat the solver gives
     * to someone who, since the solve started, can no longer take it (leave or sickness reported,
     * availability or skills changed) comes out empty rather than silently breaking their new
     * unavailability, even if they held it before.
     * For {@code planning.RosterSolverService}, which calls it when a solve ends.
     */
    public Applied applySolverResult(SolveInput input, PlanDocument solved) {
        currentUser.requireCommunity(input.communityId(), PLANNERS);
        RosterWindow window = input.window();
        Map<SeatRef, Assignment> seats = new HashMap<>();
        for (Assignment a : assignments.findWindow(window.rosterId(), window.start(), window.end())) {
            seats.put(new SeatRef(a.getPost().getCode(), a.getStartsAt(), a.getSeat()), a);
        }
        Map<String, Volunteer> byCode = volunteers.findByCommunityIdOrderByCode(input.communityId()).stream()
                .collect(Collectors.toMap(Volunteer::getCode, Function.identity()));
        PlanDocument now = snapshots.neighbourhood(window);
        Set<SeatRef> noLongerFit = solver.seatsNoLongerFit(input.document(), now, solved.assignments());
        int changed = 0;
        int kept = 0;
        int leftEmpty = 0;
        for (AssignmentDef def : solved.assignments()) {
            SeatRef key = new SeatRef(def.post(), def.start(), def.seat());
            Assignment seat = def.pinned() ? null : seats.get(key);
            if (seat == null || seat.isPinned() || !input.versions().containsKey(seat.getId())) {
                continue;
            }
            boolean unfit = noLongerFit.contains(key);
            Volunteer wanted = def.volunteer() == null || unfit ? null : byCode.get(def.volunteer());
            boolean same = Objects.equals(seat.getVolunteer(), wanted);
            if (!Objects.equals(input.versions().get(seat.getId()), seat.getVersion())) {
                kept += same ? 0 : 1;
                continue;
            }
            leftEmpty += unfit ? 1 : 0;
            if (!same) {
                seat.setVolunteer(wanted);
                changed++;
            }
        }
        assignments.flush();
        log.info("Roster {} {}..{}: solver result applied, {} seats changed, {} hand edits kept, {} left empty for "
                + "people no longer available", input.rosterId(), window.from(), window.to(), changed, kept, leftEmpty);
        int filled = (int) seats.values().stream().filter(a -> a.getVolunteer() != null).count();
        return new Applied(changed, kept, leftEmpty, filled);
    }
}
