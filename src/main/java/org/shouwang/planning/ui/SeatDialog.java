package org.shouwang.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.shouwang.cover.OfferRow;
import org.shouwang.cover.SeatCover;
import org.shouwang.duty.SeatNeedingCover;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.SeatCandidate;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One seat: who may take it, best fit first, and for everybody else why not; assign, empty, pin.
 * The dialog only reports the user's choice; the view saves it.
 */
class SeatDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** What the user chose to do with the seat. */
    interface Actions {
        void assign(RosterBoard.Seat seat, Long volunteerId);

        void pin(RosterBoard.Seat seat, boolean pinned);

        /** Releases a published seat for the next solve ({@code true}) or keeps it again. */
        void release(RosterBoard.Seat seat, boolean released);

        void showDuties(long volunteerId);

        /** Offers the empty published seat to the volunteers who may take it (call for cover). */
        void offer(RosterBoard.Seat seat);

        /** Withdraws the seat's live offer. */
        void withdrawOffer(RosterBoard.Seat seat, long offerId);

        /** Shows the seat's call-for-cover audit. */
        void coverHistory(RosterBoard.Seat seat);
    }

    SeatDialog(RosterBoard.Seat seat, List<SeatCandidate> candidates, Optional<SeatNeedingCover> cover,
               SeatCover call, Actions actions) {
        setId("seat-dialog");
        setHeaderTitle(seat.postName() + " · " + WHEN.format(seat.start()) + "–" + TIME.format(seat.end())
                + " · " + getTranslation("roster.planner.seat.number", seat.seat() + 1));
        setWidth("min(60em, 95vw)");

        Div current = new Div();
        current.addClassName("sw-seat-current");
        current.add(new Span(getTranslation("roster.planner.seat.holder") + ": "));
        current.add(seat.filled() ? new Span(seat.volunteerName() + " (" + seat.volunteerCode() + ")")
                : new Span(getTranslation("roster.planner.seat.empty")));
        if (seat.skill() != null) {
            current.add(new Span(" · " + getTranslation("roster.planner.seat.needs", RuleNames.skill(this, seat.skill()))));
        }
        if (!seat.broken().isEmpty()) {
            Div broken = new Div(new Span("⚠ " + RuleNames.rules(this, seat.broken())));
            broken.addClassName("sw-seat-broken");
            current.add(broken);
        }
        add(current);
        if (seat.published()) {
            Div published = new Div(new Span(getTranslation(seat.released() ? "roster.planner.seat.published.released"
                    : "roster.planner.seat.published.kept", seat.publishedName())));
            published.setId("seat-published");
            published.addClassName("sw-muted");
            add(published);
        }
        cover.ifPresent(c -> add(coverSuggestions(seat, c, actions)));
        add(callForCover(seat, call, actions));

        Grid<SeatCandidate> grid = new Grid<>();
        grid.setId("seat-candidates");
        // Long reasons wrap instead of ending in "…"; on a phone they would push the buttons out of view.
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("22em");
        grid.addColumn(c -> c.name() + " (" + c.code() + ")").setHeader(getTranslation("roster.planner.candidate.name"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.homeName() == null ? "" : c.homeName())
                .setHeader(getTranslation("roster.planner.candidate.home")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> formatHours(c.weekHours()) + " / " + formatHours(c.maxHoursPerWeek()))
                .setHeader(getTranslation("roster.planner.candidate.hours")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::fitOrReasons).setHeader(getTranslation("roster.planner.candidate.fit")).setFlexGrow(1);
        grid.addComponentColumn(c -> {
            Button take = new Button(getTranslation("roster.planner.candidate.assign"), e -> {
                actions.assign(seat, c.volunteerId());
                close();
            });
            take.setId("assign-" + c.code());
            take.addThemeVariants(ButtonVariant.LUMO_SMALL);
            take.setEnabled(seat.editable() && c.eligible() && !c.code().equals(seat.volunteerCode()));
            Button duties = new Button(getTranslation("roster.planner.candidate.duties"), e -> actions.showDuties(c.volunteerId()));
            duties.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(take, duties);
        // Kept on the right edge, so that a 360 px phone reaches Assign without scrolling the grid sideways.
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(candidates);
        grid.setPartNameGenerator(c -> c.eligible() ? null : "sw-ineligible");
        add(grid);

        Button empty = new Button(getTranslation("roster.planner.seat.clear"), e -> {
            actions.assign(seat, null);
            close();
        });
        empty.setId("seat-clear");
        empty.setEnabled(seat.editable() && seat.filled());
        Button pin = new Button(getTranslation(seat.pinned() ? "roster.planner.seat.unpin" : "roster.planner.seat.pin"), e -> {
            actions.pin(seat, !seat.pinned());
            close();
        });
        pin.setId("seat-pin");
        pin.setEnabled(seat.editable());
        Button close = new Button(getTranslation("roster.planner.close"), e -> close());
        close.setId("seat-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(empty, pin);
        // Only a published seat is kept by the next solve, so only it can be released (or kept again).
        if (seat.published() && seat.editable()) {
            getFooter().add(seat.released() ? keepButton(seat, actions) : releaseButton(seat, actions));
        }
        getFooter().add(close);
    }

    /**
     * The holder reported leave or sickness: who could cover, each a button that gives them the seat. On the
     * board the same names are only in the flag's tooltip, which a touch screen cannot show.
     */
    private Div coverSuggestions(RosterBoard.Seat seat, SeatNeedingCover cover, Actions actions) {
        Div box = new Div();
        box.setId("seat-cover");
        box.addClassName("sw-seat-cover");
        box.add(new Div(new Span(getTranslation("roster.planner.seat.cover.absent", cover.absentName(),
                getTranslation("duty.reason." + cover.reason().name())))));
        if (cover.candidates().isEmpty()) {
            box.add(new Div(new Span(getTranslation("publish.cover.nobody"))));
            return box;
        }
        box.add(new Span(getTranslation("roster.planner.seat.cover.candidates")));
        for (SeatNeedingCover.Candidate candidate : cover.candidates()) {
            Button take = new Button(candidate.home() ? candidate.name() + " · "
                    + getTranslation("roster.planner.candidate.fit.home") : candidate.name(), e -> {
                actions.assign(seat, candidate.volunteerId());
                close();
            });
            take.setId("cover-assign-" + candidate.volunteerId());
            take.addThemeVariants(ButtonVariant.LUMO_SMALL);
            take.setEnabled(seat.editable());
            box.add(take);
        }
        return box;
    }

    /** Call for cover on this seat: its live offer (withdraw it), offering it, and its audit. */
    private Div callForCover(RosterBoard.Seat seat, SeatCover call, Actions actions) {
        Div box = new Div();
        box.setId("seat-call");
        box.addClassName("sw-seat-call");
        if (call.live().isPresent()) {
            OfferRow offer = call.live().get();
            Span state = new Span(offer.state() == org.shouwang.cover.CoverOffer.State.REQUESTED
                    ? getTranslation("cover.seat.requested", offer.giver(), offer.reason())
                    : getTranslation("cover.seat.offered", offer.offeredTo().size(), WHEN.format(offer.createdAt())));
            state.setId("seat-call-state");
            box.add(state);
            Button withdraw = new Button(getTranslation("cover.seat.withdraw"), e -> {
                actions.withdrawOffer(seat, offer.offerId());
                close();
            });
            withdraw.setId("seat-offer-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
            withdraw.setEnabled(seat.editable());
            box.add(withdraw);
        } else if (call.takenByOffer()) {
            Span taken = new Span(getTranslation("cover.seat.taken", seat.volunteerName()));
            taken.setId("seat-call-state");
            box.add(taken);
        }
        if (call.offerable()) {
            Button offer = new Button(getTranslation("cover.seat.offer"), e -> {
                actions.offer(seat);
                close();
            });
            offer.setId("seat-offer");
            offer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            box.add(offer);
        }
        Button history = new Button(getTranslation("cover.seat.history"), e -> actions.coverHistory(seat));
        history.setId("seat-cover-history");
        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        box.add(history);
        return box;
    }

    private Button releaseButton(RosterBoard.Seat seat, Actions actions) {
        Button release = new Button(getTranslation("roster.planner.seat.release"), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("seat-release-confirm");
            confirm.setHeader(getTranslation("roster.planner.seat.release.title"));
            confirm.setText(getTranslation("roster.planner.seat.release.text", seat.publishedName()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("roster.planner.seat.release.cancel"));
            confirm.setConfirmText(getTranslation("roster.planner.seat.release"));
            confirm.addConfirmListener(ok -> {
                actions.release(seat, true);
                close();
            });
            confirm.open();
        });
        release.setId("seat-release");
        return release;
    }

    private Button keepButton(RosterBoard.Seat seat, Actions actions) {
        Button keep = new Button(getTranslation("roster.planner.seat.keep"), e -> {
            actions.release(seat, false);
            close();
        });
        keep.setId("seat-keep");
        return keep;
    }

    private String fitOrReasons(SeatCandidate c) {
        if (!c.eligible()) {
            return RuleNames.rules(this, c.reasons());
        }
        StringBuilder text = new StringBuilder();
        if (c.home()) {
            text.append(getTranslation("roster.planner.candidate.fit.home")).append(' ');
        }
        if (c.preferred()) {
            text.append(getTranslation("roster.planner.candidate.fit.preferred")).append(' ');
        }
        text.append('(').append(c.fit()).append(')');
        return text.toString();
    }

    static String formatHours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(java.util.Locale.ROOT, "%.1f", hours);
    }
}
