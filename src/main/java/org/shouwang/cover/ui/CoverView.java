package org.shouwang.cover.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.cover.CoverBroadcaster;
import org.shouwang.cover.CoverOffer;
import org.shouwang.cover.OfferRefusedException;
import org.shouwang.cover.CoverService;
import org.shouwang.cover.OfferRow;
import org.shouwang.roster.ui.ShiftText;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Call for cover for the secretary: the duties volunteers give back (confirming those close to their shift),
 * every offer with who it went to, who took it and when, and each seat's audit. (The community's call-for-cover
 * settings are on the community settings page.)
 * A committee member sees the offers of the compounds they own.
 */
@Route(value = "cover", layout = MainLayout.class)
@Menu(title = "cover.menu", order = 22)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE})
public class CoverView extends VerticalLayout implements TranslatedTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d HH:mm");
    private static final int NAMES_SHOWN = 10;

    private final CoverService cover;
    private final Long communityId;
    private final Grid<OfferRow> requests = new Grid<>();
    private final Grid<OfferRow> offers = new Grid<>();

    public CoverView(CoverService cover, CoverBroadcaster broadcaster, CommunitySelection selection) {
        this.cover = cover;
        this.communityId = selection.currentId().orElse(null);
        addClassName("sw-view");
        setPadding(false);
        setWidthFull();
        H2 title = new H2(getTranslation("cover.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        add(title);
        if (communityId == null) {
            Paragraph none = new Paragraph(getTranslation("cover.no-community"));
            none.setId("cover-no-community");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("cover.explain")));
        add(heading("cover.requests.title"), createRequests(), heading("cover.offers.title"), createOffers());
        LiveOffers.follow(this, broadcaster, communityId, this::refresh);
        refresh();
    }

    @Override
    public String titleKey() {
        return "cover.title";
    }

    private H3 heading(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-s) 0 0");
        return heading;
    }

    /** The duties volunteers give back: who, which, why, what became of it; confirm or decline those waiting. */
    private Component createRequests() {
        requests.setId("cover-requests");
        requests.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        requests.setAllRowsVisible(true);
        addSeatColumns(requests);
        requests.addColumn(OfferRow::giver).setHeader(getTranslation("cover.col.giver")).setAutoWidth(true);
        requests.addColumn(OfferRow::reason).setHeader(getTranslation("cover.col.reason")).setAutoWidth(true);
        requests.addColumn(this::stateText).setHeader(getTranslation("cover.col.state")).setAutoWidth(true);
        requests.addComponentColumn(this::requestActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        return requests;
    }

    private Component requestActions(OfferRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        if (row.state() == CoverOffer.State.REQUESTED && cover.isPlanner()) {
            Button confirm = new Button(getTranslation("cover.requests.confirm"), e -> act(() ->
                    Notification.show(getTranslation("cover.requests.confirmed", cover.confirmGiveBack(row.offerId())))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS)));
            confirm.setId("cover-confirm-" + row.offerId());
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button(getTranslation("cover.requests.decline"), e -> act(() ->
                    cover.declineGiveBack(row.offerId())));
            decline.setId("cover-decline-" + row.offerId());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(confirm, decline);
        }
        actions.add(historyButton(row));
        return actions;
    }

    /** Every offer: how and by whom it was made, who it went to, who took it and when. */
    private Component createOffers() {
        offers.setId("cover-offers");
        offers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        offers.setAllRowsVisible(true);
        addSeatColumns(offers);
        offers.addColumn(row -> getTranslation("cover.origin." + row.origin().name()) + " · " + row.createdBy()
                        + " · " + WHEN.format(row.createdAt()))
                .setHeader(getTranslation("cover.col.offered")).setAutoWidth(true);
        offers.addColumn(row -> row.offeredTo().isEmpty() ? getTranslation("cover.offers.nobody")
                        : getTranslation("cover.offers.to", row.offeredTo().size(), names(row.offeredTo())))
                .setHeader(getTranslation("cover.col.to")).setFlexGrow(1);
        offers.addColumn(this::stateText).setHeader(getTranslation("cover.col.state")).setAutoWidth(true);
        offers.addComponentColumn(this::offerActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        return offers;
    }

    /** The first names, best fit first; a seat offered to a whole community names a few and counts the rest. */
    private String names(List<String> names) {
        String shown = String.join(getTranslation("editing.list-separator"), names.stream().limit(NAMES_SHOWN).toList());
        return names.size() > NAMES_SHOWN ? shown + " …" : shown;
    }

    private Component offerActions(OfferRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        if (row.live()) {
            Button withdraw = new Button(getTranslation("cover.seat.withdraw"), e -> act(() -> cover.withdraw(row.offerId())));
            withdraw.setId("cover-withdraw-" + row.offerId());
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(withdraw);
        }
        actions.add(historyButton(row));
        return actions;
    }

    private Button historyButton(OfferRow row) {
        Button history = new Button(getTranslation("cover.seat.history"), e -> new CoverHistoryDialog(seatText(row),
                cover.history(row.assignmentId())).open());
        history.setId("cover-history-" + row.offerId());
        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return history;
    }

    private void addSeatColumns(Grid<OfferRow> grid) {
        grid.addColumn(row -> ShiftText.span(this, row.startsAt(), row.endsAt()))
                .setHeader(getTranslation("cover.col.shift")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.compound() + " · " + row.post())
                .setHeader(getTranslation("cover.col.post")).setAutoWidth(true);
    }

    private String seatText(OfferRow row) {
        return row.compound() + " · " + row.post() + " · " + ShiftText.span(this, row.startsAt(), row.endsAt());
    }

    /** What became of an offer: "taken by 王芳 at 5/3 21:04", "withdrawn by shangyou", "open". */
    private String stateText(OfferRow row) {
        String state = getTranslation("cover.state." + row.state().name());
        if (row.state() == CoverOffer.State.TAKEN) {
            return getTranslation("cover.state.taken-by", row.taker(), WHEN.format(row.closedAt()));
        }
        if (row.closedAt() != null && row.closedBy() != null) {
            return getTranslation("cover.state.closed-by", state, row.closedBy(), WHEN.format(row.closedAt()));
        }
        return state;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (OfferRefusedException refused) {
            Notification.show(getTranslation("cover.refused." + refused.why().name()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        List<OfferRow> all = cover.offers(communityId);
        requests.setItems(all.stream().filter(row -> row.origin() == CoverOffer.Origin.GIVE_BACK).toList());
        offers.setItems(all.stream().filter(row -> row.state() != CoverOffer.State.REQUESTED
                && row.state() != CoverOffer.State.DECLINED).toList());
    }
}
