package org.shouwang.cover.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.shouwang.cover.CoverBroadcaster;
import org.shouwang.cover.CoverOffer;
import org.shouwang.cover.CoverService;
import org.shouwang.cover.OpenSeat;
import org.shouwang.cover.TakeOutcome;
import org.shouwang.roster.ui.ShiftText;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The open seats a volunteer may take, on their phone: date, time, compound, post and who else is on that
 * shift, each with "I'll take it". A seat someone else takes turns into a note saying so, by push while the
 * page is open (a card that just vanished would leave them wondering); so does one withdrawn or ended.
 */
public class OpenOffersPanel extends Div {

    private final CoverService cover;
    private final Clock clock;
    private final Runnable onTaken;
    /** The open seats drawn last, by offer id: those missing from the next reading are told what became of them. */
    private final Map<Long, OpenSeat> shown = new LinkedHashMap<>();
    /** Seats that were open on this page and are no more, with what became of them, until their shift starts. */
    private final Map<Long, Gone> gone = new LinkedHashMap<>();

    private record Gone(OpenSeat seat, CoverOffer.State state) {
    }

    /**
     * @param onTaken called after the volunteer took a seat (their duties changed)
     */
    public OpenOffersPanel(CoverService cover, CoverBroadcaster broadcaster, Clock clock, long communityId,
                           Runnable onTaken) {
        this.cover = cover;
        this.clock = clock;
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
        noteGone(seats);
        setVisible(!seats.isEmpty() || !gone.isEmpty());
        if (!isVisible()) {
            return;
        }
        H3 title = new H3(getTranslation("cover.open.title", seats.size()));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        add(title);
        seats.forEach(seat -> add(createSeat(seat)));
        gone.values().forEach(seat -> add(createGone(seat)));
    }

    /** Remembers the seats shown before and missing now, with their offers' states; forgets started ones. */
    private void noteGone(List<OpenSeat> seats) {
        Map<Long, OpenSeat> vanished = new LinkedHashMap<>(shown);
        shown.clear();
        seats.forEach(seat -> {
            shown.put(seat.offerId(), seat);
            vanished.remove(seat.offerId());
            gone.remove(seat.offerId());
        });
        if (!vanished.isEmpty()) {
            cover.statesForMe(vanished.keySet()).forEach((offerId, state) ->
                    gone.put(offerId, new Gone(vanished.get(offerId), state)));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        gone.values().removeIf(g -> !g.seat().startsAt().isAfter(now));
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

    /** A seat no longer open: greyed, with what became of it and no button. */
    private Div createGone(Gone gone) {
        OpenSeat seat = gone.seat();
        Div card = new Div();
        card.setId("cover-gone-" + seat.offerId());
        card.addClassName("sw-card");
        card.addClassName("sw-gone-seat");
        card.getStyle().set("margin-bottom", "var(--lumo-space-s)").set("opacity", "0.6");
        card.add(new Div(ShiftText.span(this, seat.startsAt(), seat.endsAt())));
        Div where = new Div(seat.compound() + " · " + seat.post());
        where.addClassName("sw-muted");
        card.add(where);
        String why = switch (gone.state()) {
            case TAKEN -> "cover.open.gone.TAKEN";
            case WITHDRAWN, DECLINED -> "cover.open.gone.WITHDRAWN";
            default -> "cover.open.gone.ENDED";
        };
        Div note = new Div(getTranslation(why));
        note.addClassName("sw-gone-note");
        note.getStyle().set("font-weight", "600");
        card.add(note);
        return card;
    }

    private void take(OpenSeat seat) {
        TakeOutcome outcome = cover.take(seat.offerId());
        if (outcome.taken()) {
            // Theirs now: it moves to their duties rather than standing here as gone.
            shown.remove(seat.offerId());
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
