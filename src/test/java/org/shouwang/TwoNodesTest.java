package org.shouwang;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shouwang.base.Roles;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.plan.demo.CommunityGenerator.CompoundSpec;
import org.shouwang.planning.RosterSolverService;
import org.shouwang.planning.SolveElsewhereException;
import org.shouwang.planning.SolveLeases;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.RosterWindow;
import org.shouwang.roster.SeatConflictException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two app servers on one PostgreSQL, as a district runs them behind a proxy: two Spring contexts on two
 * ports, configured as the README tells an administrator to. A solve runs on one of them only; a server
 * that stops renewing its lease (as a killed one would) loses the community to the other and writes
 * nothing; an edit on one is seen on the other, and a stale edit is refused there as on one server.
 */
class TwoNodesTest {

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoServers() {
        Map<String, Object> settings = Map.of(
                "SHOUWANG_DB_URL", TestPostgres.jdbcUrl(),
                "SHOUWANG_DB_USER", TestPostgres.USER,
                "SHOUWANG_DB_PASSWORD", TestPostgres.PASSWORD,
                "server.port", "0",
                // The database is shared with PostgresPersistenceTest, which expects the demo data in it.
                "SHOUWANG_DEMO_DATA", "true",
                // Short, so that a dead server's lease expires within the test.
                "shouwang.solve.lease", "2s",
                // Solves end when the test says so, not by themselves.
                "optaplanner.solver.termination.unimproved-spent-limit", "5m");
        // As command-line arguments: they override application.properties, as an administrator's settings do.
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        a = new SpringApplicationBuilder(ShouwangApplication.class).run(args);
        b = new SpringApplicationBuilder(ShouwangApplication.class).run(args);
    }

    @AfterAll
    static void stopServers() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_solve_runs_on_one_server_and_moves_to_the_other_when_its_server_dies_without_writing_half_a_result()
            throws Exception {
        LocalDate today = LocalDate.now(a.getBean(Clock.class));
        long communityId = community(today);
        TestUsers.signIn(Roles.SECRETARY, communityId, null);
        String secretary = SecurityContextHolder.getContext().getAuthentication().getName();
        RosterWindow window = a.getBean(RosterService.class).open(communityId, today, today.plusDays(1)).orElseThrow();
        Map<Long, Long> before = volunteersBySeat(b, window.rosterId());

        RosterSolverService onA = a.getBean(RosterSolverService.class);
        RosterSolverService onB = b.getBean(RosterSolverService.class);
        CompletableFuture<RosterSolverService.Progress> endOnA = new CompletableFuture<>();
        try (RosterSolverService.Subscription ignored = onA.start(window, Duration.ofMinutes(5),
                p -> {
                    if (p.state() != RosterSolverService.State.SOLVING) {
                        endOnA.complete(p);
                    }
                })) {
            // The other server refuses, and says who solves since when and how far it got.
            assertThatThrownBy(() -> onB.start(window, Duration.ofMinutes(5), null))
                    .isInstanceOfSatisfying(SolveElsewhereException.class,
                            e -> assertThat(e.lease().orElseThrow().startedBy()).isEqualTo(secretary));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> onB.elsewhere(communityId).map(SolveLeases.Lease::filled).orElse(0) > 0);
            assertThat(onA.elsewhere(communityId)).as("not elsewhere for the server that solves").isEmpty();

            // Server A stops renewing, as a killed one would: its lease expires and B may solve.
            a.getBean(SolveLeases.class).stopRenewing();
            await().atMost(Duration.ofSeconds(30)).until(() -> onB.elsewhere(communityId).isEmpty());
            CompletableFuture<RosterSolverService.Progress> endOnB = new CompletableFuture<>();
            try (RosterSolverService.Subscription alsoIgnored = onB.start(window,
                    Duration.ofMinutes(5), p -> {
                        if (p.state() != RosterSolverService.State.SOLVING) {
                            endOnB.complete(p);
                        }
                    })) {
                // A comes back to life and its solve ends: it must not write over B's solve.
                onA.stop(communityId);
                assertThat(endOnA.get(1, TimeUnit.MINUTES).state()).isEqualTo(RosterSolverService.State.FAILED);
                assertThat(volunteersBySeat(b, window.rosterId())).as("A's half-finished result is not written")
                        .isEqualTo(before);

                await().atMost(Duration.ofSeconds(60))
                        .until(() -> onB.current(communityId).map(p -> p.filled() > 0).orElse(false));
                onB.stop(communityId);
                RosterSolverService.Progress bDone = endOnB.get(1, TimeUnit.MINUTES);
                assertThat(bDone.state()).isEqualTo(RosterSolverService.State.FINISHED);
                assertThat(bDone.filled()).isPositive();
            }
        }
        assertThat(a.getBean(RosterService.class).board(window).filled())
                .as("B's result, read on A").isPositive();
    }

    @Test
    void an_edit_on_one_server_is_seen_on_the_other_and_a_stale_edit_there_is_refused() {
        LocalDate today = LocalDate.now(a.getBean(Clock.class));
        long communityId = community(today);
        TestUsers.signIn(Roles.SECRETARY, communityId, null);
        RosterService onA = a.getBean(RosterService.class);
        RosterService onB = b.getBean(RosterService.class);
        RosterWindow window = onA.open(communityId, today.plusDays(1), today.plusDays(1)).orElseThrow();
        RosterBoard.Seat seen = onB.board(window).seats().get(0);
        List<Long> people = b.getBean(JdbcTemplate.class).queryForList(
                "select id from volunteer where community_id = ? and role = ? order by code", Long.class,
                communityId, VolunteerRole.VOLUNTEER.name());

        onA.assign(seen.assignmentId(), seen.version(), people.get(0));

        assertThat(onB.board(window).seats().get(0).volunteerId()).isEqualTo(people.get(0));
        assertThatThrownBy(() -> onB.assign(seen.assignmentId(), seen.version(), people.get(1)))
                .isInstanceOf(SeatConflictException.class);
        assertThat(onA.board(window).seats().get(0).volunteerId()).isEqualTo(people.get(0));
    }

    private static Map<Long, Long> volunteersBySeat(ConfigurableApplicationContext node, long rosterId) {
        return node.getBean(JdbcTemplate.class).queryForList(
                        "select id, volunteer_id from assignment where roster_id = ?", rosterId).stream()
                .collect(Collectors.toMap(row -> ((Number) row.get("id")).longValue(),
                        row -> row.get("volunteer_id") == null ? -1L : ((Number) row.get("volunteer_id")).longValue()));
    }

    /** A community of its own, imported on server A as the district admin. */
    private static long community(LocalDate start) {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        PlanDocument document = CommunityGenerator.generate(new CommunityGenerator.Parameters(11L,
                "两台-" + System.nanoTime(),
                List.of(new CompoundSpec("A", "甲院", 300, 1), new CompoundSpec("B", "乙院", 420, 1)),
                2, 1, 24, 2, start));
        return a.getBean(PlanImportService.class).importCommunity(document, ImportMode.CREATE).communityId();
    }
}
