package org.shouwang.planning;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Compound;
import org.shouwang.community.CompoundRepository;
import org.shouwang.community.Post;
import org.shouwang.demand.Demand;
import org.shouwang.demand.DemandRepository;
import org.shouwang.duty.DutyFixture;
import org.shouwang.duty.DutyService;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.PlanSnapshotService;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.RosterTestData;
import org.shouwang.roster.RosterWindow;
import org.shouwang.roster.SeatCandidate;
import org.shouwang.solver.Rule;
import org.shouwang.solver.check.RosterChecker;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One timeline per community, seen through windows: a re-plan of the demo community changes what must
 * change and nothing outside its window or in the past; a window's solve respects the duties just
 * outside it; overlapping windows never book anybody twice.
 */
// The solves end when the test's condition holds; the test profile's 5 s limit (and the 15 s without an
// improvement) would end them first on a slow machine, so this class raises both to a safety net.
@SpringBootTest(properties = {
        "optaplanner.solver.termination.spent-limit=" + TimelineTest.SAFETY_NET_SECONDS + "s",
        "optaplanner.solver.termination.unimproved-spent-limit=" + TimelineTest.SAFETY_NET_SECONDS + "s"})
@ActiveProfiles("test")
class TimelineTest {

    static final int SAFETY_NET_SECONDS = 300;
    private static final Duration SAFETY_NET = Duration.ofSeconds(SAFETY_NET_SECONDS);
    private static final Duration SMALL = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(TimelineTest.class);

    @Autowired
    ApplicationContext ctx;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterSolverService solverService;
    @Autowired
    PublishingService publishing;
    @Autowired
    DutyService duties;
    @Autowired
    PlanImportService imports;
    @Autowired
    PlanSnapshotService snapshots;
    @Autowired
    RosterTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** Every seat filled and no rule broken: nothing left to find, so the solve ends at once. */
    private static final Predicate<RosterSolverService.Progress> ALL_FILLED =
            p -> p.score().broken() == 0 && p.filled() == p.seats();

    /**
     * Solves until {@code done} holds for the best roster. The time limit is only a safety net, far above what
     * the solve needs, so that a slow or busy machine cannot fail the test.
     */
    private RosterSolverService.Progress solve(RosterWindow window,
                                               Predicate<RosterSolverService.Progress> done) throws Exception {
        return solve(window, SAFETY_NET, done);
    }

    /**
     * A solve of a few seats whose test needs only a constructed roster, however full (construction takes
     * milliseconds): it ends after a few seconds.
     */
    private void solveSmall(RosterWindow window) throws Exception {
        solve(window, SMALL, ALL_FILLED);
    }

    private RosterSolverService.Progress solve(RosterWindow window, Duration limit,
                                               Predicate<RosterSolverService.Progress> done) throws Exception {
        RosterSolverServiceTest.Recorder recorder = new RosterSolverServiceTest.Recorder();
        try (RosterSolverService.Subscription ignored = solverService.start(window, limit, done, recorder)) {
            RosterSolverService.Progress last = recorder.awaitEnd(limit.plusMinutes(1));
            assertThat(last.state()).isEqualTo(RosterSolverService.State.FINISHED);
            return last;
        }
    }

    /** Who sits in every seat of the community's timeline, by assignment id (0 for an empty seat). */
    private Map<Long, Long> timeline(long rosterId) {
        Map<Long, Long> seats = new HashMap<>();
        jdbc.query("select id, volunteer_id from assignment where roster_id = ?", row -> {
            seats.put(row.getLong(1), row.getLong(2));
        }, rosterId);
        return seats;
    }

