package org.shouwang.planning.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import org.shouwang.cover.CoverService;
import org.shouwang.duty.SeatNeedingCover;
import org.shouwang.roster.RosterBoard;
import org.shouwang.solver.SeatRef;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The planner board: one row per post (the compound's name with it, in the frozen first column), one
 * column per date under a header that stays on top; each cell lists the shifts starting that day, each
 * shift its seats as chips. An empty seat is red, a pinned one carries a pin, a seat that breaks a hard
 * rule a warning flag.
 * <p>
 * It is a lazy {@link Grid}: the browser asks only for the rows on screen, and each cell is drawn in the
 * browser from a little JSON by a {@link LitRenderer}, so neither the server nor the page holds a
 * component per chip. All compounds over two weeks are thousands of chips: built as components they
 * took seconds to show and megabytes per session (see BENCHMARKS.md, "Planner board").
 */
class BoardGrid extends Grid<BoardGrid.Row> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");
    /**
     * Rows per request: a little more than the 7–9 posts a laptop screen shows below the toolbar. The first
     * answer carries one page, and the browser's time to show it grows with what it carries: with 20 rows
     * it spent most of "all compounds" reading and drawing rows that were not on screen.
     */
    private static final int PAGE_SIZE = 10;

    /**
     * A chip, drawn in the browser. {@code open} (a call back to the server with the seat's id) opens its
     * dialog; everything else is the chip's text, classes and marks. Its tooltip starts with the post and the
     * shift's time, which the row and the shift already carry: a chip sends only what is its own.
     */
    private static final String CHIPS = """
            ${item.shifts.map(s => html`<div class="sw-shift"><span class="sw-shift__time">${s.time}</span>${s.seats.map(c => html`\
            <span id="seat-${c.id}" class="${c.cls}" title="${item.post} ${s.time}${c.tip || ''}" @click=${() => open(c.id)}>\
            ${c.name}\
            ${c.skill ? html`<span class="sw-chip__skill">${c.skill}</span>` : ''}\
            ${c.pin ? html`<vaadin-icon icon="vaadin:pin" class="sw-chip__pin" aria-label="${c.pin}"></vaadin-icon>` : ''}\
            ${c.flag ? html`<vaadin-icon icon="vaadin:warning" class="sw-chip__flag"></vaadin-icon>` : ''}\
            ${c.released ? html`<span class="sw-released-mark" theme="badge small">${c.released}</span>` : ''}\
            ${c.changed ? html`<span class="sw-changed-mark" theme="badge contrast small" title="${c.changedTitle}">${c.changed}</span>` : ''}\
            ${c.offer ? html`<span id="offer-mark-${c.id}" class="sw-offer-mark sw-offer-mark--${c.offerKind}" theme="badge success small" title="${c.offerTitle}">${c.offer}</span>` : ''}\
            ${c.cover ? html`<span id="cover-flag-${c.id}" class="sw-cover-flag" theme="badge error small" title="${c.cover}" aria-label="${c.cover}"><vaadin-icon icon="vaadin:exchange"></vaadin-icon></span>` : ''}\
            </span>`)}</div>`)}""";

    private static final String POST = """
            <div class="sw-board__post"><span class="sw-board__compound">${item.compound}</span>\
            <span>${item.post}</span><span class="sw-muted">${item.code}</span></div>""";

    /**
     * One post of the board with its seats by date, each date's shifts in start order.
     *
     * @param first whether it is the first post of its compound (the row draws a line above)
     */
    record Row(RosterBoard.CompoundInfo compound, RosterBoard.PostInfo post, boolean first,
               Map<LocalDate, List<List<RosterBoard.Seat>>> shifts) {
    }

    private final Consumer<RosterBoard.Seat> onSeatClick;
    private final Map<Long, RosterBoard.Seat> seatsById = new HashMap<>();
    /** The rows shown; one provider for the board's life, so that a refresh keeps the scroll position. */
    private final List<Row> rows = new ArrayList<>();
    private final ListDataProvider<Row> provider = new ListDataProvider<>(rows);
    private Set<SeatRef> highlighted = Set.of();
    /** Publishing's marks on the chips: changed since published, seats needing cover. */
    private PublishMarkers markers = PublishMarkers.none();
    /** Call for cover's marks on the chips: offered (or asked to be), taken from an offer. */
    private Map<Long, CoverService.Mark> coverMarks = Map.of();

    BoardGrid(Consumer<RosterBoard.Seat> onSeatClick) {
        this.onSeatClick = onSeatClick;
        addClassName("sw-board");
        setId("planner-board");
        setSelectionMode(SelectionMode.NONE);
        setPageSize(PAGE_SIZE);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setPartNameGenerator(row -> row.first() ? "sw-compound-first" : null);
        setItems(provider);
    }

    /** The publishing marks that the next {@link #show} puts on the chips. */
    void setMarkers(PublishMarkers markers) {
        this.markers = markers;
    }

    /** The call-for-cover marks that the next {@link #show} puts on the chips. */
    void setCoverMarks(Map<Long, CoverService.Mark> marks) {
        this.coverMarks = marks;
    }

    PublishMarkers markers() {
        return markers;
    }

    /** Draws the board, showing only the compound with {@code compoundId} ({@code null}: all). */
    void show(RosterBoard board, Long compoundId) {
        List<LocalDate> dates = board.from().datesUntil(board.to().plusDays(1)).toList();
        List<LocalDate> shown = getColumns().stream().skip(1).map(c -> LocalDate.parse(c.getKey())).toList();
        if (!shown.equals(dates)) {
            createColumns(dates);
        }
        seatsById.clear();
        board.seats().forEach(seat -> seatsById.put(seat.assignmentId(), seat));
        Map<String, List<RosterBoard.Seat>> byPost = board.seats().stream()
                .collect(Collectors.groupingBy(RosterBoard.Seat::postCode, LinkedHashMap::new, Collectors.toList()));
        List<Row> made = new ArrayList<>();
        for (RosterBoard.CompoundInfo compound : board.compounds()) {
            if (compoundId != null && compound.id() != compoundId) {
                continue;
            }
            boolean first = true;
            for (RosterBoard.PostInfo post : compound.posts()) {
                Map<LocalDate, Map<LocalDateTime, List<RosterBoard.Seat>>> byDate = new TreeMap<>();
                for (RosterBoard.Seat seat : byPost.getOrDefault(post.code(), List.of())) {
                    byDate.computeIfAbsent(seat.start().toLocalDate(), d -> new TreeMap<>())
                            .computeIfAbsent(seat.start(), s -> new ArrayList<>()).add(seat);
                }
                Map<LocalDate, List<List<RosterBoard.Seat>>> shifts = new HashMap<>();
                byDate.forEach((date, starts) -> shifts.put(date, List.copyOf(starts.values())));
                made.add(new Row(compound, post, first, shifts));
                first = false;
            }
        }
        rows.clear();
        rows.addAll(made);
        setVisible(true);
        provider.refreshAll();
    }

    /** Shows nothing (no roster open). */
    void clear() {
        rows.clear();
        seatsById.clear();
        provider.refreshAll();
        setVisible(false);
    }

    private void createColumns(List<LocalDate> dates) {
        removeAllColumns();
        addColumn(LitRenderer.<Row>of(POST)
                .withProperty("compound", row -> row.compound().name())
                .withProperty("post", row -> row.post().name())
                .withProperty("code", row -> row.post().code()))
                .setKey("post").setHeader(getTranslation("roster.planner.board.post"))
                .setWidth("8em").setFlexGrow(0).setFrozen(true);
        for (LocalDate date : dates) {
            addColumn(LitRenderer.<Row>of(CHIPS)
                    .withProperty("post", row -> row.post().name())
                    .withProperty("shifts", row -> shifts(row, date))
                    .withFunction("open", (row, args) -> open((long) args.getNumber(0))))
                    .setKey(date.toString())
                    .setHeader(DAY.format(date) + " " + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()))
                    .setWidth("9em").setFlexGrow(1).setTextAlign(ColumnTextAlign.START);
        }
    }

    /** A chip was clicked: the browser names the seat, the board knows it (the browser's word is not trusted further). */
    private void open(long assignmentId) {
        RosterBoard.Seat seat = seatsById.get(assignmentId);
        if (seat != null) {
            onSeatClick.accept(seat);
        }
    }

    private JsonArray shifts(Row row, LocalDate date) {
        JsonArray shifts = Json.createArray();
        for (List<RosterBoard.Seat> seats : row.shifts().getOrDefault(date, List.of())) {
            RosterBoard.Seat first = seats.get(0);
            JsonObject shift = Json.createObject();
            shift.put("time", TIME.format(first.start()) + "–" + TIME.format(first.end()));
            JsonArray chips = Json.createArray();
            seats.forEach(seat -> chips.set(chips.length(), chip(seat)));
            shift.put("seats", chips);
            shifts.set(shifts.length(), shift);
        }
        return shifts;
    }

    private JsonObject chip(RosterBoard.Seat seat) {
        JsonObject chip = Json.createObject();
        chip.put("id", seat.assignmentId());
        chip.put("name", seat.filled() ? seat.volunteerName() : getTranslation("roster.planner.seat.empty"));
        StringBuilder classes = new StringBuilder("sw-chip");
        if (!seat.filled()) {
            classes.append(" sw-chip--empty");
        }
        if (seat.skill() != null) {
            chip.put("skill", RuleNames.skill(this, seat.skill()));
        }
        if (seat.pinned()) {
            classes.append(" sw-chip--pinned");
            chip.put("pin", getTranslation("roster.planner.seat.pinned"));
        }
        if (!seat.broken().isEmpty()) {
            classes.append(" sw-chip--broken");
            chip.put("flag", true);
        }
        if (seat.released()) {
            // Until the next publish: the next solve may give this published seat to someone else.
            classes.append(" sw-chip--released");
            chip.put("released", getTranslation("roster.planner.seat.released.mark"));
        }
        if (markers.changed(seat.assignmentId())) {
            chip.put("changed", getTranslation("publish.changed.mark"));
            chip.put("changedTitle", getTranslation("publish.changed.title"));
        }
        markers.cover(seat.assignmentId()).ifPresent(cover -> chip.put("cover", coverText(cover)));
        CoverService.Mark offer = coverMarks.get(seat.assignmentId());
        if (offer != null) {
            String kind = offer.name().toLowerCase(java.util.Locale.ROOT);
            chip.put("offer", getTranslation("cover.mark." + kind));
            chip.put("offerKind", kind);
            chip.put("offerTitle", getTranslation("cover.mark." + kind + ".title"));
        }
        if (highlighted.contains(seat.ref())) {
            classes.append(" sw-chip--highlight");
        }
        chip.put("cls", classes.toString());
        tooltip(seat).ifPresent(tip -> chip.put("tip", tip));
        return chip;
    }

    private String coverText(SeatNeedingCover seat) {
        String names = seat.candidates().isEmpty() ? getTranslation("publish.cover.nobody")
                : seat.candidates().stream().map(SeatNeedingCover.Candidate::name)
                        .collect(Collectors.joining(getTranslation("editing.list-separator")));
        return getTranslation("publish.cover.title", seat.absentName(),
                getTranslation("duty.reason." + seat.reason().name()), names);
    }

    /** What the chip's tooltip adds to its post and time: pinned, released, the hard rules it breaks. */
    private Optional<String> tooltip(RosterBoard.Seat seat) {
        StringBuilder text = new StringBuilder();
        if (seat.pinned()) {
            text.append(" · ").append(getTranslation("roster.planner.seat.pinned"));
        }
        if (seat.released()) {
            text.append(" · ").append(getTranslation("roster.planner.seat.released"));
        }
        seat.broken().forEach(rule -> text.append("\n⚠ ").append(RuleNames.rule(this, rule)));
        return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
    }

    /** Marks the seats with these keys (and unmarks the others), and scrolls to the first of them. */
    void highlight(Set<SeatRef> keys) {
        highlighted = Set.copyOf(keys);
        provider.refreshAll();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).shifts().values().stream().flatMap(List::stream).flatMap(List::stream)
                    .anyMatch(seat -> highlighted.contains(seat.ref()))) {
                scrollToIndex(i);
                return;
            }
        }
    }
}
