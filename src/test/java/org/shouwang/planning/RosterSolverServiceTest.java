package org.shouwang.planning;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.CommunityService;
import org.shouwang.community.CommunitySettings;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.roster.PlanSnapshotService;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.RosterTestData;
import org.shouwang.roster.RosterWindow;
import org.shouwang.roster.ScoreAnalysis;
import org.shouwang.solver.RosterWeights;
import org.shouwang.solver.Rule;
import org.shouwang.solver.check.RosterChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.roster.RosterTestData.MONDAY;

@SpringBootTest
@ActiveProfiles("test")
class RosterSolverServiceTest {

    /** Long enough that only a stop ends the solve within the test's patience. */
    private static final Duration LONG = Duration.ofMinutes(5);
    /** Long enough for a solve to be under way. */
    private static final long SOLVING_A_WHILE = 1000;

    @Autowired
    RosterSolverService solverService;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterTestData data;
    @Autowired
    PlanImportService imports;
    @Autowired
    PlanSnapshotService snapshots;
    @Autowired
    CommunityService communities;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** Collects a solve's reports and lets the test wait for its end. */
    static final class Recorder implements java.util.function.Consumer<RosterSolverService.Progress> {
        final List<RosterSolverService.Progress> reports = new CopyOnWriteArrayList<>();
        final CountDownLatch ended = new CountDownLatch(1);

        @Override
        public void accept(RosterSolverService.Progress progress) {
            reports.add(progress);
            if (progress.state() != RosterSolverService.State.SOLVING) {
                ended.countDown();
            }
        }

        RosterSolverService.Progress awaitEnd() throws InterruptedException {
            return awaitEnd(java.time.Duration.ofMinutes(2));
        }

        RosterSolverService.Progress awaitEnd(java.time.Duration patience) throws InterruptedException {
            assertThat(ended.await(patience.toMillis(), TimeUnit.MILLISECONDS)).as("the solve ended").isTrue();
            return reports.get(reports.size() - 1);
        }
    }

    private RosterWindow open(RosterTestData.Made made) {
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        return rosters.open(made.communityId(), MONDAY, MONDAY.plusDays(2)).orElseThrow();
    }

    @Test
    void a_solve_fills_the_roster_in_the_background_and_reports_its_progress() throws Exception {
        RosterTestData.Made made = data.community("后台排班");
        RosterWindow rosterId = open(made);
        Recorder recorder = new Recorder();

        try (RosterSolverService.Subscription ignored = solverService.start(rosterId,
                Duration.ofSeconds(2), recorder)) {
            RosterSolverService.Progress last = recorder.awaitEnd();

            assertThat(last.state()).isEqualTo(RosterSolverService.State.FINISHED);
            assertThat(last.seats()).isEqualTo(24);
            assertThat(last.filled()).isPositive();
            RosterBoard board = rosters.board(rosterId);
            assertThat(board.filled()).isEqualTo(last.filled());
            assertThat(board.score()).isEqualTo(last.score());
            assertThat(solverService.isSolving(made.communityId())).isFalse();
        }
    }

    @Test
    void switching_stable_teams_on_in_the_settings_gives_the_solver_its_weight_and_the_why_panel_its_count()
            throws Exception {
        RosterTestData.Made made = data.community("固定搭档");
        RosterWindow window = open(made);
        assertThat(RosterSolverService.model(rosters.solverInput(window)).getWeights().teams()).isZero();

        CommunitySettings settings = communities.settings(made.communityId());
        settings.setTeams(5);
        communities.saveSettings(made.communityId(), settings);

        assertThat(RosterSolverService.model(rosters.solverInput(window)).getWeights())
                .isEqualTo(RosterWeights.DEFAULT.withTeams(5));
        Recorder recorder = new Recorder();
        try (RosterSolverService.Subscription ignored = solverService.start(window,
                Duration.ofSeconds(2), recorder)) {
            assertThat(recorder.awaitEnd().state()).isEqualTo(RosterSolverService.State.FINISHED);
        }
        // The rule is scored and explained: one match, with how many pairs serve together.
        assertThat(rosters.analysis(window).rules()).filteredOn(cost -> cost.rule() == Rule.STABLE_TEAMS)
                .singleElement().satisfies(cost -> assertThat(cost.matches()).singleElement()
                        .satisfies(match -> assertThat(match.facts()).extracting(ScoreAnalysis.Fact::name)
                                .containsExactly("pairs", "volunteers")));
    }

