package org.shouwang.planning.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.cover.CoverFixture;
import org.shouwang.cover.CoverService;
import org.shouwang.cover.OpenSeat;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.RosterBoard;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Call for cover on the planner board: offering from the seat dialog and the toolbar, and the chips' marks. */
class CallForCoverBoardTest extends KaribuTest {

    @Autowired
    CoverService cover;

    CoverFixture f;
    Volunteer wang;
    Volunteer member;
    Assignment empty;
    Assignment westEmpty;

    @BeforeEach
    void setUp() {
        f = new CoverFixture(ctx);
        wang = f.volunteer("王芳");
        member = f.volunteer("刘委员");
        Post west = f.ownedGate(member);
        f.seat(f.north, 0, f.volunteer("李强"));
        empty = f.seat(f.north, 1, null);
        westEmpty = f.seat(west, 0, null);
        f.publish();
        TestUsers.signOut();
    }

    private void openBoard(String role, Long volunteerId) {
        login(role, Roles.DISTRICT_ADMIN.equals(role) ? null : f.communityId(), volunteerId);
        if (Roles.DISTRICT_ADMIN.equals(role)) {
            ctx.getBean(CommunitySelection.class).select(f.community());
        }
        UI.getCurrent().navigate(PlannerView.class);
        showAll();
    }

    /** All compounds on the board (a reload shows the first compound again). */
    private static void showAll() {
        @SuppressWarnings("unchecked")
        Select<Optional<RosterBoard.CompoundInfo>> compound = _get(Select.class, spec -> spec.withId("planner-compound"));
        _setValue(compound, Optional.empty());
    }

    private static void click(long assignmentId) {
        showAll();
        BoardProbe.click(assignmentId);
    }

    private static BoardProbe.Chip chip(long assignmentId) {
        showAll();
        return BoardProbe.chip(assignmentId);
    }

    @Test
    void the_secretary_offers_a_seat_from_its_dialog_and_the_board_marks_it_then_withdraws_it() {
        openBoard(Roles.SECRETARY, null);

        click(empty.getId());
        _click(_get(Button.class, b -> b.withId("seat-offer")));
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(chip(empty.getId()).marks()).contains("sw-offer-mark--offered");
        assertThat(chip(empty.getId()).text()).contains("招");

        click(empty.getId());
        assertThat(get_textRecursively(_get(com.vaadin.flow.component.html.Span.class,
                s -> s.withId("seat-call-state")))).contains("名志愿者");
        assertThat(_find(Button.class, b -> b.withId("seat-offer"))).isEmpty();
        _click(_get(Button.class, b -> b.withId("seat-cover-history")));
        Grid<?> history = _get(Grid.class, g -> g.withId("cover-history"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(history, 0)).contains("发出招募");
        _click(_get(Button.class, b -> b.withId("cover-history-close")));
        _click(_get(Button.class, b -> b.withId("seat-offer-withdraw")));
        assertThat(chip(empty.getId()).marks()).doesNotContain("sw-offer-mark--offered");
    }

    @Test
    void the_secretary_offers_every_empty_seat_of_the_days_from_the_toolbar() {
        openBoard(Roles.SECRETARY, null);

        _click(_get(Button.class, b -> b.withId("planner-offer-empty")));
        _click(_get(Button.class, b -> b.withId("cover-range-offer")));

        assertThat(chip(empty.getId()).marks()).contains("sw-offer-mark--offered");
        assertThat(chip(westEmpty.getId()).marks()).contains("sw-offer-mark--offered");
    }

    @Test
    void a_seat_taken_from_an_offer_shows_taken_on_an_open_board_at_once() throws Exception {
        TestUsers.signIn(Roles.SECRETARY, f.communityId(), null);
        cover.offer(empty.getId());
        openBoard(Roles.SECRETARY, null);
        assertThat(chip(empty.getId()).marks()).contains("sw-offer-mark--offered");

        CompletableFuture.runAsync(() -> {
            TestUsers.signIn(Roles.VOLUNTEER, f.communityId(), wang.getId());
            try {
                OpenSeat seat = cover.openForMe().get(0);
                assertThat(cover.take(seat.offerId()).taken()).isTrue();
            } finally {
                TestUsers.signOut();
            }
        }).get();

        awaitUi(() -> chip(empty.getId()).marks().contains("sw-offer-mark--taken"));
        assertThat(chip(empty.getId()).text()).contains("王芳").contains("顶");
    }

    @Test
    void a_district_admin_offers_seats_as_the_secretary_does() {
        openBoard(Roles.DISTRICT_ADMIN, null);

        click(westEmpty.getId());
        _click(_get(Button.class, b -> b.withId("seat-offer")));

        assertThat(chip(westEmpty.getId()).marks()).contains("sw-offer-mark--offered");
    }

    @Test
    void a_committee_member_offers_the_seats_of_their_compounds_only() {
        openBoard(Roles.COMMITTEE, member.getId());

        click(empty.getId());
        assertThat(_find(Button.class, b -> b.withId("seat-offer"))).as("not their compound").isEmpty();
        _click(_get(Button.class, b -> b.withId("seat-close")));
        click(westEmpty.getId());
        _click(_get(Button.class, b -> b.withId("seat-offer")));
        assertThat(chip(westEmpty.getId()).marks()).contains("sw-offer-mark--offered");

        _click(_get(Button.class, b -> b.withId("planner-offer-empty")));
        _click(_get(Button.class, b -> b.withId("cover-range-offer")));
        assertThat(chip(empty.getId()).marks()).as("not their compound").doesNotContain("sw-offer-mark--offered");
    }

    /** Lets the pushes of other threads reach the mock UI until the condition holds. */
    private static void awaitUi(BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the page").isBefore(giveUp);
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
    }
}
