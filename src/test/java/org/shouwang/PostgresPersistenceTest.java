package org.shouwang;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.base.Roles;
import org.shouwang.roster.RosterWindow;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanExportService;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.plan.demo.CommunityGenerator.CompoundSpec;
import org.shouwang.overview.CommunityOverviewService;
import org.shouwang.duty.Duty;
import org.shouwang.duty.DutyService;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.RosterService;
import org.shouwang.planning.RosterSolverService;
import org.shouwang.publish.SeatChange;
import org.shouwang.roster.SeatConflictException;
import org.shouwang.duty.ShiftCoverage;
import org.shouwang.security.AccountRow;
import org.shouwang.security.AccountService;
import org.shouwang.security.DemoAccounts;
import org.shouwang.security.LoginBlockedException;
import org.shouwang.volunteer.VolunteerQuery;
import org.shouwang.volunteer.VolunteerRow;
import org.shouwang.volunteer.VolunteerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.exchange.PlanDocuments.normalized;
import static org.shouwang.exchange.PlanDocuments.renamed;

/**
 * The application on PostgreSQL, configured only as the README tells an administrator to (the
 * {@code SHOUWANG_DB_*} settings, no test profile): Flyway builds the schema, Hibernate validates it, the
 * demo communities and their logins are created at start-up, and the main writes and reads work there.
 */
