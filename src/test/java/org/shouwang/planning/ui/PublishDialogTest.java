package org.shouwang.planning.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.duty.ui.CommitteeCoverageView;
import org.shouwang.publish.ui.PublishDialog;
import org.shouwang.duty.DutyService;
import org.shouwang.publish.PublishFixture;
import org.shouwang.publish.PublishingService;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The publish button with its diff, the board's marks, and the committee's coverage view. */
class PublishDialogTest extends KaribuTest {

    @Autowired
    PublishingService publishing;
    @Autowired
    DutyService duties;

    PublishFixture data;

    @BeforeEach
    void setUp() {
        data = new PublishFixture(ctx, 1);
        data.demand(data.gate, LocalTime.of(7, 0), LocalTime.of(11, 0), 1);
    }

    @Test
    void the_secretary_sees_the_diff_before_publishing_and_publishing_clears_it() {
        login(Roles.SECRETARY, data.community.getId(), null);
        AtomicInteger published = new AtomicInteger();
        PublishDialog button = new PublishDialog(publishing, published::incrementAndGet);
        button.setWindow(data.roster);
        UI.getCurrent().add(button);

        _click(_get(Button.class, b -> b.withId("publish-open")));
        Grid<?> diff = _get(Grid.class, g -> g.withId("publish-diff"));
        assertThat(_size(diff)).isEqualTo(1);
        assertThat(_getFormatted(diff, 0, "before")).isEqualTo(diff.getTranslation("publish.empty"));
        assertThat(_getFormatted(diff, 0, "after")).isEqualTo("王芳");
        // The dialog says what it publishes: the window's dates.
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, p -> p.withId("publish-window")).getText())
                .contains(org.shouwang.roster.ui.ShiftText.date(button, data.tomorrow.atStartOfDay()));
        _click(_get(Button.class, b -> b.withId("publish-confirm")));

        assertThat(published).hasValue(1);
        assertThat(publishing.diff(data.roster)).isEmpty();
        assertThat(data.reload(data.morning).getPublishedAt()).isNotNull();
    }

    @Test
    void the_board_marks_changed_seats_and_flags_seats_of_absent_volunteers() {
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        publishing.publish(data.roster);
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), data.wang.getId());
        duties.reportAbsence(data.tomorrow, data.tomorrow, Absence.Reason.SICK, null);

        login(Roles.SECRETARY, data.community.getId(), null);
        UI.getCurrent().navigate(PlannerView.class);
        BoardProbe.Chip chip = BoardProbe.chip(data.morning.getId());
        assertThat(chip.marks()).contains("sw-cover-flag").doesNotContain("sw-changed-mark");
        assertThat(chip.coverTitle()).contains("王芳").contains("生病").contains("李强");

        data.reassign(data.morning, data.li);
        _get(PlannerView.class).refresh();
        BoardProbe.Chip after = BoardProbe.chip(data.morning.getId());
        assertThat(after.marks()).contains("sw-changed-mark").doesNotContain("sw-cover-flag");
        assertThat(after.text()).contains("李强").contains("改");
    }

    @Test
    void before_the_first_publish_no_chip_carries_the_changed_mark() {
        login(Roles.SECRETARY, data.community.getId(), null);
        UI.getCurrent().navigate(PlannerView.class);

        assertThat(publishing.diff(data.roster)).as("publishing would still tell 王芳").hasSize(1);
        BoardProbe.Chip draft = BoardProbe.chip(data.morning.getId());
        assertThat(draft.text()).contains("王芳").doesNotContain("改");
        assertThat(draft.marks()).doesNotContain("sw-changed-mark");

        publishing.publish(data.roster);
        data.reassign(data.morning, data.li);
        _get(PlannerView.class).refresh();
        assertThat(BoardProbe.chip(data.morning.getId()).marks()).contains("sw-changed-mark");
    }

    @Test
    void the_seat_dialog_lists_who_could_cover_without_hovering_and_assigns_them() {
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        publishing.publish(data.roster);
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), data.wang.getId());
        duties.reportAbsence(data.tomorrow, data.tomorrow, Absence.Reason.SICK, null);

        login(Roles.SECRETARY, data.community.getId(), null);
        UI.getCurrent().navigate(PlannerView.class);
        BoardProbe.click(data.morning.getId());
        Div cover = _get(Div.class, d -> d.withId("seat-cover"));
        assertThat(get_textRecursively(cover)).contains("王芳").contains("生病");
        Button take = _get(cover, Button.class, b -> b.withId("cover-assign-" + data.li.getId()));
        assertThat(take.getText()).contains("李强");
        _click(take);

        assertThat(data.reload(data.morning).getVolunteer().getId()).isEqualTo(data.li.getId());
        assertThat(BoardProbe.chip(data.morning.getId()).text()).contains("李强");
        BoardProbe.click(data.morning.getId());
        assertThat(_find(Div.class, d -> d.withId("seat-cover"))).as("李强 can come").isEmpty();
    }

    @Test
    void a_seat_whose_holder_can_come_offers_no_cover() {
        login(Roles.SECRETARY, data.community.getId(), null);
        UI.getCurrent().navigate(PlannerView.class);
        BoardProbe.click(data.morning.getId());

        assertThat(_find(Div.class, d -> d.withId("seat-cover"))).isEmpty();
    }

    @Test
    void the_secretary_releases_one_published_seat_from_its_dialog_after_a_confirm() {
        login(Roles.SECRETARY, data.community.getId(), null);
        UI.getCurrent().navigate(PlannerView.class);
        BoardProbe.click(data.morning.getId());
        assertThat(_find(Div.class, d -> d.withId("seat-published"))).as("a draft seat").isEmpty();
        assertThat(_find(Button.class, b -> b.withId("seat-release"))).isEmpty();
        _click(_get(Button.class, b -> b.withId("seat-close")));

        publishing.publish(data.roster);
        _get(PlannerView.class).refresh();
        BoardProbe.click(data.morning.getId());
        assertThat(get_textRecursively(_get(Div.class, d -> d.withId("seat-published")))).contains("王芳");
        _click(_get(Button.class, b -> b.withId("seat-release")));
        assertThat(data.reload(data.morning).isReleased()).as("not before the confirm").isFalse();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(data.reload(data.morning).isReleased()).isTrue();
        BoardProbe.Chip chip = BoardProbe.chip(data.morning.getId());
        assertThat(chip.hasClass("sw-chip--released")).isTrue();
        assertThat(chip.marks()).contains("sw-released-mark");

        // Publishing again keeps the seat again, and the mark goes.
        publishing.publish(data.roster);
        _get(PlannerView.class).refresh();
        assertThat(BoardProbe.chip(data.morning.getId()).hasClass("sw-chip--released")).isFalse();
    }

    @Test
    void a_released_seat_is_kept_again_from_its_dialog_and_others_cannot_release() {
        Volunteer member = data.volunteer("刘委员", null);
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        publishing.publish(data.roster);

        login(Roles.COMMITTEE, data.community.getId(), member.getId());
        UI.getCurrent().navigate(PlannerView.class);
        BoardProbe.click(data.morning.getId());
        assertThat(get_textRecursively(_get(Div.class, d -> d.withId("seat-published")))).contains("王芳");
        assertThat(_find(Button.class, b -> b.withId("seat-release"))).as("not their compound").isEmpty();

        login(Roles.SECRETARY, data.community.getId(), null);
        UI.getCurrent().navigate(PlannerView.class);
        BoardProbe.click(data.morning.getId());
        _click(_get(Button.class, b -> b.withId("seat-release")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        BoardProbe.click(data.morning.getId());
        _click(_get(Button.class, b -> b.withId("seat-keep")));

        assertThat(data.reload(data.morning).isReleased()).isFalse();
        assertThat(BoardProbe.chip(data.morning.getId()).hasClass("sw-chip--released")).isFalse();
    }

    @Test
    void the_committee_member_sees_the_empty_seats_of_their_compounds() {
        Volunteer member = data.volunteer("刘委员", null);
        Compound owned = data.compound("锦江苑", member.getId());
        Post east = data.post(owned, "东门");
        data.seat(data.roster, east, data.tomorrow.atTime(8, 0), 4, 0, null, data.li);
        data.seat(data.roster, east, data.tomorrow.atTime(8, 0), 4, 1, null, null);
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        publishing.publish(data.roster);

        login(Roles.COMMITTEE, data.community.getId(), member.getId());
        UI.getCurrent().navigate(CommitteeCoverageView.class);
        String text = get_textRecursively(_get(Div.class, d -> d.withId("coverage-list")));
        assertThat(text).contains("锦江苑 · 东门").contains("1/2").contains("李强").doesNotContain("北门");
    }
}
