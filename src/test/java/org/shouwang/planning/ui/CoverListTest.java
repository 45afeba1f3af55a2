package org.shouwang.planning.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.CommunityRepository;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.duty.DutyService;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.RosterTestData;
import org.shouwang.roster.RosterWindow;
import org.shouwang.volunteer.Absence;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.roster.RosterTestData.MONDAY;

/**
 * The planner's list of the window's seats needing cover, for every role that opens the planner: each
 * seat with its candidates as buttons (no hovering), covering with one tap, checked against the rules;
 * a committee member covers the seats of the compounds they own only.
 */
class CoverListTest extends KaribuTest {

    @Autowired
    RosterTestData data;
    @Autowired
    RosterService rosters;
    @Autowired
    PublishingService publishing;
    @Autowired
    DutyService duties;
    @Autowired
    CommunityRepository communities;

    RosterTestData.Made made;
    RosterWindow window;
    /** 乙院's morning seat: 志愿者6 reported sick. */
    RosterBoard.Seat sick;
    /** 甲院's morning seat: published with 志愿者3, emptied since. */
    RosterBoard.Seat emptied;

    @BeforeEach
    void publishThenLeaveAndAnEmptiedSeat() {
        made = data.community("顶班");
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        window = rosters.open(made.communityId(), MONDAY, MONDAY).orElseThrow();
        sick = seat("B-S", 0);
        emptied = seat("A-N", 1);
        rosters.assign(sick.assignmentId(), sick.version(), made.volunteerIds().get(5));
        rosters.assign(emptied.assignmentId(), emptied.version(), made.volunteerIds().get(2));
        publishing.publish(window);
        TestUsers.signIn(Roles.VOLUNTEER, made.communityId(), made.volunteerIds().get(5));
        duties.reportAbsence(MONDAY, MONDAY, Absence.Reason.SICK, null);
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        RosterBoard.Seat now = seat("A-N", 1);
        rosters.assign(now.assignmentId(), now.version(), null);
    }

    /** The morning seat of the post. */
    private RosterBoard.Seat seat(String post, int number) {
        return rosters.board(window).seats().stream().filter(s -> s.postCode().equals(post) && s.seat() == number
                && s.start().equals(MONDAY.atTime(7, 0))).findFirst().orElseThrow();
    }

    private void openPlanner() {
        UI.getCurrent().navigate(PlannerView.class);
        _get(WindowNavigator.class).show(MONDAY, MONDAY);
    }

    private static Div entry(RosterBoard.Seat seat) {
        return _get(Div.class, spec -> spec.withId("cover-entry-" + seat.assignmentId()));
    }

    private static List<Button> candidates(RosterBoard.Seat seat) {
        return _find(entry(seat), Button.class);
    }

    private static String text(Div entry) {
        return String.join(" ", _find(entry, Span.class).stream().map(Span::getText).toList());
    }

    @Test
    void the_secretary_sees_every_seat_needing_cover_with_its_candidates_and_covers_one_with_a_tap() {
        login(Roles.SECRETARY, made.communityId(), null);
        openPlanner();

        Details list = _get(Details.class, spec -> spec.withId("planner-cover"));
        assertThat(list.isOpened()).as("open at a glance").isTrue();
        // The sick volunteer's seat, the emptied one, and the six seats published empty.
        assertThat(list.getSummaryText()).isEqualTo("需要顶班的岗位（8 个）");
        assertThat(_find(list, Div.class, spec -> spec.withClasses("sw-cover-entry"))).hasSize(8);
        assertThat(text(entry(sick))).contains("乙院", "乙院南门", "志愿者6", "生病");
        assertThat(text(entry(emptied))).contains("甲院", "志愿者3", "空缺");
        assertThat(candidates(sick)).isNotEmpty().hasSizeLessThanOrEqualTo(5).allMatch(Button::isEnabled)
                .noneMatch(b -> b.getText().startsWith("志愿者6"));
        // 乙院's own people first.
        assertThat(candidates(sick).get(0).getText()).endsWith("本小区");

        Button first = candidates(sick).get(0);
        String name = first.getText().replace(" · 本小区", "");
        _click(first);

        assertThat(rosters.board(window).seats()).filteredOn(s -> s.assignmentId() == sick.assignmentId())
                .singleElement().satisfies(s -> assertThat(s.volunteerName()).isEqualTo(name));
        assertThat(_find(Div.class, spec -> spec.withId("cover-entry-" + sick.assignmentId()))).isEmpty();
        assertThat(_get(Details.class, spec -> spec.withId("planner-cover")).getSummaryText())
                .isEqualTo("需要顶班的岗位（7 个）");
    }

    @Test
    void a_cover_that_would_break_a_rule_by_now_is_refused_and_the_list_reloads() {
        login(Roles.SECRETARY, made.communityId(), null);
        openPlanner();
        Button first = candidates(sick).get(0);
        String name = first.getText().replace(" · 本小区", "");
        long who = rosters.volunteersOf(made.communityId()).stream().filter(v -> v.name().equals(name))
                .findFirst().orElseThrow().id();
        // Meanwhile that person is put into 甲院's morning seat: the same hours.
        RosterBoard.Seat other = seat("A-N", 1);
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        rosters.assign(other.assignmentId(), other.version(), who);

        _click(first);

        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "")
                .contains("值班时间重叠"));
        assertThat(seat("B-S", 0).volunteerName()).as("still the sick volunteer's").isEqualTo("志愿者6");
        assertThat(candidates(sick)).noneMatch(b -> b.getText().startsWith(name));
    }

    @Test
    void a_committee_member_sees_every_compound_and_covers_the_seats_of_their_own() {
        login(Roles.COMMITTEE, made.communityId(), made.owner());
        openPlanner();

        assertThat(candidates(sick)).as("乙院 is not theirs").isNotEmpty().noneMatch(Button::isEnabled);
        assertThat(candidates(emptied)).as("甲院 is theirs").isNotEmpty().allMatch(Button::isEnabled);

        Button first = candidates(emptied).get(0);
        _click(first);

        assertThat(seat("A-N", 1).filled()).isTrue();
        assertThat(_find(Div.class, spec -> spec.withId("cover-entry-" + emptied.assignmentId()))).isEmpty();
        assertThat(candidates(sick)).noneMatch(Button::isEnabled);
    }

    @Test
    void a_district_admin_covers_in_the_community_chosen() {
        login(Roles.DISTRICT_ADMIN, null, null);
        ctx.getBean(CommunitySelection.class).select(communities.findById(made.communityId()).orElseThrow());
        openPlanner();

        _click(candidates(emptied).get(0));

        assertThat(seat("A-N", 1).filled()).isTrue();
        assertThat(_get(Details.class, spec -> spec.withId("planner-cover")).getSummaryText())
                .isEqualTo("需要顶班的岗位（7 个）");
    }
}
