package org.shouwang.planning.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.roster.RosterWindow;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.RosterService;
import org.shouwang.planning.RosterSolverService;
import org.shouwang.roster.RosterTestData;
import org.shouwang.roster.SeatCandidate;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.roster.RosterTestData.MONDAY;

class PlannerViewTest extends KaribuTest {

    @Autowired
    RosterTestData data;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterSolverService solverService;
    @Autowired
    PlanImportService imports;

    private RosterTestData.Made made;
    private RosterWindow rosterId;

    /** A community with a three-day roster, and its secretary on the planner. */
    private void openPlannerAsSecretary(String name) {
        prepareAsSecretary(name);
        navigateToPlanner();
    }

    private void prepareAsSecretary(String name) {
        made = data.community(name);
        login(Roles.SECRETARY, made.communityId(), null);
        rosterId = rosters.open(made.communityId(), MONDAY, MONDAY.plusDays(2)).orElseThrow();
    }

    /** The planner, its window moved to the test's dates (it opens on a week from today). */
    private void navigateToPlanner() {
        UI.getCurrent().navigate(PlannerView.class);
        _get(WindowNavigator.class).show(rosterId.from(), rosterId.to());
    }

    private static List<BoardProbe.Chip> chips() {
        return BoardProbe.chips();
    }

    private static BoardProbe.Chip chip(long assignmentId) {
        return BoardProbe.chip(assignmentId);
    }

    private RosterBoard.Seat seat(String post, int hour, int seatNumber) {
        return rosters.board(rosterId).seats().stream()
                .filter(s -> s.postCode().equals(post) && s.seat() == seatNumber && s.start().equals(MONDAY.atTime(hour, 0)))
                .findFirst().orElseThrow();
    }

    /** V1 in two seats of the same shift (an overlap), then the planner. */
    private void openWithOneVolunteerInBoth(RosterBoard.Seat first, RosterBoard.Seat second) {
        rosters.assign(first.assignmentId(), first.version(), made.volunteerIds().get(0));
        rosters.assign(second.assignmentId(), second.version(), made.volunteerIds().get(0));
        navigateToPlanner();
    }

    private static void showAllCompounds() {
        @SuppressWarnings("unchecked")
        Select<Optional<RosterBoard.CompoundInfo>> compound = _get(Select.class, spec -> spec.withId("planner-compound"));
        _setValue(compound, Optional.empty());
    }

    /** Lets the background solver's pushes reach the mock UI until the condition holds. */
    private static void awaitUi(BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(120);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the page").isBefore(giveUp);
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
    }

    private static String progressText() {
        return _get(Span.class, spec -> spec.withId("planner-status")).getText();
    }

