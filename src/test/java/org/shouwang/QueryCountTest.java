package org.shouwang;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shouwang.base.Roles;
import org.shouwang.community.CommunityService;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanExportService;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.plan.demo.CommunityGenerator.CompoundSpec;
import org.shouwang.roster.CommunityOverviewService;
import org.shouwang.roster.DutyService;
import org.shouwang.roster.PlanSnapshotService;
import org.shouwang.roster.PublishingService;
import org.shouwang.roster.RosterService;
import org.shouwang.security.AccountService;
import org.shouwang.solver.baseline.GreedyRoster;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.VolunteerQuery;
import org.shouwang.volunteer.VolunteerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main read paths issue a fixed number of SQL statements, however large the community: each runs on a
 * small and on a larger community (more compounds, people, days, duties and people on leave), and both
 * must take the same number of statements, and few. Counted with Hibernate's statistics (switched on in
 * the test profile only).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCountTest {

    private static final Logger log = LoggerFactory.getLogger(QueryCountTest.class);

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanImportService importer;
    @Autowired
    PlanExportService exporter;
    @Autowired
    PlanSnapshotService snapshots;
    @Autowired
    RosterService rosters;
    @Autowired
    PublishingService publishing;
    @Autowired
    DutyService duties;
    @Autowired
    CommunityOverviewService overviews;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    CommunityService communityService;
    @Autowired
    AccountService accounts;
    @Autowired
    Clock clock;

    private Statistics statistics;
    private Community small;
    private Community large;

    /** A generated community with a published roster, people on leave during some of its duties. */
    private record Community(long id, long rosterId, LocalDate from, LocalDate to, long busiest, long owner,
                             long firstSeat, int seats, int duties) {
    }

    /**
     * A read path of the app, run as the user who would run it, with the statements it may take: its
     * budget, as measured when the test was written. A path that needs more must say why here.
     */
    enum Path {
        // Three snapshots (11 statements each): to follow the demand, for the board, for the leave flags.
        PLANNER_BOARD(42),
        PLANNER_PANELS(25),
        SEAT_CANDIDATES(12),
        PUBLISH_DIFF(2),
        OVERVIEW(5),
        // A count and a page for each of the two lazy grids (compounds, the community's posts).
        COMPOUNDS(4),
        VOLUNTEERS_PAGE(6),
        ACCOUNTS_PAGE(2),
        MY_DUTIES(10),
        COMMITTEE_COVERAGE(4),
        // The snapshot (11), the seats' versions and the released seats.
        SOLVER_SNAPSHOT(13),
        EXPORT(11);

        final int atMost;

        Path(int atMost) {
            this.atMost = atMost;
        }
    }

    @BeforeAll
    void makeCommunities() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        small = community(2, 60, 3, 1);
        large = community(5, 150, 6, 3);
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void a_read_path_takes_as_many_statements_for_a_large_community_as_for_a_small_one(Path path) {
        long forSmall = statements(path, small);
        long forLarge = statements(path, large);

        log.info("{}: {} statements for {} seats, {} for {} seats", path, forSmall, small.seats(), forLarge, large.seats());
        assertThat(large.seats()).isGreaterThan(2 * small.seats());
        assertThat(large.duties()).isGreaterThan(small.duties());
        assertThat(forLarge).as("statements of %s on the larger community", path).isEqualTo(forSmall);
        assertThat(forSmall).as("statements of %s", path).isPositive().isLessThanOrEqualTo(path.atMost);
    }

    private long statements(Path path, Community c) {
        switch (path) {
            case PLANNER_BOARD, PLANNER_PANELS, SEAT_CANDIDATES, PUBLISH_DIFF, OVERVIEW, COMPOUNDS, VOLUNTEERS_PAGE,
                 ACCOUNTS_PAGE, SOLVER_SNAPSHOT, EXPORT ->
                    TestUsers.signIn(Roles.SECRETARY, c.id(), null);
            case MY_DUTIES -> TestUsers.signIn(Roles.VOLUNTEER, c.id(), c.busiest());
            case COMMITTEE_COVERAGE -> TestUsers.signIn(Roles.COMMITTEE, c.id(), c.owner());
        }
        statistics.clear();
        Runnable read = switch (path) {
            // What the planner page loads: the rosters, the people to choose from, the board and its marks.
            case PLANNER_BOARD -> () -> {
                rosters.rostersOf(c.id());
                rosters.volunteersOf(c.id());
                long rosterId = rosters.open(c.id(), c.from(), c.to()).orElseThrow();
                rosters.board(rosterId);
                publishing.changedSeatIds(rosterId);
                assertThat(duties.seatsNeedingCover(rosterId)).isNotEmpty();
            };
            // The side panels (why, coverage and needs) and one person's duties.
            case PLANNER_PANELS -> () -> {
                rosters.analysis(c.rosterId());
                rosters.coverage(c.rosterId());
                assertThat(rosters.duties(c.rosterId(), c.busiest()).duties()).isNotEmpty();
            };
            case SEAT_CANDIDATES -> () -> assertThat(rosters.candidates(c.firstSeat())).isNotEmpty();
            case PUBLISH_DIFF -> () -> publishing.diff(c.rosterId());
            case OVERVIEW -> () -> overviews.overview(c.id());
            case COMPOUNDS -> () -> {
                // The compounds grid and the demand page's posts grid, a page each as the lazy grids ask.
                communityService.countCompounds(c.id());
                assertThat(communityService.compoundPage(c.id(), PageRequest.of(0, 50))).isNotEmpty();
                communityService.countPosts(c.id());
                assertThat(communityService.postPage(c.id(), PageRequest.of(0, 50))).isNotEmpty();
            };
            case ACCOUNTS_PAGE -> () -> assertThat(accounts.volunteerAccounts(c.id(), PageRequest.of(1, 25))).hasSize(25);
            case VOLUNTEERS_PAGE -> () -> {
                volunteers.count(c.id(), VolunteerQuery.all());
                assertThat(volunteers.page(c.id(), VolunteerQuery.all(), PageRequest.of(1, 25))).hasSize(25);
            };
            // What the phone view shows.
            case MY_DUTIES -> () -> {
                duties.myName();
                assertThat(duties.upcomingDuties()).isNotEmpty();
                duties.hoursServed();
                duties.changesSinceLastLook();
            };
            case COMMITTEE_COVERAGE -> () -> assertThat(duties.coverageOfMyCompounds()).isNotEmpty();
            case SOLVER_SNAPSHOT -> () -> rosters.solverInput(c.rosterId());
            case EXPORT -> () -> exporter.export(c.id(), c.from(), c.to());
        };
        read.run();
        return statistics.getPrepareStatementCount();
    }

    /**
     * A community of {@code compounds} compounds and {@code people} people over {@code days} days from
     * today, rostered by the greedy baseline and published; then {@code onLeave} of its busiest people
     * report sickness for tomorrow.
     */
    private Community community(int compounds, int people, int days, int onLeave) {
        LocalDate today = LocalDate.now(clock);
        List<CompoundSpec> specs = IntStream.range(0, compounds)
                .mapToObj(i -> new CompoundSpec("C" + i, "院落" + i, 300 + 100 * i, CommunityGenerator.AUTO_GATES))
                .toList();
        PlanDocument problem = CommunityGenerator.generate(new CommunityGenerator.Parameters(11L + compounds,
                "查询计数-" + compounds + "-" + System.nanoTime(), specs, 4, 1, people - 5, days, today));
        PlanDocument rostered = GreedyRoster.solve(problem);
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        PlanImportService.ImportResult imported = importer.importCommunity(rostered, ImportMode.CREATE);
        long communityId = imported.communityId();
        long rosterId = imported.rosterId();
        TestUsers.signIn(Roles.SECRETARY, communityId, null);
        publishing.publish(rosterId);

        Map<String, Long> ids = jdbc.queryForList("select code, id from volunteer where community_id = ?", communityId)
                .stream().collect(Collectors.toMap(r -> (String) r.get("code"), r -> ((Number) r.get("id")).longValue()));
        Map<String, Long> seatsTomorrow = rostered.assignments().stream()
                .filter(a -> a.volunteer() != null && a.start().toLocalDate().equals(today.plusDays(1)))
                .collect(Collectors.groupingBy(AssignmentDef::volunteer, Collectors.counting()));
        List<String> busiest = seatsTomorrow.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        for (String code : busiest.subList(1, 1 + onLeave)) {
            TestUsers.signIn(Roles.VOLUNTEER, communityId, ids.get(code));
            duties.reportAbsence(today.plusDays(1), today.plusDays(1), Absence.Reason.SICK, null);
        }
        String owner = problem.compounds().get(0).owner();
        assertThat(problem.volunteers()).filteredOn(v -> v.code().equals(owner))
                .extracting(PlanDocument.VolunteerDef::role).containsExactly(VolunteerRole.COMMITTEE);
        long busiestDuties = rostered.assignments().stream().filter(a -> busiest.get(0).equals(a.volunteer())).count();
        long firstSeat = jdbc.queryForObject("select min(id) from assignment where roster_id = ?", Long.class, rosterId);
        return new Community(communityId, rosterId, today, today.plusDays(days - 1L), ids.get(busiest.get(0)),
                ids.get(owner), firstSeat, rostered.assignments().size(), (int) busiestDuties);
    }
}