@SpringBootTest(properties = {
        // Two wrong passwords from one address block it for that account, so that a block is seen without waiting.
        "shouwang.login.account-address.block-after=2",
        "optaplanner.solver.termination.unimproved-spent-limit=2s",
        // Statement counts for the read paths (ReadPaths), as on H2.
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN"})
@DirtiesContext
class PostgresPersistenceTest {

    private static final Logger log = LoggerFactory.getLogger(PostgresPersistenceTest.class);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("SHOUWANG_DB_URL", TestPostgres::jdbcUrl);
        registry.add("SHOUWANG_DB_USER", () -> TestPostgres.USER);
        registry.add("SHOUWANG_DB_PASSWORD", () -> TestPostgres.PASSWORD);
        // The demo data is an explicit opt-in outside development.
        registry.add("SHOUWANG_DEMO_DATA", () -> "true");
    }

    @Autowired
    ApplicationContext ctx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommunityRepository communities;
    @Autowired
    CommunityOverviewService overviews;
    @Autowired
    PlanImportService importer;
    @Autowired
    PlanExportService exporter;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterSolverService solver;
    @Autowired
    PublishingService publishing;
    @Autowired
    DutyService duties;
    @Autowired
    AccountService accounts;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_schema_is_built_by_flyway_on_postgresql() throws IOException {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(TestPostgres.USER);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
        List<String> migrations = new ArrayList<>();
        for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql")) {
            migrations.add(migration.getFilename().substring(1, migration.getFilename().indexOf("__")));
        }
        assertThat(jdbc.queryForList("select version from flyway_schema_history where version is not null", String.class))
                .containsExactlyInAnyOrderElementsOf(migrations).contains("1");
    }

    @Test
    void the_demo_communities_and_their_logins_are_created_at_start_up() {
        Community upstream = demoCommunityAsItsSecretary();

        CommunityOverviewService.CommunityOverview overview = overviews.overview(upstream.getId());

        PlanDocument generated = CommunityGenerator.upstream();
        assertThat(overview.volunteers()).isEqualTo(generated.volunteers().size());
        assertThat(overview.compounds()).extracting(CommunityOverviewService.CompoundSummary::name)
                .contains("堰山和畔");
        assertThat(overview.households()).isEqualTo(generated.compounds().stream()
                .mapToInt(c -> c.households() == null ? 0 : c.households()).sum());
        assertThat(communities.findByName("锦官驿社区")).isPresent();
        assertThat(jdbc.queryForList("select username from account", String.class))
                .contains("shangyou", "jinguanyi");
    }

    @Test
    void the_volunteers_grid_searches_and_filters_the_demo_community() {
        Community upstream = demoCommunityAsItsSecretary();
        List<PlanDocument.VolunteerDef> people = CommunityGenerator.upstream().volunteers();
        String surname = people.get(0).name().substring(0, 1);

        List<VolunteerRow> named = volunteers.page(upstream.getId(), VolunteerQuery.all().withText(surname),
                PageRequest.of(0, 500, Sort.by("name")));
        long staffLeads = volunteers.count(upstream.getId(), VolunteerQuery.all().withSkill("LEAD")
                .withRole(VolunteerRole.STAFF));

        assertThat(named).extracting(VolunteerRow::code).containsExactlyInAnyOrderElementsOf(people.stream()
                .filter(v -> v.name().contains(surname)).map(PlanDocument.VolunteerDef::code).toList());
        assertThat(staffLeads).isPositive().isEqualTo(people.stream()
                .filter(v -> v.skills().contains("LEAD") && v.role() == VolunteerRole.STAFF).count());
    }

    @Test
    void every_main_read_path_works_on_postgresql_within_its_statement_budget() {
        ReadPaths paths = new ReadPaths(ctx);
        ReadPaths.Sample sample = paths.community(2, 60, 3, 1);

        SoftAssertions softly = new SoftAssertions();
        for (ReadPaths.Path path : ReadPaths.Path.values()) {
            long statements = paths.statements(path, sample);
            log.info("{} on PostgreSQL: {} statements", path, statements);
            softly.assertThat(statements).as("statements of %s", path).isPositive().isLessThanOrEqualTo(path.atMost);
        }
        softly.assertAll();
    }

    @Test
    void an_example_plan_with_assignments_comes_back_from_the_database_as_it_went_in() throws IOException {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        PlanDocument small;
        try (InputStream in = getClass().getResourceAsStream("/examples/small.json")) {
            small = renamed(PlanJson.read(in), unique("往返"));
        }
        List<ShiftDef> shifts = Shifts.expand(small);
        List<AssignmentDef> assignments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ShiftDef shift = shifts.get(i);
            String volunteer = small.volunteers().get(i).code();
            assignments.add(new AssignmentDef(shift.post(), shift.start(), 0, volunteer, i % 2 == 0));
        }
        PlanDocument original = small.withAssignments(assignments, null);

        PlanImportService.ImportResult imported = importer.importCommunity(original, ImportMode.CREATE);
        PlanDocument exported = exporter.export(imported.communityId(), small.horizon().from(), small.horizon().to());

        assertThat(imported.rosterId()).isNotNull();
        assertThat(normalized(PlanJson.read(PlanJson.write(exported)))).isEqualTo(normalized(original));
    }

    @Test
    void a_solved_roster_is_saved_as_the_draft_published_and_read_by_its_volunteers() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Made made = community("发布", today);
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        RosterWindow rosterId = rosters.open(made.communityId(), today, today.plusDays(1)).orElseThrow();

        RosterSolverService.Progress last = solve(rosterId);
        assertThat(last.state()).isEqualTo(RosterSolverService.State.FINISHED);
        RosterBoard board = rosters.board(rosterId);
        assertThat(board.filled()).isEqualTo(last.filled()).isPositive();
        assertThat(board.seats()).as("a draft nobody has seen").noneMatch(RosterBoard.Seat::published);

        List<SeatChange> published = publishing.publish(rosterId);

        assertThat(published).hasSize((int) board.filled());
        assertThat(rosters.board(rosterId).seats()).filteredOn(RosterBoard.Seat::filled).allMatch(RosterBoard.Seat::published);
        assertThat(publishing.diff(rosterId)).isEmpty();
        RosterBoard.Seat tomorrows = board.seats().stream()
                .filter(s -> s.filled() && s.start().toLocalDate().equals(today.plusDays(1))).findFirst().orElseThrow();
        TestUsers.signIn(Roles.VOLUNTEER, made.communityId(), tomorrows.volunteerId());
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).contains(tomorrows.assignmentId());
        assertThat(duties.changesSinceLastLook()).isNotEmpty();
        long owner = jdbc.queryForObject("select min(owner_id) from compound where community_id = ?", Long.class,
                made.communityId());
        TestUsers.signIn(Roles.COMMITTEE, made.communityId(), owner);
        assertThat(duties.coverageOfMyCompounds()).extracting(ShiftCoverage::startsAt)
                .anyMatch(start -> start.toLocalDate().equals(today.plusDays(1)));
    }

    @Test
    void an_edit_of_a_seat_someone_changed_meanwhile_is_refused() {
        LocalDate today = LocalDate.now(clock);
        Made made = community("冲突", today);
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        RosterWindow rosterId = rosters.open(made.communityId(), today, today).orElseThrow();
        RosterBoard.Seat seat = rosters.board(rosterId).seats().get(0);
        long first = volunteerId(made.communityId(), 0);
        long second = volunteerId(made.communityId(), 1);

        rosters.assign(seat.assignmentId(), seat.version(), first);

        assertThatThrownBy(() -> rosters.assign(seat.assignmentId(), seat.version(), second))
                .isInstanceOf(SeatConflictException.class);
        assertThat(rosters.board(rosterId).seats().get(0).volunteerId()).isEqualTo(first);
    }

    @Test
    void a_stale_copy_of_an_entity_cannot_overwrite_a_newer_one() {
        Community stale = communities.save(new Community(unique("版本")));
        Community fresh = communities.findById(stale.getId()).orElseThrow();
        fresh.setMaxHoursPerDay(10);
        communities.save(fresh);

        stale.setMaxHoursPerDay(6);

        assertThatThrownBy(() -> communities.save(stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(communities.findById(stale.getId()).orElseThrow().getMaxHoursPerDay()).isEqualTo(10);
    }

    @Test
    void a_demo_login_signs_in_with_its_bcrypt_password_and_wrong_passwords_block_the_address_for_it() {
        String hash = jdbc.queryForObject("select password_hash from account where username = 'jinguanyi'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(DemoAccounts.PASSWORD);
        assertThat(signIn.authenticate(attempt("jinguanyi", DemoAccounts.PASSWORD)).isAuthenticated()).isTrue();
        assertThat(jdbc.queryForObject("select must_change_password from account where username = 'jinguanyi'",
                Boolean.class)).as("outside development the published password must be changed").isTrue();

        LocalDate today = LocalDate.now(clock);
        Made made = community("登录", today);
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        long volunteerId = volunteerId(made.communityId(), 0);
        String oneTime = accounts.createVolunteerAccount(volunteerId);
        AccountRow row = accountOf(made.communityId(), volunteerId);
        TestUsers.signOut();

        Authentication signedIn = signIn.authenticate(attempt(row.username(), oneTime));
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_VOLUNTEER");
        assertThat(row.mustChangePassword()).isTrue();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(row.username(), "falsches-passwort")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt(row.username(), oneTime)))
                .isInstanceOf(LoginBlockedException.class);

        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        AccountRow counted = accountOf(made.communityId(), volunteerId);
        assertThat(counted.failedAttempts()).isEqualTo(2);
        assertThat(counted.lockedAt(clock.instant())).as("no account-wide lock").isFalse();
    }

    private Community demoCommunityAsItsSecretary() {
        Community upstream = communities.findByName("上游社区").orElseThrow();
        TestUsers.signIn(Roles.SECRETARY, upstream.getId(), null);
        return upstream;
    }

    private record Made(long communityId) {
    }

    /** A small community of its own, starting today, imported as the district admin. */
    private Made community(String name, LocalDate start) {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        PlanDocument document = CommunityGenerator.generate(new CommunityGenerator.Parameters(7L, unique(name),
                List.of(new CompoundSpec("A", "甲院", 300, 1), new CompoundSpec("B", "乙院", 420, 1)),
                2, 1, 24, 2, start));
        return new Made(importer.importCommunity(document, ImportMode.CREATE).communityId());
    }

    private long volunteerId(long communityId, int index) {
        return jdbc.queryForList("select id from volunteer where community_id = ? and role = ? order by code",
                Long.class, communityId, VolunteerRole.VOLUNTEER.name()).get(index);
    }

    private AccountRow accountOf(long communityId, long volunteerId) {
        return accounts.volunteerAccounts(communityId, PageRequest.of(0, 100)).stream()
                .filter(r -> r.volunteerId() == volunteerId).findFirst().orElseThrow();
    }

    private RosterSolverService.Progress solve(RosterWindow window) throws Exception {
        CompletableFuture<RosterSolverService.Progress> end = new CompletableFuture<>();
        try (RosterSolverService.Subscription ignored = solver.start(window, Duration.ofSeconds(2),
                progress -> {
                    if (progress.state() != RosterSolverService.State.SOLVING) {
                        end.complete(progress);
                    }
                })) {
            return end.get(2, TimeUnit.MINUTES);
        }
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime();
    }
}
