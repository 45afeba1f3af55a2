package org.shouwang;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.shouwang.base.Roles;
import org.shouwang.roster.RosterWindow;
import org.shouwang.base.Translations;
import org.shouwang.community.CommunityService;
import org.shouwang.duty.CalendarService;
import org.shouwang.duty.DutyService;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanExportService;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.exposure.ExposureQuery;
import org.shouwang.exposure.ExposureService;
import org.shouwang.intake.IntakeService;
import org.shouwang.overview.CommunityOverviewService;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.plan.demo.CommunityGenerator.CompoundSpec;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.publish.PublishedRosterService;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.RosterService;
import org.shouwang.security.AccountService;
import org.shouwang.sheet.GateSheetService;
import org.shouwang.solver.baseline.GreedyRoster;
import org.shouwang.supplies.SuppliesService;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.VolunteerQuery;
import org.shouwang.volunteer.VolunteerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * The main read paths of the app, each as the user who would take it, run on generated communities with
 * a published roster, counting the SQL statements each takes (Hibernate's statistics). Used on H2 and
 * on PostgreSQL.
 */
public final class ReadPaths {

    /**
     * A read path of the app, run as the user who would run it, with the statements it may take: its
     * budget, as measured when the test was written. A path that needs more must say why here.
     */
    public enum Path {
        // Three snapshots (11 statements each): to follow the demand, for the board, for the leave flags.
        PLANNER_BOARD(42),
        PLANNER_PANELS(25),
        SEAT_CANDIDATES(12),
        PUBLISH_DIFF(2),
        OVERVIEW(6),  // one more: the seats needing cover this week, per compound
        // A count and a page for each of the two lazy grids (compounds, the community's posts).
        COMPOUNDS(4),
        VOLUNTEERS_PAGE(6),
        ACCOUNTS_PAGE(2),
        MY_DUTIES(10),
        COMMITTEE_COVERAGE(4),
        GATE_SHEETS(3),
        CALENDAR_FEED(4),
        // The snapshot (11), the seats' versions and the released seats.
        SOLVER_SNAPSHOT(13),
        EXPORT(11),
        // The roster, the rates, the compounds, their stock, the seats.
        SUPPLIES_FORECAST(5),
        // The person, the published seats, the audit entry.
        EXPOSURE_LIST(3),
        // Volunteers, their skills and two kinds of windows, compounds, known skills.
        VOLUNTEERS_TO_EXCEL(6),
        // The HTTP API's reads (as its token's caller, who has a secretary's role): the published seats of
        // the sample's days; the person, then their published duties.
        API_ROSTER(1),
        API_DUTIES(2);

        public final int atMost;

        Path(int atMost) {
            this.atMost = atMost;
        }
    }

    /** A generated community with a published roster, people on leave during some of its duties. */
    public record Sample(long id, long rosterId, LocalDate from, LocalDate to, long busiest, String busiestCode,
                         long owner, long firstSeat, String calendarToken, int seats, int duties) {

        /** The window of the sample's days onto the community's timeline. */
        public RosterWindow window() {
            return new RosterWindow(rosterId, id, from, to);
        }
    }

    private final Statistics statistics;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlanImportService importer;
    @Autowired
    private PlanExportService exporter;
    @Autowired
    private RosterService rosters;
    @Autowired
    private PublishingService publishing;
    @Autowired
    private DutyService duties;
    @Autowired
    private CommunityOverviewService overviews;
    @Autowired
    private VolunteerService volunteers;
    @Autowired
    private CommunityService communityService;
    @Autowired
    private AccountService accounts;
    @Autowired
    private GateSheetService gateSheets;
    @Autowired
    private CalendarService calendars;
    @Autowired
    private Clock clock;
    @Autowired
    private SuppliesService supplies;
    @Autowired
    private ExposureService exposure;
    @Autowired
    private IntakeService intake;
    @Autowired
    private PublishedRosterService publishedRoster;

    /** Needs Hibernate's statistics switched on ({@code hibernate.generate_statistics}). */
    public ReadPaths(ApplicationContext ctx) {
        ctx.getAutowireCapableBeanFactory().autowireBean(this);
        this.statistics = ctx.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        if (!statistics.isStatisticsEnabled()) {
            throw new IllegalStateException("Counting statements needs hibernate.generate_statistics=true");
        }
    }

    /** Runs the path as its user would and returns the statements it took. */
    public long statements(Path path, Sample c) {
        switch (path) {
            case PLANNER_BOARD, PLANNER_PANELS, SEAT_CANDIDATES, PUBLISH_DIFF, OVERVIEW, COMPOUNDS, VOLUNTEERS_PAGE,
                 ACCOUNTS_PAGE, SOLVER_SNAPSHOT, EXPORT, SUPPLIES_FORECAST, EXPOSURE_LIST, VOLUNTEERS_TO_EXCEL,
                 API_ROSTER, API_DUTIES ->
                    TestUsers.signIn(Roles.SECRETARY, c.id(), null);
            case MY_DUTIES -> TestUsers.signIn(Roles.VOLUNTEER, c.id(), c.busiest());
            case COMMITTEE_COVERAGE, GATE_SHEETS -> TestUsers.signIn(Roles.COMMITTEE, c.id(), c.owner());
            // A calendar app signs in with nothing but the token.
            case CALENDAR_FEED -> TestUsers.signOut();
        }
        statistics.clear();
        Runnable read = switch (path) {
            // What the planner page loads: the people to choose from, the window, the board, its marks and cover list.
            case PLANNER_BOARD -> () -> {
                rosters.volunteersOf(c.id());
                RosterWindow rosterId = rosters.open(c.id(), c.from(), c.to()).orElseThrow();
                rosters.board(rosterId);
                publishing.changedSeatIds(rosterId);
                assertThat(duties.seatsNeedingCover(rosterId)).isNotEmpty();
            };
            // The side panels (why, coverage and needs) and one person's duties.
            case PLANNER_PANELS -> () -> {
                rosters.analysis(c.window());
                rosters.coverage(c.window());
                assertThat(rosters.duties(c.window(), c.busiest()).duties()).isNotEmpty();
            };
            case SEAT_CANDIDATES -> () -> assertThat(rosters.candidates(c.firstSeat())).isNotEmpty();
            case PUBLISH_DIFF -> () -> publishing.diff(c.window());
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
            case GATE_SHEETS -> () -> assertThat(gateSheets.sheets(c.window())).isNotEmpty();
            case CALENDAR_FEED -> () -> assertThat(calendars.feed(c.calendarToken(), Translations.CHINESE)).get(as(STRING)).contains("VEVENT");
            case SOLVER_SNAPSHOT -> () -> rosters.solverInput(c.window());
            case EXPORT -> () -> exporter.export(c.id(), c.from(), c.to());
            case SUPPLIES_FORECAST -> () -> assertThat(supplies.forecast(c.id()).orElseThrow().compounds()).isNotEmpty();
            case EXPOSURE_LIST -> () -> exposure.lookUp(c.id(), new ExposureQuery(c.busiest(), c.from(), c.to(), true, true));
            case VOLUNTEERS_TO_EXCEL -> () -> assertThat(intake.export(c.id(), Translations.CHINESE)).isNotEmpty();
            case API_ROSTER -> () -> assertThat(publishedRoster.roster(c.id(), c.from(), c.to())).hasSize(c.seats());
            case API_DUTIES -> () -> assertThat(publishedRoster.duties(c.id(), c.busiestCode(), c.from(), c.to())
                    .orElseThrow().duties()).hasSize(c.duties());
        };
        read.run();
        return statistics.getPrepareStatementCount();
    }

    /**
     * A community of {@code compounds} compounds and {@code people} people over {@code days} days from
     * today, rostered by the greedy baseline and published; then {@code onLeave} of its busiest people
     * report sickness for tomorrow.
     */
    public Sample community(int compounds, int people, int days, int onLeave) {
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
        publishing.publish(new RosterWindow(rosterId, communityId, today, today.plusDays(days - 1L)));

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
        TestUsers.signIn(Roles.VOLUNTEER, communityId, ids.get(busiest.get(0)));
        String calendarToken = calendars.issueMyToken();
        return new Sample(communityId, rosterId, today, today.plusDays(days - 1L), ids.get(busiest.get(0)),
                busiest.get(0), ids.get(owner), firstSeat, calendarToken, rostered.assignments().size(), (int) busiestDuties);
    }
}
