package org.shouwang.overview.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.duty.DutyFixture;
import org.shouwang.duty.DutyService;
import org.shouwang.roster.Roster;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.overview.CommunityOverviewService.CompoundSummary;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import com.vaadin.flow.component.grid.GridVariant;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OverviewViewTest extends KaribuTest {

    @Autowired
    PlanImportService importer;
    @Autowired
    Clock clock;
    @Autowired
    DutyService duties;

    private PlanDocument doc;
    private long communityId;

    @BeforeEach
    void importTestCommunity() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/examples/tiny.json")) {
            PlanDocument tiny = PlanJson.read(in);
            doc = new PlanDocument(tiny.format(), new PlanDocument.CommunityInfo("概况社区-" + System.nanoTime()),
                    tiny.horizon(), tiny.rules(), tiny.compounds(), tiny.posts(), tiny.demands(), tiny.volunteers(),
                    null, null);
        }
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        communityId = importer.importCommunity(doc, ImportMode.CREATE).communityId();
    }

    @Test
    void the_overview_shows_the_figures_of_the_community_in_chinese() {
        open(Translations.CHINESE);

        assertThat(_get(H2.class, spec -> spec.withId("overview-community")).getText())
                .isEqualTo(doc.community().name());
        assertFigures();
        assertThat(label("compounds")).isEqualTo("小区");
        assertThat(label("role-STAFF")).isEqualTo("社区工作人员");
    }

    @Test
    void the_overview_shows_the_figures_of_the_community_in_english() {
        open(Translations.ENGLISH);

        assertFigures();
        assertThat(label("compounds")).isEqualTo("Compounds");
        assertThat(label("role-STAFF")).isEqualTo("Staff");
    }

    @Test
    void a_compounds_whole_list_of_posts_wraps_in_its_cell_instead_of_being_cut_short() {
        open(Translations.CHINESE);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("overview-compounds"));
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(grid.getColumnByKey("posts").isAutoWidth()).as("takes the room left, wrapping").isFalse();
    }

    @Test
    void volunteers_may_not_open_the_overview_but_committee_members_may() {
        login(Roles.VOLUNTEER, communityId, null);
        assertThat(canNavigate(OverviewView.class)).isFalse();
        login(Roles.COMMITTEE, communityId, null);
        assertThat(canNavigate(OverviewView.class)).isTrue();
    }

    @Test
    void every_role_that_sees_the_overview_sees_the_seats_needing_cover_this_week_per_compound() {
        DutyFixture fixture = new DutyFixture(ctx);
        Volunteer wang = fixture.volunteer("王芳", "13800000011");
        Volunteer li = fixture.volunteer("李强", "13800000012");
        Compound east = fixture.compound("锦江苑", null);
        Post eastGate = fixture.post(east, "东门");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Roster roster = fixture.timeline();
        fixture.seat(roster, fixture.gate, tomorrow.atTime(7, 0), 4, 0, null, wang);
        fixture.seat(roster, fixture.gate, tomorrow.atTime(7, 0), 4, 1, null, li);
        fixture.seat(roster, eastGate, tomorrow.atTime(7, 0), 4, 0, null, li);
        // After the overview's seven days: not counted.
        fixture.seat(roster, fixture.gate, tomorrow.plusDays(7).atTime(7, 0), 4, 0, null, wang);
        TestUsers.signIn(Roles.VOLUNTEER, fixture.community.getId(), wang.getId());
        duties.reportAbsence(tomorrow, tomorrow.plusDays(8), Absence.Reason.SICK, null);

        for (String role : List.of(Roles.SECRETARY, Roles.COMMITTEE, Roles.DISTRICT_ADMIN)) {
            login(role, fixture.community.getId(), null);
            if (role.equals(Roles.DISTRICT_ADMIN)) {
                // The district admin sees every community: choose this one, as in the top bar.
                ctx.getBean(CommunitySelection.class).select(fixture.community);
            }
            UI.getCurrent().navigate(OverviewView.class);
            UI.getCurrent().refreshCurrentRoute(false);

            assertThat(figure("cover")).as(role).isEqualTo(1);
            @SuppressWarnings("unchecked")
            Grid<CompoundSummary> grid = _get(Grid.class, spec -> spec.withId("overview-compounds"));
            Map<String, String> perCompound = new HashMap<>();
            for (int row = 0; row < _size(grid); row++) {
                perCompound.put(_get(grid, row).name(), _getFormatted(grid, row, "cover"));
            }
            assertThat(perCompound).as(role).containsEntry("堰山和畔", "1").containsEntry("锦江苑", "0");
        }
    }

    private void open(Locale locale) {
        login(Roles.SECRETARY, communityId, null);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(OverviewView.class);
        // Signing in opened the overview already (it is the root page): build it again in this language.
        UI.getCurrent().refreshCurrentRoute(false);
    }

    private void assertFigures() {
        assertThat(figure("compounds")).isEqualTo(doc.compounds().size());
        assertThat(figure("households")).isEqualTo(
                doc.compounds().stream().mapToInt(PlanDocument.CompoundDef::households).sum());
        assertThat(figure("posts")).isEqualTo(doc.posts().size());
        assertThat(figure("volunteers")).isEqualTo(doc.volunteers().size());
        for (VolunteerRole role : VolunteerRole.values()) {
            assertThat(figure("role-" + role.name())).as(role.name())
                    .isEqualTo(doc.volunteers().stream().filter(v -> v.role() == role).count());
        }
        int week = 0;
        for (int i = 0; i < 7; i++) {
            LocalDate date = LocalDate.now(clock).plusDays(i);
            // Every demand of the example holds on all days, without a date range.
            int seats = doc.demands().stream().filter(d -> d.days().contains(date.getDayOfWeek()))
                    .mapToInt(PlanDocument.DemandDef::headcount).sum();
            assertThat(figure("day-" + date)).as(date.toString()).isEqualTo(seats);
            week += seats;
        }
        assertThat(figure("seats")).isEqualTo(week);
        @SuppressWarnings("unchecked")
        Grid<CompoundSummary> grid = _get(Grid.class, spec -> spec.withId("overview-compounds"));
        assertThat(_size(grid)).isEqualTo(doc.compounds().size());
        String ownerCode = doc.compounds().get(0).owner();
        String ownerName = doc.volunteers().stream().filter(v -> v.code().equals(ownerCode)).findFirst().orElseThrow().name();
        assertThat(_get(grid, 0).ownerName()).isEqualTo(ownerName);
    }

    private static long figure(String id) {
        return Long.parseLong(_get(Span.class, spec -> spec.withId("figure-" + id)).getText().replaceAll("[^0-9]", ""));
    }

    private static String label(String id) {
        Span figure = _get(Span.class, spec -> spec.withId("figure-" + id));
        return ((Span) figure.getParent().orElseThrow().getChildren().skip(1).findFirst().orElseThrow()).getText();
    }
}