    @Test
    void re_planning_the_demo_after_leave_changes_what_must_change_and_nothing_outside_the_window_or_past()
            throws Exception {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        LocalDate today = LocalDate.now(clock);
        PlanDocument demo = CommunityGenerator.upstream(today);
        long communityId = imports.importCommunity(new PlanDocument(demo.format(),
                new PlanDocument.CommunityInfo("时间线重排-" + System.nanoTime()), demo.horizon(), demo.rules(),
                demo.compounds(), demo.posts(), demo.demands(), demo.volunteers(), List.of(), null),
                ImportMode.CREATE).communityId();
        TestUsers.signIn(Roles.SECRETARY, communityId, null);

        // 1. Solve and publish five days from today, and the four days after them (neighbours of the re-plan).
        // Shifts that started today stay as they are (empty): a solve is done once every other seat is filled.
        RosterWindow window = rosters.open(communityId, today, today.plusDays(4)).orElseThrow();
        RosterWindow next = rosters.open(communityId, today.plusDays(5), today.plusDays(8)).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        long started = rosters.board(window).seats().stream().filter(s -> !s.start().isAfter(now)).count();
        Predicate<RosterSolverService.Progress> filled = p -> p.score().broken() == 0
                && p.filled() >= p.seats() - started;
        solve(window, filled);
        solve(next, ALL_FILLED);
        publishing.publish(window);
        publishing.publish(next);
        RosterBoard published = rosters.board(window);
        assertThat(published.filled()).isPositive();

        // 2. The volunteer with most duties in the three days from tomorrow reports leave for them.
        LocalDate first = today.plusDays(1);
        LocalDate last = today.plusDays(3);
        Map<Long, Long> dutiesThen = new HashMap<>();
        published.seats().stream().filter(s -> s.filled() && !s.start().toLocalDate().isBefore(first)
                        && !s.start().toLocalDate().isAfter(last))
                .forEach(s -> dutiesThen.merge(s.volunteerId(), 1L, Long::sum));
        long sick = dutiesThen.entrySet().stream().max(Map.Entry.<Long, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        TestUsers.signIn(Roles.VOLUNTEER, communityId, sick);
        duties.reportAbsence(first, last, Absence.Reason.SICK, null);
        TestUsers.signIn(Roles.SECRETARY, communityId, null);

        // 3. Solve again; it may stop as soon as every seat is filled again without a broken rule.
        Map<Long, Long> before = timeline(window.rosterId());
        LocalDateTime solveStarted = LocalDateTime.now(clock);
        RosterSolverService.Progress replan = solve(window, filled);
        Map<Long, Long> after = timeline(window.rosterId());

        // 4. Only what had to change, no rule broken, nothing outside the window or in the past touched.
        log.info("Demo re-plan after {} days of leave: {} seats had to change, {} changed in all, {} of {} filled",
                3, replan.forced(), replan.changed(), replan.filled(), replan.seats());
        assertThat(replan.replan()).isTrue();
        // The sick volunteer's duties (a night shift reaching into the leave would be one more).
        assertThat(replan.forced()).isGreaterThanOrEqualTo(dutiesThen.get(sick).intValue());
        assertThat(replan.changed()).isLessThanOrEqualTo(2 * replan.forced());
        assertThat(replan.score().broken()).isZero();
        PlanDocument saved = snapshots.snapshot(communityId, today, today.plusDays(8), window.rosterId());
        assertThat(new RosterChecker().check(saved)).isEmpty();
        Map<Long, Assignment> seats = new HashMap<>();
        ctx.getBean(org.shouwang.roster.AssignmentRepository.class).findAllById(before.keySet())
                .forEach(a -> seats.put(a.getId(), a));
        List<Long> changed = before.keySet().stream().filter(id -> !Objects.equals(before.get(id), after.get(id))).toList();
        assertThat(changed).hasSize(replan.changed());
        assertThat(changed).allSatisfy(id -> {
            Assignment seat = seats.get(id);
            assertThat(window.contains(seat.getStartsAt())).as("inside the window").isTrue();
            assertThat(seat.getStartsAt()).as("not started when the solve began").isAfter(solveStarted);
        });
        assertThat(publishing.diff(window)).hasSize(replan.changed());
    }

    @Test
    void a_window_is_solved_with_the_rest_after_a_published_night_shift_just_before_it() throws Exception {
        DutyFixture fixture = new DutyFixture(ctx);
        Compound home = fixture.compound;
        Compound across = fixture.compound("对面院", null);
        Post morningGate = fixture.post(home, "南门");
        LocalDate day = LocalDate.now(clock).plusDays(7);
        // A night shift on the day before the window only (the same weekday each week), a morning every day.
        Demand night = new Demand(fixture.gate, EnumSet.of(day.minusDays(1).getDayOfWeek()), LocalTime.of(23, 0),
                LocalTime.of(7, 0), 1);
        ctx.getBean(DemandRepository.class).save(night);
        fixture.demand(morningGate, LocalTime.of(9, 0), LocalTime.of(13, 0), 1);
        Volunteer near = fixture.volunteer("近邻", "13800000021");
        Volunteer far = fixture.volunteer("远客", "13800000022");
        far.setHome(across);
        ctx.getBean(VolunteerRepository.class).save(far);
        ctx.getBean(CompoundRepository.class).save(across);
        TestUsers.signIn(Roles.SECRETARY, fixture.community.getId(), null);

        // The night before the window: 近邻 by hand, published.
        RosterWindow before = rosters.open(fixture.community.getId(), day.minusDays(1), day.minusDays(1)).orElseThrow();
        RosterBoard.Seat nightSeat = rosters.board(before).seats().stream()
                .filter(s -> s.start().equals(day.minusDays(1).atTime(23, 0))).findFirst().orElseThrow();
        rosters.assign(nightSeat.assignmentId(), nightSeat.version(), near.getId());
        publishing.publish(before);

        // The window: two mornings. 近邻 lives by the gate and fits best, but the night ends at 07:00.
        RosterWindow window = rosters.open(fixture.community.getId(), day, day.plusDays(1)).orElseThrow();
        solveSmall(window);

        RosterBoard board = rosters.board(window);
        assertThat(board.seats()).extracting(RosterBoard.Seat::start).containsExactly(day.atTime(9, 0),
                day.plusDays(1).atTime(9, 0));
        assertThat(board.seats().get(0).volunteerName()).isEqualTo("远客");
        // Without the night before, 近邻 would be the best fit: the next morning's first candidate.
        assertThat(rosters.candidates(board.seats().get(1).assignmentId()).get(0).name()).isEqualTo("近邻");
        // The seat's candidates say why: rest after the night just outside the window.
        SeatCandidate nearby = rosters.candidates(board.seats().get(0).assignmentId()).stream()
                .filter(c -> c.name().equals("近邻")).findFirst().orElseThrow();
        assertThat(nearby.eligible()).isFalse();
        assertThat(nearby.reasons()).contains(Rule.TOO_LITTLE_REST);
        // And the night before stays as it was published.
        assertThat(rosters.board(before).seats()).filteredOn(s -> s.assignmentId() == nightSeat.assignmentId())
                .singleElement().satisfies(s -> assertThat(s.volunteerName()).isEqualTo("近邻"));
    }

    @Test
    void two_overlapping_windows_share_their_seats_and_never_book_anybody_twice() throws Exception {
        RosterTestData.Made made = data.community("重叠窗口");
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        LocalDate monday = RosterTestData.MONDAY;

        RosterWindow first = rosters.open(made.communityId(), monday, monday.plusDays(2)).orElseThrow();
        solveSmall(first);
        publishing.publish(first);
        RosterWindow second = rosters.open(made.communityId(), monday.plusDays(1), monday.plusDays(3)).orElseThrow();
        solveSmall(second);
        publishing.publish(second);

        assertThat(second.rosterId()).as("one timeline").isEqualTo(first.rosterId());
        assertThat(jdbc.queryForObject("select count(*) from roster where community_id = ?", Integer.class,
                made.communityId())).isEqualTo(1);
        // Each seat once: 2 gates x 2 shifts x 2 seats x 4 days.
        assertThat(jdbc.queryForObject("select count(*) from assignment where roster_id = ?", Integer.class,
                first.rosterId())).isEqualTo(32);
        // Nobody at two posts at once, nor any other rule broken, over both windows.
        PlanDocument both = snapshots.snapshot(made.communityId(), monday, monday.plusDays(3), first.rosterId());
        assertThat(both.assignments()).hasSize(32);
        assertThat(new RosterChecker().check(both)).isEmpty();
        // What volunteers see: each published duty once.
        assertThat(jdbc.queryForObject("""
                select count(*) from (select post_id, starts_at, seat from assignment where roster_id = ?
                group by post_id, starts_at, seat having count(*) > 1) twice""", Integer.class, first.rosterId()))
                .isZero();
        // And the database refuses a second copy of a seat.
        Long post = jdbc.queryForObject("select min(post_id) from assignment where roster_id = ?", Long.class,
                first.rosterId());
        assertThatThrownBy(() -> jdbc.update("""
                insert into assignment (version, roster_id, post_id, starts_at, ends_at, seat, pinned, released)
                select 0, roster_id, post_id, starts_at, ends_at, seat, false, false from assignment
                where roster_id = ? and post_id = ? order by starts_at fetch first 1 rows only""",
                first.rosterId(), post)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