    @Test
    void stop_ends_a_solve_early_and_its_best_roster_becomes_the_draft() throws Exception {
        RosterTestData.Made made = data.community("停止排班");
        RosterWindow rosterId = open(made);
        Recorder recorder = new Recorder();

        try (RosterSolverService.Subscription ignored = solverService.start(rosterId, LONG, recorder)) {
            Thread.sleep(SOLVING_A_WHILE);
            assertThat(solverService.isSolving(made.communityId())).isTrue();
            solverService.stop(made.communityId());

            RosterSolverService.Progress last = recorder.awaitEnd();
            assertThat(last.state()).isEqualTo(RosterSolverService.State.FINISHED);
            assertThat(rosters.board(rosterId).filled()).isEqualTo(last.filled()).isPositive();
        }
    }

    @Test
    void only_one_solve_of_a_community_runs_at_a_time_and_a_second_start_is_refused_as_such() throws Exception {
        RosterTestData.Made made = data.community("一次一个");
        RosterWindow rosterId = open(made);
        Recorder recorder = new Recorder();

        try (RosterSolverService.Subscription ignored = solverService.start(rosterId, LONG, recorder)) {
            assertThatThrownBy(() -> solverService.start(rosterId, LONG, null))
                    .isInstanceOf(SolveRunningException.class);
            solverService.stop(made.communityId());
            recorder.awaitEnd();
        }
        // Once it ended, the community may solve again.
        Recorder again = new Recorder();
        try (RosterSolverService.Subscription ignored = solverService.start(rosterId,
                Duration.ofSeconds(1), again)) {
            assertThat(again.awaitEnd().state()).isEqualTo(RosterSolverService.State.FINISHED);
        }
    }

    @Test
    void two_communities_solve_at_the_same_time_each_in_its_own_job() throws Exception {
        RosterTestData.Made first = data.community("并行一");
        RosterWindow firstRoster = open(first);
        RosterTestData.Made second = data.community("并行二");
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        RosterWindow secondRoster = rosters.open(second.communityId(), MONDAY, MONDAY.plusDays(2)).orElseThrow();
        Recorder one = new Recorder();
        Recorder two = new Recorder();

        try (RosterSolverService.Subscription a = solverService.start(firstRoster, LONG, one);
             RosterSolverService.Subscription b = solverService.start(secondRoster, LONG, two)) {
            Thread.sleep(SOLVING_A_WHILE);
            assertThat(solverService.isSolving(first.communityId())).isTrue();
            assertThat(solverService.isSolving(second.communityId())).isTrue();
            solverService.stop(first.communityId());
            solverService.stop(second.communityId());
            assertThat(one.awaitEnd().window()).isEqualTo(firstRoster);
            assertThat(two.awaitEnd().window()).isEqualTo(secondRoster);
        }
        assertThat(one.reports).allMatch(p -> p.communityId() == first.communityId());
    }

    @Test
    void each_new_best_roster_reaches_the_listeners_with_its_seats() throws Exception {
        // A problem large enough that local search improves on construction (the tiny one is solved at once).
        RosterWindow day = demo("最佳推送", 1);
        Recorder recorder = new Recorder();

        try (RosterSolverService.Subscription ignored = solverService.start(day, Duration.ofSeconds(8),
                recorder)) {
            RosterSolverService.Progress last = recorder.awaitEnd();

            List<RosterSolverService.Progress> best = recorder.reports.stream()
                    .filter(p -> p.state() == RosterSolverService.State.SOLVING && p.score() != null).toList();
            assertThat(best).isNotEmpty().allSatisfy(p -> {
                assertThat(p.roster()).hasSize(last.seats());
                assertThat(p.roster().values().stream().filter(java.util.Objects::nonNull).count())
                        .isEqualTo(p.filled());
                assertThat(p.score().empty()).isEqualTo(p.seats() - p.filled());
            });
            assertThat(last.state()).isEqualTo(RosterSolverService.State.FINISHED);
            assertThat(last.score()).isEqualTo(best.get(best.size() - 1).score());
        }
    }

