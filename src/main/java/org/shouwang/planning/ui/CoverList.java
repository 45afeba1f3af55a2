package org.shouwang.planning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.shouwang.duty.SeatNeedingCover;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.ui.ShiftText;

import java.util.List;
import java.util.Map;

/**
 * The window's seats needing cover, for all compounds, at a glance: each seat (its volunteer on leave
 * or sick, or empty since it was published) with the people who could cover it, checked against every
 * hard rule. Every candidate is a button, so nothing hides behind hovering (a touch screen has none):
 * one tap covers the seat. Who may not edit a seat (a committee member outside their compounds) sees
 * its candidates but cannot tap them.
 */
public class CoverList extends Composite<Details> {

    /** What a tap on a candidate does: the page covers the seat (checked again by the service) and reloads. */
    @FunctionalInterface
    public interface Cover {
        void cover(RosterBoard.Seat seat, SeatNeedingCover.Candidate candidate);
    }

    private final Cover action;
    private final Div entries = new Div();

    public CoverList(Cover action) {
        this.action = action;
        Details details = getContent();
        details.setId("planner-cover");
        details.addClassName("sw-cover-list");
        entries.addClassName("sw-cover-entries");
        details.add(entries);
        show(List.of(), Map.of());
    }

    /**
     * Shows these seats needing cover; {@code boardSeats} (by assignment id) say which seats the viewer
     * may edit and the version an edit names. The list opens when it has seats.
     */
    public void show(List<SeatNeedingCover> seats, Map<Long, RosterBoard.Seat> boardSeats) {
        entries.removeAll();
        Details details = getContent();
        details.setSummaryText(seats.isEmpty() ? getTranslation("roster.planner.cover.none")
                : getTranslation("roster.planner.cover.title", seats.size()));
        details.setOpened(!seats.isEmpty());
        for (SeatNeedingCover seat : seats) {
            RosterBoard.Seat onBoard = boardSeats.get(seat.assignmentId());
            if (onBoard != null) {
                entries.add(entry(seat, onBoard));
            }
        }
    }

    private Div entry(SeatNeedingCover seat, RosterBoard.Seat onBoard) {
        Div entry = new Div();
        entry.setId("cover-entry-" + seat.assignmentId());
        entry.addClassName("sw-cover-entry");
        Span where = new Span(ShiftText.span(this, seat.startsAt(), seat.endsAt()) + " · " + seat.compound() + " · "
                + seat.post() + " · " + getTranslation("roster.planner.seat.number", seat.seat() + 1));
        where.addClassName("sw-cover-where");
        Span why = new Span(seat.empty()
                ? (seat.absentName() == null ? getTranslation("roster.planner.cover.empty")
                : getTranslation("roster.planner.cover.emptied", seat.absentName()))
                : getTranslation("roster.planner.seat.cover.absent", seat.absentName(),
                getTranslation("duty.reason." + seat.reason().name())));
        why.addClassName("sw-cover-why");
        entry.add(new Div(where), new Div(why));
        Div candidates = new Div();
        candidates.addClassName("sw-cover-candidates");
        if (seat.candidates().isEmpty()) {
            candidates.add(new Span(getTranslation("publish.cover.nobody")));
        }
        for (SeatNeedingCover.Candidate candidate : seat.candidates()) {
            Button take = new Button(candidate.home() ? candidate.name() + " · "
                    + getTranslation("roster.planner.candidate.fit.home") : candidate.name(),
                    e -> action.cover(onBoard, candidate));
            take.setId("cover-" + seat.assignmentId() + "-" + candidate.volunteerId());
            take.addThemeVariants(ButtonVariant.LUMO_SMALL);
            take.setEnabled(onBoard.editable());
            candidates.add(take);
        }
        entry.add(candidates);
        return entry;
    }
}
