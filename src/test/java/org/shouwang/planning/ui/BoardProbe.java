package org.shouwang.planning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.ValueProvider;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonString;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * The planner board as the browser gets it, for Karibu tests: the chips are drawn in the browser from the
 * JSON each date column's renderer sends, so the tests read that JSON, and click a chip by calling the
 * renderer's {@code open} function with the seat's id, exactly as the chip's click handler does.
 */
public final class BoardProbe {

    /** A chip: its id, its visible text (name, skill and marks), its classes and its marks' classes. */
    public record Chip(long assignmentId, String text, Set<String> classes, Set<String> marks, String coverTitle) {

        public boolean hasClass(String name) {
            return classes.contains(name);
        }
    }

    private BoardProbe() {
    }

    @SuppressWarnings("unchecked")
    static BoardGrid board() {
        return _get(BoardGrid.class, spec -> spec.withId("planner-board"));
    }

    /** Every chip of the rows the board holds now (all of them: a browser would ask for the ones on screen). */
    public static List<Chip> chips() {
        BoardGrid board = board();
        List<Chip> chips = new ArrayList<>();
        if (!board.isVisible()) {
            return chips;
        }
        for (BoardGrid.Row row : _fetch(board, 0, _size(board))) {
            for (Grid.Column<BoardGrid.Row> column : dateColumns(board)) {
                JsonArray shifts = (JsonArray) renderer(column).getValueProviders().get("shifts").apply(row);
                for (int s = 0; s < shifts.length(); s++) {
                    JsonArray seats = shifts.getObject(s).getArray("seats");
                    for (int c = 0; c < seats.length(); c++) {
                        chips.add(chip(seats.getObject(c)));
                    }
                }
            }
        }
        return chips;
    }

    static Optional<Chip> find(long assignmentId) {
        return chips().stream().filter(c -> c.assignmentId() == assignmentId).findFirst();
    }

    static Chip chip(long assignmentId) {
        return find(assignmentId).orElseThrow(() -> new AssertionError("no chip of seat " + assignmentId + " on the board"));
    }

    /** Clicks the chip of this seat: the renderer's {@code open} function, called as the browser calls it. */
    public static void click(long assignmentId) {
        BoardGrid board = board();
        for (BoardGrid.Row row : _fetch(board, 0, _size(board))) {
            for (Grid.Column<BoardGrid.Row> column : dateColumns(board)) {
                JsonArray shifts = (JsonArray) renderer(column).getValueProviders().get("shifts").apply(row);
                if (holds(shifts, assignmentId)) {
                    JsonArray args = Json.createArray();
                    args.set(0, assignmentId);
                    functions(renderer(column)).get("open").accept(row, args);
                    return;
                }
            }
        }
        throw new AssertionError("no chip of seat " + assignmentId + " on the board");
    }

    private static boolean holds(JsonArray shifts, long assignmentId) {
        for (int s = 0; s < shifts.length(); s++) {
            JsonArray seats = shifts.getObject(s).getArray("seats");
            for (int c = 0; c < seats.length(); c++) {
                if ((long) seats.getObject(c).getNumber("id") == assignmentId) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every text the board shows or shows on hover, for the rows it holds now: each post's compound, name
     * and code, each shift's time, and every text of its chips (names, skills, marks, titles, labels).
     */
    public static List<String> texts() {
        BoardGrid board = board();
        if (!board.isVisible()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(postCells());
        for (BoardGrid.Row row : _fetch(board, 0, _size(board))) {
            for (Grid.Column<BoardGrid.Row> column : dateColumns(board)) {
                JsonArray shifts = (JsonArray) renderer(column).getValueProviders().get("shifts").apply(row);
                for (int s = 0; s < shifts.length(); s++) {
                    texts.add(shifts.getObject(s).getString("time"));
                    JsonArray seats = shifts.getObject(s).getArray("seats");
                    for (int c = 0; c < seats.length(); c++) {
                        JsonObject chip = seats.getObject(c);
                        for (String key : chip.keys()) {
                            // The classes are for the page's style, not for the eye.
                            if (!"cls".equals(key) && chip.get(key) instanceof JsonString text) {
                                texts.add(text.asString());
                            }
                        }
                    }
                }
            }
        }
        return texts;
    }

    /** The first column's text of each row: compound, post and code. */
    static List<String> postCells() {
        BoardGrid board = board();
        LitRenderer<BoardGrid.Row> renderer = renderer(board.getColumnByKey("post"));
        return _fetch(board, 0, _size(board)).stream().map(row -> {
            Map<String, ValueProvider<BoardGrid.Row, ?>> values = renderer.getValueProviders();
            return values.get("compound").apply(row) + " " + values.get("post").apply(row) + " "
                    + values.get("code").apply(row);
        }).toList();
    }

    private static List<Grid.Column<BoardGrid.Row>> dateColumns(BoardGrid board) {
        return board.getColumns().stream().filter(c -> !"post".equals(c.getKey())).toList();
    }

    @SuppressWarnings("unchecked")
    private static LitRenderer<BoardGrid.Row> renderer(Grid.Column<BoardGrid.Row> column) {
        return (LitRenderer<BoardGrid.Row>) column.getRenderer();
    }

    /** The renderer's functions: Vaadin keeps them private, and calls them when the browser asks. */
    @SuppressWarnings("unchecked")
    private static Map<String, SerializableBiConsumer<BoardGrid.Row, JsonArray>> functions(LitRenderer<BoardGrid.Row> renderer) {
        try {
            Field field = LitRenderer.class.getDeclaredField("clientCallables");
            field.setAccessible(true);
            return (Map<String, SerializableBiConsumer<BoardGrid.Row, JsonArray>>) field.get(renderer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LitRenderer keeps its functions elsewhere now", e);
        }
    }

    private static Chip chip(JsonObject json) {
        Set<String> marks = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder(json.getString("name"));
        if (json.hasKey("skill")) {
            text.append(' ').append(json.getString("skill"));
        }
        if (json.hasKey("released")) {
            marks.add("sw-released-mark");
            text.append(' ').append(json.getString("released"));
        }
        if (json.hasKey("changed")) {
            marks.add("sw-changed-mark");
            text.append(' ').append(json.getString("changed"));
        }
        if (json.hasKey("cover")) {
            marks.add("sw-cover-flag");
        }
        if (json.hasKey("offer")) {
            marks.add("sw-offer-mark--" + json.getString("offerKind"));
            text.append(' ').append(json.getString("offer"));
        }
        if (json.hasKey("pin")) {
            marks.add("sw-chip__pin");
        }
        if (json.hasKey("flag")) {
            marks.add("sw-chip__flag");
        }
        return new Chip((long) json.getNumber("id"), text.toString(),
                new LinkedHashSet<>(Arrays.asList(json.getString("cls").split(" "))), marks,
                json.hasKey("cover") ? json.getString("cover") : null);
    }
}
