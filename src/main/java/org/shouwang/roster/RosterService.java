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
 * The rosters of a community: their seats, who sits in them, manual edits and the solver's results.
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

    public RosterService(RosterRepository rosters, AssignmentRepository assignments, CommunityRepository communities,
                         PostRepository posts, VolunteerRepository volunteers, PlanSnapshotService snapshots,
                         SolverGateway solver, CurrentUser currentUser, Replanning publishing) {
        this.rosters = rosters;
        this.publishing = publishing;
        this.assignments = assignments;
        this.communities = communities;
        this.posts = posts;
        this.volunteers = volunteers;
        this.snapshots = snapshots;
        this.solver = solver;
        this.currentUser = currentUser;
    }

    /** The problem a solve starts from, and each seat's version at that moment. */
    public record SolveInput(long communityId, long rosterId, PlanDocument document, SoftWeights weights,
                             Map<Long, Integer> versions) {
    }

    /**
     * The outcome of applying a solved roster: seats changed, seats kept because a person edited them
     * meanwhile, and seats left empty because the solver's choice can no longer take them (e.g. leave
     * reported while it ran).
     */
    public record Applied(int changed, int keptEdits, int leftEmpty, int filled) {
    }

    /** The rosters of a community, the latest first. */
    @Transactional(readOnly = true)
    public List<Roster> rostersOf(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        return rosters.findByCommunityIdOrderByFirstDateDesc(communityId);
    }

    /**
     * The roster of the community for exactly this horizon, created when there is none (planners only).
     * Its seats follow the demand as it is now: seats of new demand are added empty, seats whose demand
     * is gone are removed, and every other seat keeps its volunteer and pin.
     *
     * @return the roster's id; empty when there is none and the caller may not create one
     */
    public Optional<Long> open(long communityId, LocalDate from, LocalDate to) {
        currentUser.requireCommunity(communityId, READERS);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The horizon ends before it starts");
        }
        Optional<Roster> existing = rosters.findFirstByCommunityIdAndFirstDateAndLastDateOrderByIdDesc(communityId, from, to);
        if (!isPlanner()) {
            return existing.map(Roster::getId);
        }
        Roster roster = existing.orElseGet(() -> {
            Community community = communities.getReferenceById(communityId);
            return rosters.save(new Roster(community, from, to));
        });
        syncSeats(communityId, roster);
        return Optional.of(roster.getId());
    }

    private void syncSeats(long communityId, Roster roster) {
        PlanDocument problem = snapshots.snapshot(communityId, roster.getFirstDate(), roster.getLastDate(), null);
        Map<String, Post> postsByCode = posts.findByCompoundCommunityIdOrderByCode(communityId).stream()
                .collect(Collectors.toMap(Post::getCode, Function.identity()));
        Map<SeatRef, Assignment> existing = new HashMap<>();
        for (Assignment a : assignments.findByRosterIdOrderByPostCodeAscStartsAtAscSeatAsc(roster.getId())) {
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
        assignments.saveAll(added);
        assignments.deleteAll(existing.values());
        if (!added.isEmpty() || !existing.isEmpty()) {
            log.info("Roster {}: {} seats added, {} removed to follow the demand", roster.getId(), added.size(),
                    existing.size());
        }
    }

    /** Everything the planner board shows of a roster, with each seat's broken rules. */
    @Transactional(readOnly = true)
    public RosterBoard board(long rosterId) {
        Roster roster = readable(rosterId);
        long communityId = roster.getCommunity().getId();
        PlanDocument document = snapshots.snapshot(communityId, roster.getFirstDate(), roster.getLastDate(), rosterId);
        SolverGateway.Scored scored = solver.scoreWithBrokenRules(document, roster.getCommunity().getWeights());
        Map<Long, RosterBoard.CompoundInfo> compounds = new TreeMap<>();
        Map<Long, List<RosterBoard.PostInfo>> postsOfCompound = new LinkedHashMap<>();
        List<RosterBoard.Seat> seats = new ArrayList<>();
        for (Assignment a : assignments.findByRosterIdOrderByPostCodeAscStartsAtAscSeatAsc(rosterId)) {
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
        return new RosterBoard(rosterId, communityId, roster.getFirstDate(), roster.getLastDate(), roster.getStatus(),
                scored.score(), compoundList, seats);
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

    private Roster readable(long rosterId) {
        Roster roster = rosters.findById(rosterId).orElseThrow(() -> new AccessDeniedException("No roster " + rosterId));
        currentUser.requireCommunity(roster.getCommunity().getId(), READERS);
        return roster;
    }

    /**
     * The volunteers of the community as candidates for a seat, best first: those who may take it ranked
     * by fit, then the others with the rules they would break.
     */
    @Transactional(readOnly = true)
    public List<SeatCandidate> candidates(long assignmentId) {
        Assignment seat = assignments.findAssignment(assignmentId).orElseThrow(() -> new SeatConflictException(assignmentId, "The seat no longer exists"));
        Roster roster = seat.getRoster();
        currentUser.requireCommunity(roster.getCommunity().getId(), READERS);
        PlanDocument document = snapshots.snapshot(roster.getCommunity().getId(), roster.getFirstDate(),
                roster.getLastDate(), roster.getId());
        AssignmentDef def = new AssignmentDef(seat.getPost().getCode(), seat.getStartsAt(), seat.getSeat(), null, false);
        // The seat as if empty, so that its current holder is judged like everybody else.
        List<AssignmentDef> others = document.assignments().stream()
                .filter(a -> !(a.post().equals(def.post()) && a.start().equals(def.start()) && a.seat() == def.seat()))
                .toList();
        PlanDocument without = document.withAssignments(others, null);
        Map<String, Long> idsByCode = volunteers.findByCommunityIdOrderByCode(roster.getCommunity().getId()).stream()
                .collect(Collectors.toMap(Volunteer::getCode, Volunteer::getId));
        return Candidates.rank(without, def, seat.getEndsAt(), seat.getPost().getCompound().getCode(), idsByCode,
                code -> solver.whyNot(without, def, code));
    }

    /** Why the roster scores as it does: each rule that costs anything, with who and which seats. */
    @Transactional(readOnly = true)
    public ScoreAnalysis analysis(long rosterId) {
        Roster roster = readable(rosterId);
        return solver.analyze(snapshots.snapshot(roster.getCommunity().getId(), roster.getFirstDate(),
                roster.getLastDate(), rosterId), roster.getCommunity().getWeights());
    }

    /** Seats, filled and empty per compound and time band, with how many more people each band needs. */
    @Transactional(readOnly = true)
    public List<CoverageRow> coverage(long rosterId) {
        Roster roster = readable(rosterId);
        return Coverage.of(snapshots.snapshot(roster.getCommunity().getId(), roster.getFirstDate(),
                roster.getLastDate(), rosterId));
    }

    /** One volunteer's duties in the roster and their hours per week against their maximum. */
    @Transactional(readOnly = true)
    public VolunteerDuties duties(long rosterId, long volunteerId) {
        Roster roster = readable(rosterId);
        Volunteer volunteer = volunteers.findById(volunteerId)
                .filter(v -> v.getCommunity().getId().equals(roster.getCommunity().getId()))
                .orElseThrow(() -> new IllegalArgumentException("No volunteer " + volunteerId + " in this community"));
        List<Assignment> held = assignments.findByRosterIdAndVolunteerIdOrderByStartsAt(rosterId, volunteerId);
        List<RosterBoard.Seat> duties = held.stream().map(a -> toSeat(a, List.of())).toList();
        Map<Long, String> compoundNames = new java.util.HashMap<>();
        held.forEach(a -> compoundNames.put(a.getPost().getCompound().getId(), a.getPost().getCompound().getName()));
        Map<LocalDate, Double> perWeek = new TreeMap<>();
        for (LocalDate monday = roster.getFirstDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
             !monday.isAfter(roster.getLastDate()); monday = monday.plusWeeks(1)) {
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

    /** The problem for a solve of the roster, with every seat's version at this moment ({@code planning.RosterSolverService} only). */
    @Transactional(readOnly = true)
    public SolveInput solverInput(long rosterId) {
        Roster roster = rosters.findById(rosterId).orElseThrow(() -> new IllegalArgumentException("No roster " + rosterId));
        long communityId = roster.getCommunity().getId();
        currentUser.requireCommunity(communityId, PLANNERS);
        Map<Long, Integer> versions = new HashMap<>();
        assignments.findByRosterIdOrderByPostCodeAscStartsAtAscSeatAsc(rosterId)
                .forEach(a -> versions.put(a.getId(), a.getVersion()));
        PlanDocument document = snapshots.snapshot(communityId, roster.getFirstDate(), roster.getLastDate(), rosterId);
        // Published seats stay as previous assignments (the solver's stability rule keeps them) unless released.
        document = publishing.forReplanning(rosterId, document);
        return new SolveInput(communityId, rosterId, document, roster.getCommunity().getWeights(), versions);
    }

    /**
     * Makes a solved roster the draft, in one transaction. A seat whose version differs from the one
     * it had when the solve started was changed by a person while the solver ran (assigned, emptied,
     * pinned, unpinned or released): it keeps that change (a person's edit outranks the solver's guess).
     * Pinned seats are never touched. A seat the solver gives to someone who, since the solve started,
     * can no longer take it (leave or sickness reported, availability or skills changed) comes out empty
     * rather than silently breaking their new unavailability, even if they held it before.
     * For {@code planning.RosterSolverService}, which calls it when a solve ends.
     */
    public Applied applySolverResult(SolveInput input, PlanDocument solved) {
        currentUser.requireCommunity(input.communityId(), PLANNERS);
        Roster roster = rosters.findById(input.rosterId()).orElseThrow();
        Map<SeatRef, Assignment> seats = new HashMap<>();
        for (Assignment a : assignments.findByRosterIdOrderByPostCodeAscStartsAtAscSeatAsc(input.rosterId())) {
            seats.put(new SeatRef(a.getPost().getCode(), a.getStartsAt(), a.getSeat()), a);
        }
        Map<String, Volunteer> byCode = volunteers.findByCommunityIdOrderByCode(input.communityId()).stream()
                .collect(Collectors.toMap(Volunteer::getCode, Function.identity()));
        PlanDocument now = snapshots.snapshot(input.communityId(), roster.getFirstDate(), roster.getLastDate(), null);
        Set<SeatRef> noLongerFit = solver.seatsNoLongerFit(input.document(), now, solved.assignments());
        int changed = 0;
        int kept = 0;
        int leftEmpty = 0;
        for (AssignmentDef def : solved.assignments()) {
            SeatRef key = new SeatRef(def.post(), def.start(), def.seat());
            Assignment seat = seats.get(key);
            if (seat == null || seat.isPinned()) {
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
        log.info("Roster {}: solver result applied, {} seats changed, {} hand edits kept, {} left empty for people "
                + "no longer available", input.rosterId(), changed, kept, leftEmpty);
        int filled = (int) seats.values().stream().filter(a -> a.getVolunteer() != null).count();
        return new Applied(changed, kept, leftEmpty, filled);
    }
}
