package org.shouwang.exchange;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.CompoundDef;
import org.shouwang.plan.PlanDocument.DemandDef;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanFormatException;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.PlanProblem;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.roster.Roster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.exchange.PlanDocuments.normalized;
import static org.shouwang.exchange.PlanDocuments.renamed;

@SpringBootTest
@ActiveProfiles("test")
class PlanExchangeTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    PlanImportService importer;
    @Autowired
    PlanExportService exporter;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.json", "small.json", "medium.json"})
    void an_imported_example_exports_as_the_same_document(String file) {
        PlanDocument original = renamed(example(file), unique("样例"));

        PlanImportService.ImportResult result = importer.importCommunity(original, ImportMode.CREATE);
        PlanDocument exported = exporter.export(result.communityId(), original.horizon().from(), original.horizon().to());

        assertThat(normalized(exported)).isEqualTo(normalized(original));
        assertThat(result.volunteers()).isEqualTo(original.volunteers().size());
        assertThat(result.rosterId()).as("no assignments, no roster").isNull();
    }

    @Test
    void the_generated_demo_community_exports_as_the_same_document() {
        PlanDocument original = renamed(CommunityGenerator.upstream(), unique("上游"));

        long id = importer.importCommunity(original, ImportMode.CREATE).communityId();

        assertThat(normalized(exporter.export(id, original.horizon().from(), original.horizon().to())))
                .isEqualTo(normalized(original));
    }

    @Test
    void imported_assignments_become_a_draft_roster_that_is_exported_with_them() {
        PlanDocument tiny = renamed(example("tiny.json"), unique("排班"));
        List<AssignmentDef> assignments = new ArrayList<>();
        List<String> leads = tiny.volunteers().stream().filter(v -> v.skills().contains("LEAD"))
                .map(VolunteerDef::code).toList();
        List<ShiftDef> shifts = Shifts.expand(tiny);
        for (int i = 0; i < 6; i++) {
            ShiftDef shift = shifts.get(i);
            assignments.add(new AssignmentDef(shift.post(), shift.start(), 0, leads.get(i % leads.size()), i % 2 == 0));
            assignments.add(new AssignmentDef(shift.post(), shift.start(), 1, null, false));
        }
        PlanDocument original = tiny.withAssignments(assignments, null);

        PlanImportService.ImportResult result = importer.importCommunity(original, ImportMode.CREATE);

        Roster roster = em.find(Roster.class, result.rosterId());
        assertThat(roster.getCommunity().getId()).isEqualTo(result.communityId());
        assertThat(roster.getPublishedAt()).as("a draft: never published").isNull();
        PlanDocument exported = exporter.export(result.communityId(), tiny.horizon().from(), tiny.horizon().to());
        assertThat(normalized(exported)).isEqualTo(normalized(original));
        assertThat(exported.assignments()).filteredOn(AssignmentDef::pinned).hasSize(3);
    }

    @Test
    void replacing_a_community_keeps_its_id_and_the_volunteers_by_code_and_takes_the_new_data() {
        PlanDocument first = renamed(example("tiny.json"), unique("替换"));
        long id = importer.importCommunity(first, ImportMode.CREATE).communityId();
        Long volunteerId = volunteerId(id, "V0001");
        PlanDocument changed = new PlanDocument(first.format(), first.community(), first.horizon(), first.rules(),
                first.compounds().stream().map(c -> new CompoundDef(c.code(), c.name() + "新", c.households(), c.owner()))
                        .toList(),
                first.posts(), first.demands().subList(0, 5), first.volunteers().subList(0, 11), List.of(), null);

        PlanImportService.ImportResult result = importer.importCommunity(changed, ImportMode.REPLACE);

        assertThat(result.communityId()).isEqualTo(id);
        assertThat(volunteerId(id, "V0001")).isEqualTo(volunteerId);
        assertThat(normalized(exporter.export(id, first.horizon().from(), first.horizon().to())))
                .isEqualTo(normalized(changed));
    }

    @Test
    void a_secretary_may_replace_their_own_community_but_not_create_one_or_replace_another() {
        PlanDocument own = renamed(example("tiny.json"), unique("自己"));
        PlanDocument other = renamed(example("tiny.json"), unique("别人"));
        long ownId = importer.importCommunity(own, ImportMode.CREATE).communityId();
        importer.importCommunity(other, ImportMode.CREATE);

        TestUsers.signIn(Roles.SECRETARY, ownId, null);

        assertThat(importer.importCommunity(own, ImportMode.REPLACE).communityId()).isEqualTo(ownId);
        assertThatThrownBy(() -> importer.importCommunity(other, ImportMode.REPLACE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importer.importCommunity(renamed(own, unique("新")), ImportMode.CREATE))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- a bad import writes nothing ----

    @Test
    void a_document_with_a_format_error_imports_nothing() {
        PlanDocument bad = edit(renamed(example("small.json"), unique("坏")), vs -> {
            VolunteerDef v = vs.get(3);
            vs.set(3, new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), "NOWHERE", v.skills(),
                    v.maxHoursPerWeek(), v.onlyHome(), v.available(), v.unavailable(), v.preferred()));
            return vs;
        });

        assertNothingImported(bad, ImportMode.CREATE, PlanFormatException.class, "volunteers[3].home");
    }

    @Test
    void a_document_the_database_cannot_hold_imports_nothing() {
        PlanDocument bad = edit(renamed(example("small.json"), unique("长")), vs -> {
            VolunteerDef v = vs.get(5);
            vs.set(5, new VolunteerDef("志愿者五", v.name(), "phone", v.role(), v.home(), v.skills(),
                    v.maxHoursPerWeek(), v.onlyHome(), v.available(), v.unavailable(), v.preferred()));
            return vs;
        });

        assertNothingImported(bad, ImportMode.CREATE, PlanFormatException.class, "volunteers[5].code");
    }

    @Test
    void demands_of_a_post_that_start_together_after_the_horizon_import_nothing() {
        // the horizon is Monday to Wednesday: the format sees no shift of these Saturday demands
        PlanDocument doc = renamed(example("tiny.json"), unique("同时"));
        List<DemandDef> demands = new ArrayList<>(doc.demands());
        String post = demands.get(0).post();
        demands.add(new DemandDef(post, List.of(DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(12, 0), 1,
                Map.of(), null));
        demands.add(new DemandDef(post, List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0),
                LocalTime.of(20, 0), 1, Map.of(), null));
        PlanDocument bad = new PlanDocument(doc.format(), doc.community(), doc.horizon(), doc.rules(), doc.compounds(),
                doc.posts(), demands, doc.volunteers(), doc.assignments(), doc.summary());
        assertThat(PlanJson.validate(bad)).isNotNull();

        int last = demands.size() - 1;
        assertNothingImported(bad, ImportMode.CREATE, PlanFormatException.class, "demands[" + last + "].from");
        assertThatThrownBy(() -> importer.importCommunity(bad, ImportMode.CREATE))
                .isInstanceOfSatisfying(PlanFormatException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.kind()).isEqualTo(PlanProblem.SAME_START);
                            assertThat(p.args()).containsExactly(post, "2020-02-08T08:00", "demands[" + (last - 1) + "]");
                        }));
    }

    @Test
    void a_document_that_gives_two_volunteers_one_phone_imports_nothing_and_names_the_first() {
        PlanDocument doc = renamed(example("small.json"), unique("同号"));
        String firstPhone = doc.volunteers().stream().map(VolunteerDef::phone).filter(p -> p != null).findFirst()
                .orElseThrow();
        int first = doc.volunteers().stream().map(VolunteerDef::phone).toList().indexOf(firstPhone);
        int repeat = first == 5 ? 6 : 5;
        PlanDocument bad = edit(doc, vs -> {
            VolunteerDef v = vs.get(repeat);
            // Spelt differently, still the same number.
            vs.set(repeat, new VolunteerDef(v.code(), v.name(), firstPhone.substring(0, 3) + "-" + firstPhone.substring(3), v.role(),
                    v.home(), v.skills(), v.maxHoursPerWeek(), v.onlyHome(), v.available(), v.unavailable(),
                    v.preferred()));
            return vs;
        });

        assertNothingImported(bad, ImportMode.CREATE, PlanFormatException.class, "volunteers[" + repeat + "].phone");
        assertThatThrownBy(() -> importer.importCommunity(bad, ImportMode.CREATE))
                .hasMessageContaining(doc.volunteers().get(first).name());
    }

    @Test
    void a_second_community_of_the_same_name_imports_nothing() {
        PlanDocument doc = renamed(example("tiny.json"), unique("同名"));
        importer.importCommunity(doc, ImportMode.CREATE);

        assertNothingImported(doc, ImportMode.CREATE, CommunityExistsException.class, doc.community().name());
    }

    @Test
    void an_import_the_caller_may_not_make_imports_nothing() {
        TestUsers.signIn(Roles.COMMITTEE, 1L, null);

        assertNothingImported(renamed(example("tiny.json"), unique("无权")), ImportMode.CREATE,
                AccessDeniedException.class, "district admin");
    }

    @Test
    void a_failed_replacement_leaves_the_community_as_it_was() {
        PlanDocument doc = renamed(example("small.json"), unique("回滚"));
        long id = importer.importCommunity(doc, ImportMode.CREATE).communityId();
        PlanDocument before = exporter.export(id, doc.horizon().from(), doc.horizon().to());
        PlanDocument bad = edit(doc, vs -> {
            VolunteerDef v = vs.get(0);
            vs.set(0, new VolunteerDef(v.code(), "名".repeat(60), v.phone(), v.role(), v.home(), v.skills(),
                    v.maxHoursPerWeek(), v.onlyHome(), v.available(), v.unavailable(), v.preferred()));
            return vs;
        });

        assertNothingImported(bad, ImportMode.REPLACE, PlanFormatException.class, "volunteers[0].name");
        assertThat(exporter.export(id, doc.horizon().from(), doc.horizon().to())).isEqualTo(before);
    }

    @Test
    void a_replacement_that_drops_a_volunteer_with_an_account_imports_nothing_and_names_the_reason_by_its_key() {
        PlanDocument doc = renamed(example("tiny.json"), unique("账号"));
        long id = importer.importCommunity(doc, ImportMode.CREATE).communityId();
        jdbc.update("""
                        insert into account (version, username, password_hash, role, community_id, volunteer_id,
                                             must_change_password, failed_attempts)
                        values (0, ?, 'no-hash', ?, ?, ?, false, 0)""",
                "import-" + id, Roles.VOLUNTEER, id, volunteerId(id, "V0011"));
        PlanDocument without = edit(doc, vs -> new ArrayList<>(vs.subList(0, 11)));

        assertNothingImported(without, ImportMode.REPLACE, IllegalArgumentException.class,
                "exchange.error.volunteer-still-referenced");
    }

    private void assertNothingImported(PlanDocument doc, ImportMode mode, Class<? extends Exception> error,
                                       String message) {
        Map<String, Long> before = rowCounts();

        assertThatThrownBy(() -> importer.importCommunity(doc, mode)).isInstanceOf(error).hasMessageContaining(message);

        assertThat(rowCounts()).isEqualTo(before);
    }

    private Map<String, Long> rowCounts() {
        return List.of("Community", "Compound", "Post", "Demand", "Volunteer", "Roster", "Assignment").stream()
                .collect(Collectors.toMap(e -> e,
                        e -> em.createQuery("select count(x) from " + e + " x", Long.class).getSingleResult()));
    }

    private Long volunteerId(long communityId, String code) {
        return em.createQuery("select v.id from Volunteer v where v.community.id = :c and v.code = :code", Long.class)
                .setParameter("c", communityId).setParameter("code", code).getSingleResult();
    }

    private static PlanDocument edit(PlanDocument doc, UnaryOperator<List<VolunteerDef>> change) {
        return new PlanDocument(doc.format(), doc.community(), doc.horizon(), doc.rules(), doc.compounds(), doc.posts(),
                doc.demands(), change.apply(new ArrayList<>(doc.volunteers())), doc.assignments(), doc.summary());
    }

    private static String unique(String prefix) {
        return prefix + "社区-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    static PlanDocument example(String name) {
        try (InputStream in = PlanExchangeTest.class.getResourceAsStream("/examples/" + name)) {
            return PlanJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
