package org.shouwang.planning.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.CommunityRepository;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.RosterTestData;
import org.shouwang.roster.RosterWindow;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's window onto the timeline, for every role that opens the planner: a week from today at
 * first, then the previous or next week, today, or dates typed in; what lies outside stays as it is.
 */
class WindowNavigatorTest extends KaribuTest {

    @Autowired
    RosterTestData data;
    @Autowired
    RosterService rosters;
    @Autowired
    CommunityRepository communities;
    @Autowired
    Clock clock;

    private static List<String> dates() {
        return BoardProbe.board().getColumns().stream().map(c -> c.getKey()).filter(k -> !"post".equals(k)).toList();
    }

    private static List<String> week(LocalDate first) {
        return first.datesUntil(first.plusDays(7)).map(LocalDate::toString).toList();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    void the_secretary_moves_the_window_by_weeks_back_to_today_and_to_dates_typed_in() {
        RosterTestData.Made made = data.community("窗口");
        login(Roles.SECRETARY, made.communityId(), null);
        LocalDate today = LocalDate.now(clock);
        UI.getCurrent().navigate(PlannerView.class);
        assertThat(dates()).as("a week from today").isEqualTo(week(today));

        click("window-next");
        assertThat(dates()).isEqualTo(week(today.plusDays(7)));
        click("window-previous");
        click("window-previous");
        assertThat(dates()).isEqualTo(week(today.minusDays(7)));
        click("window-today");
        assertThat(dates()).isEqualTo(week(today));

        _setValue(_get(DatePicker.class, spec -> spec.withId("planner-from")), today.plusDays(2));
        _setValue(_get(DatePicker.class, spec -> spec.withId("planner-to")), today.plusDays(4));
        click("planner-open");
        assertThat(dates()).containsExactly(today.plusDays(2).toString(), today.plusDays(3).toString(),
                today.plusDays(4).toString());
        // Moving keeps the window's length.
        click("window-next");
        assertThat(dates()).containsExactly(today.plusDays(9).toString(), today.plusDays(10).toString(),
                today.plusDays(11).toString());

        _setValue(_get(DatePicker.class, spec -> spec.withId("planner-to")), today);
        click("planner-open");
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "")
                .equals(n.getTranslation("roster.planner.horizon.invalid")));
        assertThat(dates()).as("the window stays").hasSize(3).startsWith(today.plusDays(9).toString());
    }

    @Test
    void what_lies_outside_the_window_stays_as_it_is_when_the_window_moves() {
        RosterTestData.Made made = data.community("窗外");
        login(Roles.SECRETARY, made.communityId(), null);
        LocalDate today = LocalDate.now(clock);
        RosterWindow thisWeek = rosters.open(made.communityId(), today, today.plusDays(6)).orElseThrow();
        RosterBoard.Seat seat = rosters.board(thisWeek).seats().stream()
                .filter(s -> s.start().toLocalDate().equals(today.plusDays(3))).findFirst().orElseThrow();
        rosters.assign(seat.assignmentId(), seat.version(), made.volunteerIds().get(4));
        UI.getCurrent().navigate(PlannerView.class);

        click("window-next");
        click("window-next");
        click("window-previous");
        click("window-today");

        assertThat(rosters.board(thisWeek).seats()).filteredOn(s -> s.assignmentId() == seat.assignmentId())
                .singleElement().satisfies(s -> assertThat(s.volunteerName()).isEqualTo("志愿者5"));
        assertThat(rosters.board(thisWeek).seats()).hasSize(56);
        assertThat(BoardProbe.chip(seat.assignmentId()).text()).contains("志愿者5");
    }

    @Test
    void a_committee_member_moves_the_window_over_the_timeline_the_secretary_planned() {
        RosterTestData.Made made = data.community("委员窗口");
        LocalDate today = LocalDate.now(clock);
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        rosters.open(made.communityId(), today.plusDays(7), today.plusDays(13));
        login(Roles.COMMITTEE, made.communityId(), made.owner());
        UI.getCurrent().navigate(PlannerView.class);
        assertThat(dates()).isEqualTo(week(today));
        assertThat(BoardProbe.chips()).as("nothing planned this week yet").isEmpty();

        click("window-next");

        assertThat(dates()).isEqualTo(week(today.plusDays(7)));
        // 甲院, the first compound: two shifts of two seats a day.
        assertThat(BoardProbe.chips()).hasSize(28);
        assertThat(_find(Button.class, spec -> spec.withId("planner-solve"))).as("no Solve for a committee member").isEmpty();
    }

    @Test
    void a_district_admin_moves_the_window_of_the_community_chosen() {
        RosterTestData.Made made = data.community("区管窗口");
        login(Roles.DISTRICT_ADMIN, null, null);
        ctx.getBean(CommunitySelection.class).select(communities.findById(made.communityId()).orElseThrow());
        LocalDate today = LocalDate.now(clock);
        UI.getCurrent().navigate(PlannerView.class);

        click("window-previous");

        assertThat(dates()).isEqualTo(week(today.minusDays(7)));
        assertThat(rosters.timelineOf(made.communityId())).as("the admin plans: the timeline is made").isPresent();
    }
}
