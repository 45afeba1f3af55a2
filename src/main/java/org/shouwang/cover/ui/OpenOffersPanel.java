package org.shouwang.cover.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.shouwang.cover.CoverBroadcaster;
import org.shouwang.cover.CoverService;
import org.shouwang.cover.OpenSeat;
import org.shouwang.cover.TakeOutcome;
import org.shouwang.roster.ui.ShiftText;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The open seats a volunteer may take, on their phone: date, time, compound, post and who else is on that
 * shift, each with "I'll take it". A seat someone else takes disappears by push while the page is open.
 */
public class OpenOffersPanel extends Div {

    private final CoverService cover;
    private final Runnable onTaken;

    /**
     * @param onTaken called after the volunteer took a seat (their duties changed)
     */
    public OpenOffersPanel(CoverService cover, CoverBroadcaster broadcaster, long communityId, Runnable onTaken) {
        this.cover = cover;
        this.onTaken = onTaken;
        setId("cover-open");
        setWidthFull();
        LiveOffers.follow(this, broadcaster, communityId, this::refresh);
        refresh();
    }

    /** Reads the open offers again and redraws them. */
    public void refresh() {
        removeAll();
        List<OpenSeat> seats = cover.openForMe();
        setVisible(!seats.isEmpty());
        if (seats.isEmpty()) {
            return;
        }
        H3 title = new H3(getTranslation("cover.open.title", seats.size()));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        add(title);
        seats.forEach(seat -> add(createSeat(seat)));
    }

    private Div createSeat(OpenSeat seat) {
        Div card = new Div();
        card.addClassName("sw-card");
        card.addClassName("sw-open-seat");
        card.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        card.add(new Div(ShiftText.span(this, seat.startsAt(), seat.endsAt())));
        Div where = new Div(seat.compound() + " · " + seat.post());
        where.addClassName("sw-muted");
        card.add(where);
        card.add(new Div(seat.team().isEmpty() ? getTranslation("cover.open.team.none")
                : getTranslation("cover.open.team", seat.team().stream()
                .collect(Collectors.joining(getTranslation("editing.list-separator"))))));
        Button take = new Button(getTranslation("cover.open.take"), e -> take(seat));
        take.setId("cover-take-" + seat.offerId());
        take.addClassName("sw-take");
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        take.setWidthFull();
        card.add(take);
        return card;
    }

    private void take(OpenSeat seat) {
        TakeOutcome outcome = cover.take(seat.offerId());
        if (outcome.taken()) {
            Notification.show(getTranslation("cover.take.TAKEN", ShiftText.span(this, seat.startsAt(), seat.endsAt()),
                    seat.post())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onTaken.run();
        } else {
            String text = getTranslation("cover.take." + outcome.result().name());
            if (outcome.result() == TakeOutcome.Result.RULES) {
                text = getTranslation("cover.take.RULES", outcome.rules().stream()
                        .map(rule -> getTranslation(rule.translationKey()))
                        .collect(Collectors.joining(getTranslation("editing.list-separator"))));
            }
            Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setId("cover-take-refused");
        }
        refresh();
    }
}