    /** The upstream demo community (from {@code MONDAY}) with a window of its first days, its admin signed in. */
    private RosterWindow demo(String name, int days) {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        PlanDocument demo = CommunityGenerator.upstream(MONDAY);
        PlanDocument renamed = new PlanDocument(demo.format(),
                new PlanDocument.CommunityInfo(demo.community().name() + "-" + name + "-" + System.nanoTime()),
                demo.horizon(), demo.rules(), demo.compounds(), demo.posts(), demo.demands(), demo.volunteers(),
                List.of(), null);
        long communityId = imports.importCommunity(renamed, ImportMode.CREATE).communityId();
        LocalDate from = demo.horizon().from();
        return rosters.open(communityId, from, from.plusDays(days - 1)).orElseThrow();
    }

    @Test
    void stop_takes_effect_within_a_second() throws Exception {
        RosterTestData.Made made = data.community("立即停止");
        RosterWindow rosterId = open(made);
        Recorder recorder = new Recorder();

        try (RosterSolverService.Subscription ignored = solverService.start(rosterId, LONG, recorder)) {
            Thread.sleep(SOLVING_A_WHILE);
            long before = System.nanoTime();
            solverService.stop(made.communityId());
            long solverStopped = System.nanoTime();
            recorder.awaitEnd();

            assertThat(Duration.ofNanos(solverStopped - before)).isLessThan(Duration.ofSeconds(1));
            assertThat(recorder.reports.get(recorder.reports.size() - 1).elapsed()).isLessThan(LONG);
        }
    }

    @Test
    void a_pinned_seat_is_kept_by_the_solver() throws Exception {
        RosterTestData.Made made = data.community("锁定不变");
        RosterWindow rosterId = open(made);
        RosterBoard.Seat seat = rosters.board(rosterId).seats().get(3);
        rosters.assign(seat.assignmentId(), seat.version(), made.volunteerIds().get(6));
        rosters.setPinned(seat.assignmentId(), seat.version() + 1, true);
        RosterBoard.Seat empty = rosters.board(rosterId).seats().get(5);
        rosters.setPinned(empty.assignmentId(), empty.version(), true);
        Recorder recorder = new Recorder();

        try (RosterSolverService.Subscription ignored = solverService.start(rosterId,
                Duration.ofSeconds(2), recorder)) {
            recorder.awaitEnd();
        }

        RosterBoard board = rosters.board(rosterId);
        assertThat(board.seats()).filteredOn(s -> s.assignmentId() == seat.assignmentId()).singleElement()
                .satisfies(s -> assertThat(s.volunteerCode()).isEqualTo("V7"));
        assertThat(board.seats()).filteredOn(s -> s.assignmentId() == empty.assignmentId()).singleElement()
                .satisfies(s -> assertThat(s.filled()).isFalse());
        assertThat(board.filled()).isGreaterThan(1);
    }

    @Test
    void a_listener_that_was_closed_is_no_longer_kept() {
        RosterTestData.Made made = data.community("监听");
        open(made);
        int before = solverService.listenerCount(made.communityId());

        RosterSolverService.Subscription subscription = solverService.listen(made.communityId(), p -> { });
        assertThat(solverService.listenerCount(made.communityId())).isEqualTo(before + 1);
        subscription.close();

        assertThat(solverService.listenerCount(made.communityId())).isEqualTo(before);
    }

    @Test
    void a_committee_member_may_not_start_a_solve() {
        RosterTestData.Made made = data.community("委员排班");
        RosterWindow rosterId = open(made);
        TestUsers.signIn(Roles.COMMITTEE, made.communityId(), made.owner());

        assertThatThrownBy(() -> solverService.start(rosterId, LONG, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(solverService.isSolving(made.communityId())).isFalse();
    }

    @Test
    void the_demo_community_is_solved_without_breaking_a_hard_rule() throws Exception {
        RosterWindow window = demo("排班", 2);
        long communityId = window.communityId();
        long rosterId = window.rosterId();
        LocalDate from = window.from();
        LocalDate to = window.to();
        Recorder recorder = new Recorder();

        RosterSolverService.Progress last;
        try (RosterSolverService.Subscription ignored = solverService.start(window,
                Duration.ofSeconds(10), recorder)) {
            last = recorder.awaitEnd();
        }

        assertThat(last.state()).isEqualTo(RosterSolverService.State.FINISHED);
        assertThat(last.filled()).isPositive();
        PlanDocument solved = snapshots.snapshot(communityId, from, to, rosterId);
        assertThat(solved.assignments()).filteredOn(a -> a.volunteer() != null).hasSize(last.filled());
        assertThat(new RosterChecker().check(solved)).isEmpty();
    }
}