    private static Button assignButton(String volunteerCode) {
        @SuppressWarnings("unchecked")
        Grid<SeatCandidate> grid = _get(Grid.class, spec -> spec.withId("seat-candidates"));
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).code().equals(volunteerCode)) {
                HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
                return (Button) actions.getComponentAt(0);
            }
        }
        throw new AssertionError("no candidate " + volunteerCode);
    }

    @Test
    void the_board_shows_every_seat_of_the_chosen_compound_and_all_of_them_on_request() {
        openPlannerAsSecretary("看板");

        assertThat(chips()).hasSize(12).allMatch(c -> c.hasClass("sw-chip--empty"));
        showAllCompounds();
        assertThat(chips()).hasSize(24);
        assertThat(_get(Span.class, spec -> spec.withId("planner-status")).getText()).contains("24");
    }

    @Test
    void the_dates_head_the_board_and_every_row_names_its_compound_in_the_frozen_first_column() {
        openPlannerAsSecretary("表头");
        showAllCompounds();

        BoardGrid board = BoardProbe.board();
        assertThat(board.getColumnByKey("post").isFrozen()).isTrue();
        assertThat(board.getColumns()).extracting(c -> c.getKey())
                .containsExactly("post", MONDAY.toString(), MONDAY.plusDays(1).toString(), MONDAY.plusDays(2).toString());
        assertThat(board.getColumnByKey(MONDAY.toString()).getHeaderText()).startsWith(MONDAY.getMonthValue() + "/"
                + MONDAY.getDayOfMonth() + " ");
        assertThat(BoardProbe.postCells()).hasSize(2)
                .anyMatch(t -> t.startsWith("甲院") && t.contains("A-N"))
                .anyMatch(t -> t.startsWith("乙院") && t.contains("B-S"));
        assertThat(_find(Span.class, spec -> spec.withClasses("sw-chip")))
                .as("chips are drawn by the browser, not held as components").isEmpty();
    }

    @Test
    void the_open_roster_can_be_downloaded_as_printable_gate_sheets() {
        openPlannerAsSecretary("打印");

        Anchor sheets = _get(Anchor.class, spec -> spec.withId("planner-sheets"));
        assertThat(sheets.isEnabled()).isTrue();
        assertThat(sheets.getHref()).isNotBlank();
        assertThat(sheets.getText()).isEqualTo("打印值班表（Excel）");
    }

    @Test
    void solving_starts_in_the_background_reports_progress_and_stops_on_request() throws Exception {
        openPlannerAsSecretary("页面排班");
        Button solve = _get(Button.class, spec -> spec.withId("planner-solve"));
        Button stop = _get(Button.class, spec -> spec.withId("planner-stop"));

        _click(solve);
        assertThat(solve.isEnabled()).isFalse();
        assertThat(progressText()).isNotBlank();
        _click(stop);
        awaitUi(() -> !solverService.isSolving(made.communityId()) && solve.isEnabled());

        assertThat(progressText()).contains("排班完成").contains("/ 24");
        assertThat(stop.isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("planner-status")).getText()).contains("24");
    }

    @Test
    void a_seat_is_reassigned_and_pinned_through_its_dialog() {
        openPlannerAsSecretary("换人锁定");
        RosterBoard.Seat seat = seat("A-N", 7, 1);

        BoardProbe.click(seat.assignmentId());
        _click(assignButton("V3"));
        assertThat(chip(seat.assignmentId()).text()).contains("志愿者3");

        BoardProbe.click(seat.assignmentId());
        _click(assignButton("V5"));
        assertThat(chip(seat.assignmentId()).text()).contains("志愿者5");

        BoardProbe.click(seat.assignmentId());
        _click(_get(Button.class, spec -> spec.withId("seat-pin")));
        assertThat(chip(seat.assignmentId()).hasClass("sw-chip--pinned")).isTrue();
        assertThat(seat("A-N", 7, 1).pinned()).isTrue();
    }

    @Test
    void a_conflicting_edit_is_refused_with_a_clear_message_and_the_other_change_shows() {
        openPlannerAsSecretary("两人同改");
        RosterBoard.Seat seat = seat("A-N", 7, 0);
        BoardProbe.click(seat.assignmentId());

        // Meanwhile a second secretary fills the same seat.
        rosters.assign(seat.assignmentId(), seat.version(), made.volunteerIds().get(7));
        _click(assignButton("V1"));

        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "")
                .contains("别人修改过"));
        assertThat(chip(seat.assignmentId()).text()).contains("志愿者8");
    }

    @Test
    void choosing_a_match_of_the_why_panel_highlights_its_seats() {
        prepareAsSecretary("原因");
        RosterBoard.Seat first = seat("A-N", 7, 0);
        RosterBoard.Seat second = seat("A-N", 7, 1);
        openWithOneVolunteerInBoth(first, second);

        _click(_get(Button.class, spec -> spec.withId("planner-why-toggle")));
        assertThat(_find(Span.class, spec -> spec.withClasses("sw-match"))).extracting(Span::getText)
                .as("the rules' figures in words, not as field=value").noneMatch(text -> text.contains("="));
        Span match = _find(Span.class, spec -> spec.withClasses("sw-match")).stream()
                .filter(s -> s.getText().contains("V1") || s.getText().contains("志愿者1")).findFirst().orElseThrow();
        _click(match);

        assertThat(chip(first.assignmentId()).hasClass("sw-chip--highlight")).isTrue();
        assertThat(chip(second.assignmentId()).hasClass("sw-chip--highlight")).isTrue();
    }

    @Test
    void the_why_panel_names_each_rule_and_says_each_score_in_chinese_words() {
        prepareAsSecretary("规则名称");
        openWithOneVolunteerInBoth(seat("A-N", 7, 0), seat("A-N", 7, 1));

        _click(_get(Button.class, spec -> spec.withId("planner-why-toggle")));

        List<String> texts = _find(_get(WhyPanel.class), Span.class).stream().map(Span::getText).toList();
        assertThat(texts).anyMatch(t -> t.startsWith("值班时间重叠 · 违反规则 1 处"))
                .anyMatch(t -> t.startsWith("岗位空缺 · 空缺 22 个岗位"))
                .anyMatch(t -> t.startsWith("负担均衡 · 扣分"))
                .anyMatch(t -> t.contains("违反规则 1 处 · 空缺 22 个岗位 · 扣分"));
        assertThat(String.join("\n", texts)).doesNotContainPattern("(?i)hard|medium|soft")
                .doesNotContain("Overlapping", "Fair load", "Empty seat", "OVERLAP");
        assertThat(_get(Span.class, spec -> spec.withId("planner-status")).getText())
                .isEqualTo("已排 2 / 24 个岗位 · 违反规则 1 处 · 空缺 22 个岗位 · 扣分 %d",
                        rosters.board(rosterId).score().penalty());
    }

    @Test
    void the_seat_dialog_says_in_chinese_why_someone_cannot_take_the_seat() {
        prepareAsSecretary("不能排的原因");
        RosterBoard.Seat first = seat("A-N", 7, 0);
        rosters.assign(first.assignmentId(), first.version(), made.volunteerIds().get(0));
        navigateToPlanner();

        BoardProbe.click(seat("A-N", 7, 1).assignmentId());

        @SuppressWarnings("unchecked")
        Grid<SeatCandidate> grid = _get(Grid.class, spec -> spec.withId("seat-candidates"));
        List<String> reasons = new java.util.ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).code().equals("V1")) {
                reasons.add(GridKt._getFormattedRow(grid, row).get(3));
            }
        }
        assertThat(reasons).singleElement().asString().contains("值班时间重叠").doesNotContain("OVERLAP");
        // On a phone the reasons wrap and the buttons stay on the right edge, in reach without sideways scrolling.
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(grid.getColumnByKey("actions").isFrozenToEnd()).isTrue();
    }

    @Test
    void while_solving_the_board_shows_the_best_roster_so_far_and_one_status_line_counts() throws Exception {
        // A problem large enough that the solver keeps finding better rosters for a while.
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        PlanDocument demo = CommunityGenerator.upstream(MONDAY);
        long communityId = imports.importCommunity(new PlanDocument(demo.format(),
                new PlanDocument.CommunityInfo("边排边看-" + System.nanoTime()), demo.horizon(), demo.rules(),
                demo.compounds(), demo.posts(), demo.demands(), demo.volunteers(), List.of(), null),
                ImportMode.CREATE).communityId();
        rosterId = rosters.open(communityId, demo.horizon().from(), demo.horizon().from()).orElseThrow();
        login(Roles.SECRETARY, communityId, null);
        navigateToPlanner();
        Button solve = _get(Button.class, spec -> spec.withId("planner-solve"));

        Span status = _get(Span.class, spec -> spec.withId("planner-status"));
        assertThat(chips()).isNotEmpty().allMatch(c -> c.classes().contains("sw-chip--empty"));

        _click(solve);
        awaitUi(() -> status.getText().startsWith("排班中，已用") && status.getText().contains("个岗位 · 违反规则"));

        assertThat(chips()).as("the board shows the best roster so far").anyMatch(c -> !c.classes().contains("sw-chip--empty"));
        assertThat(solverService.isSolving(communityId)).as("before the end").isTrue();
        assertThat(_find(Span.class, spec -> spec.withId("planner-progress"))).as("no second status line").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("planner-stop")));
        awaitUi(() -> !solverService.isSolving(communityId) && solve.isEnabled());
        assertThat(_get(Span.class, spec -> spec.withId("planner-status")).getText()).startsWith("排班完成");
    }

    @Test
    void the_coverage_panel_lists_the_people_each_compound_still_needs() {
        openPlannerAsSecretary("缺口");

        _click(_get(Button.class, spec -> spec.withId("planner-coverage-toggle")));

        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anyMatch(t -> t.contains("甲院") && t.contains("07:00–11:00"))
                .anyMatch(t -> t.contains("乙院") && t.contains("19:00–23:00"));
    }

    @Test
    void a_volunteers_duties_open_from_the_board() {
        prepareAsSecretary("个人");
        RosterBoard.Seat seat = seat("B-S", 19, 1);
        rosters.assign(seat.assignmentId(), seat.version(), made.volunteerIds().get(3));
        navigateToPlanner();

        @SuppressWarnings("unchecked")
        ComboBox<RosterService.VolunteerRef> person = _get(ComboBox.class, spec -> spec.withId("planner-person"));
        _setValue(person, rosters.volunteersOf(made.communityId()).get(3));

        DutiesDialog dialog = _get(DutiesDialog.class);
        assertThat(dialog.getHeaderTitle()).contains("志愿者4");
        assertThat(_find(dialog, Span.class)).extracting(Span::getText).anyMatch(t -> t.contains("4 / 24"));
        // The compound beside the post: two compounds may both have a "north gate".
        Grid<?> duties = _get(dialog, Grid.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(duties, 0)).contains("乙院");
    }

    @Test
    void a_committee_member_sees_the_board_but_cannot_solve() {
        made = data.community("委员看板");
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        rosterId = rosters.open(made.communityId(), MONDAY, MONDAY.plusDays(2)).orElseThrow();
        login(Roles.COMMITTEE, made.communityId(), made.owner());

        navigateToPlanner();

        assertThat(chips()).hasSize(12);
        // Karibu finds only visible components: the solver's buttons are not shown to a committee member.
        assertThat(_find(Button.class, spec -> spec.withId("planner-solve"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("planner-stop"))).isEmpty();
    }

    @Test
    void leaving_the_planner_stops_listening_to_the_solver() {
        openPlannerAsSecretary("离开");
        int listening = solverService.listenerCount(made.communityId());
        assertThat(listening).isEqualTo(1);

        _get(PlannerView.class).getElement().removeFromParent();

        assertThat(solverService.listenerCount(made.communityId())).isZero();
    }
}
