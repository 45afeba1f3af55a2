package org.shouwang.cover.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Post;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.cover.CoverFixture;
import org.shouwang.cover.CoverOffer;
import org.shouwang.cover.CoverService;
import org.shouwang.cover.OfferRow;
import org.shouwang.roster.Assignment;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The secretary's call-for-cover page: requests, offers, a seat's history and the settings, per role. */
class CoverViewTest extends KaribuTest {

    @Autowired
    CoverService cover;

    CoverFixture f;
    Volunteer wang;
    Volunteer li;
    Volunteer member;
    Assignment liSeat;
    Assignment empty;
    Assignment westEmpty;

    @BeforeEach
    void setUp() {
        f = new CoverFixture(ctx);
        wang = f.volunteer("王芳");
        li = f.volunteer("李强");
        member = f.volunteer("刘委员");
        Post west = f.ownedGate(member);
        liSeat = f.seat(f.north, 0, li);
        empty = f.seat(f.east, 0, null);
        westEmpty = f.seat(west, 0, null);
        f.publish();
        cover.offer(empty.getId());
        cover.offer(westEmpty.getId());
        // A week's notice: 李强's give-back three days ahead waits for the secretary.
        f.settings(false, 168);
        f.as(li);
        cover.giveBack(liSeat.getId(), "出差");
        TestUsers.signOut();
    }

    @SuppressWarnings("unchecked")
    private static Grid<OfferRow> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /** A button of the row of this offer in the grid's action column (cell components live outside the UI tree). */
    private static java.util.Optional<Button> rowButton(String gridId, String buttonId, long offerId) {
        Grid<OfferRow> grid = grid(gridId);
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).offerId() == offerId) {
                HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
                return actions.getChildren().map(Button.class::cast)
                        .filter(b -> b.getId().orElse("").equals(buttonId + offerId)).findFirst();
            }
        }
        throw new AssertionError("no offer " + offerId + " in " + gridId);
    }

    /** The grid's cells as the browser shows them, all rows in one text. */
    static String formatted(Grid<?> grid) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < GridKt._size(grid); row++) {
            text.append(String.join(" | ", GridKt._getFormattedRow(grid, row))).append('\n');
        }
        return text.toString();
    }

    private static List<OfferRow> rows(String id) {
        Grid<OfferRow> grid = grid(id);
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @Test
    void the_secretary_confirms_a_give_back_and_reads_who_took_an_offer_and_a_seats_history() {
        login(Roles.SECRETARY, f.communityId(), null);
        UI.getCurrent().navigate(CoverView.class);

        assertThat(rows("cover-requests")).singleElement().satisfies(row -> {
            assertThat(row.giver()).isEqualTo("李强");
            assertThat(row.reason()).isEqualTo("出差");
            assertThat(row.state()).isEqualTo(CoverOffer.State.REQUESTED);
        });
        assertThat(rows("cover-offers")).extracting(OfferRow::assignmentId)
                .containsExactlyInAnyOrder(empty.getId(), westEmpty.getId());
        long request = rows("cover-requests").get(0).offerId();
        _click(rowButton("cover-requests", "cover-confirm-", request).orElseThrow());
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(rows("cover-requests")).singleElement().extracting(OfferRow::state).isEqualTo(CoverOffer.State.OPEN);

        // 王芳 takes the east gate: the list says who and when.
        f.as(wang);
        long eastOffer = cover.openForMe().stream().filter(s -> s.assignmentId() == empty.getId()).findFirst()
                .orElseThrow().offerId();
        assertThat(cover.take(eastOffer).taken()).isTrue();
        login(Roles.SECRETARY, f.communityId(), null);
        UI.getCurrent().navigate(CoverView.class);
        Grid<OfferRow> offers = grid("cover-offers");
        assertThat(formatted(offers)).contains("王芳 于");
        assertThat(rows("cover-offers")).filteredOn(r -> r.assignmentId() == empty.getId()).singleElement()
                .satisfies(r -> assertThat(r.taker()).isEqualTo("王芳"));

        _click(rowButton("cover-offers", "cover-history-", eastOffer).orElseThrow());
        String history = formatted(_get(Grid.class, spec -> spec.withId("cover-history")));
        assertThat(history).contains("发出招募").contains("接了这一班").contains("王芳");
    }

    @Test
    void the_secretary_withdraws_an_offer_from_the_list() {
        login(Roles.SECRETARY, f.communityId(), null);
        UI.getCurrent().navigate(CoverView.class);
        OfferRow east = rows("cover-offers").stream().filter(r -> r.assignmentId() == empty.getId()).findFirst()
                .orElseThrow();

        _click(rowButton("cover-offers", "cover-withdraw-", east.offerId()).orElseThrow());

        assertThat(rows("cover-offers")).filteredOn(r -> r.assignmentId() == empty.getId()).singleElement()
                .extracting(OfferRow::state).isEqualTo(CoverOffer.State.WITHDRAWN);
        assertThat(rowButton("cover-offers", "cover-withdraw-", east.offerId())).isEmpty();
    }

    @Test
    void a_district_admin_sees_the_chosen_communitys_lists() {
        login(Roles.DISTRICT_ADMIN, null, null);
        ctx.getBean(CommunitySelection.class).select(f.community());
        UI.getCurrent().navigate(CoverView.class);

        assertThat(rows("cover-requests")).hasSize(1);
        assertThat(rows("cover-offers")).hasSize(2);
    }

    @Test
    void a_committee_member_sees_the_offers_of_their_compounds_without_confirmations() {
        login(Roles.COMMITTEE, f.communityId(), member.getId());
        UI.getCurrent().navigate(CoverView.class);

        assertThat(rows("cover-offers")).extracting(OfferRow::assignmentId).containsExactly(westEmpty.getId());
        assertThat(rows("cover-requests")).isEmpty();
    }
}
