package org.shouwang.planning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.shouwang.roster.RosterBoard;
import org.shouwang.solver.SeatRef;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The planner board: a CSS grid with one row per post (grouped under its compound) and one column per
 * date; each cell lists the shifts starting that day, each shift its seats as chips. An empty seat is
 * red, a pinned one carries a pin, a seat that breaks a hard rule a warning flag.
 */
class BoardGrid extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

    private final Consumer<RosterBoard.Seat> onSeatClick;
    private final Map<SeatRef, Span> chips = new HashMap<>();
    private Set<SeatRef> highlighted = Set.of();
    /** Publishing's marks on the chips: changed since published, seats needing cover. */
    private PublishMarkers markers = PublishMarkers.none();

    BoardGrid(Consumer<RosterBoard.Seat> onSeatClick) {
        this.onSeatClick = onSeatClick;
        addClassName("sw-board");
        setId("planner-board");
    }

    /** The publishing marks that the next {@link #show} puts on the chips. */
    void setMarkers(PublishMarkers markers) {
        this.markers = markers;
    }

    /** Draws the board, showing only the compound with {@code compoundId} ({@code null}: all). */
    void show(RosterBoard board, Long compoundId) {
        removeAll();
        chips.clear();
        List<LocalDate> dates = board.from().datesUntil(board.to().plusDays(1)).toList();
        getStyle().set("grid-template-columns", "minmax(7em, max-content) repeat(" + dates.size() + ", minmax(7.5em, 1fr))");

        add(cell("sw-board__corner", new Span(getTranslation("roster.planner.board.post"))));
        for (LocalDate date : dates) {
            Div head = cell("sw-board__date", new Span(DAY.format(date) + " "
                    + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, getLocale())));
            add(head);
        }
        Map<String, List<RosterBoard.Seat>> byPost = board.seats().stream()
                .collect(Collectors.groupingBy(RosterBoard.Seat::postCode, LinkedHashMap::new, Collectors.toList()));
        for (RosterBoard.CompoundInfo compound : board.compounds()) {
            if (compoundId != null && compound.id() != compoundId) {
                continue;
            }
            Div header = cell("sw-board__compound", new Span(compound.name()));
            header.getStyle().set("grid-column", "1 / span " + (dates.size() + 1));
            add(header);
            for (RosterBoard.PostInfo post : compound.posts()) {
                add(cell("sw-board__post", new Span(post.name()), smallMuted(post.code())));
                Map<LocalDate, Map<LocalDateTime, List<RosterBoard.Seat>>> byDate = new TreeMap<>();
                for (RosterBoard.Seat seat : byPost.getOrDefault(post.code(), List.of())) {
                    byDate.computeIfAbsent(seat.start().toLocalDate(), d -> new TreeMap<>())
                            .computeIfAbsent(seat.start(), s -> new ArrayList<>()).add(seat);
                }
                for (LocalDate date : dates) {
                    Div day = cell("sw-board__cell");
                    byDate.getOrDefault(date, Map.of()).forEach((start, seats) -> day.add(shift(seats)));
                    add(day);
                }
            }
        }
        highlight(highlighted);
    }

    private Div shift(List<RosterBoard.Seat> seats) {
        RosterBoard.Seat first = seats.get(0);
        Div shift = new Div();
        shift.addClassName("sw-shift");
        Span time = new Span(TIME.format(first.start()) + "–" + TIME.format(first.end()));
        time.addClassName("sw-shift__time");
        shift.add(time);
        seats.forEach(seat -> shift.add(chip(seat)));
        return shift;
    }

    private Span chip(RosterBoard.Seat seat) {
        Span chip = new Span();
        chip.setId("seat-" + seat.id());
        chip.addClassName("sw-chip");
        chip.getElement().setAttribute("data-key", seat.ref().toString());
        if (seat.filled()) {
            chip.add(new Span(seat.volunteerName()));
        } else {
            chip.addClassName("sw-chip--empty");
            chip.add(new Span(getTranslation("roster.planner.seat.empty")));
        }
        if (seat.skill() != null) {
            Span skill = new Span(RuleNames.skill(this, seat.skill()));
            skill.addClassName("sw-chip__skill");
            chip.add(skill);
        }
        if (seat.pinned()) {
            chip.addClassName("sw-chip--pinned");
            Icon pin = VaadinIcon.PIN.create();
            pin.addClassName("sw-chip__pin");
            pin.getElement().setAttribute("aria-label", getTranslation("roster.planner.seat.pinned"));
            chip.add(pin);
        }
        if (!seat.broken().isEmpty()) {
            chip.addClassName("sw-chip--broken");
            Icon flag = VaadinIcon.WARNING.create();
            flag.addClassName("sw-chip__flag");
            chip.add(flag);
        }
        if (seat.released()) {
            // Until the next publish: the next solve may give this published seat to someone else.
            chip.addClassName("sw-chip--released");
            Span mark = new Span(getTranslation("roster.planner.seat.released.mark"));
            mark.addClassName("sw-released-mark");
            mark.getElement().getThemeList().add("badge small");
            chip.add(mark);
        }
        markers.decorate(seat.id(), chip);
        chip.getElement().setAttribute("title", tooltip(seat));
        chip.addClickListener(e -> onSeatClick.accept(seat));
        chips.put(seat.ref(), chip);
        return chip;
    }

    private String tooltip(RosterBoard.Seat seat) {
        StringBuilder text = new StringBuilder(seat.postName()).append(' ')
                .append(TIME.format(seat.start())).append('–').append(TIME.format(seat.end()));
        if (seat.pinned()) {
            text.append(" · ").append(getTranslation("roster.planner.seat.pinned"));
        }
        if (seat.released()) {
            text.append(" · ").append(getTranslation("roster.planner.seat.released"));
        }
        seat.broken().forEach(rule -> text.append("\n⚠ ").append(RuleNames.rule(this, rule)));
        return text.toString();
    }

    /** Marks these seats (and unmarks the others). */
    void highlight(Set<SeatRef> keys) {
        highlighted.stream().map(chips::get).filter(java.util.Objects::nonNull)
                .forEach(c -> c.removeClassName("sw-chip--highlight"));
        highlighted = Set.copyOf(keys);
        highlighted.stream().map(chips::get).filter(java.util.Objects::nonNull)
                .forEach(c -> c.addClassName("sw-chip--highlight"));
    }

    private static Div cell(String className, com.vaadin.flow.component.Component... content) {
        Div cell = new Div(content);
        cell.addClassName(className);
        return cell;
    }

    private static Span smallMuted(String text) {
        Span span = new Span(text);
        span.addClassName("sw-muted");
        return span;
    }
}
