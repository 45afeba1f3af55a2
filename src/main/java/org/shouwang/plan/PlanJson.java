package org.shouwang.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.CommunityInfo;
import org.shouwang.plan.PlanDocument.CompoundDef;
import org.shouwang.plan.PlanDocument.DateRange;
import org.shouwang.plan.PlanDocument.DateTimeRange;
import org.shouwang.plan.PlanDocument.DemandDef;
import org.shouwang.plan.PlanDocument.Horizon;
import org.shouwang.plan.PlanDocument.PostDef;
import org.shouwang.plan.PlanDocument.Rules;
import org.shouwang.plan.PlanDocument.Summary;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;
import org.shouwang.plan.PlanProblem.JsonType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads and writes {@code shouwang-plan/1} documents (see {@code docs/plan-format.md}).
 * <p>
 * Reading parses the JSON into a tree and builds the records by hand, so that every problem names
 * the path of its field. The whole document is checked before it is returned; a bad document throws a
 * {@link PlanFormatException} that lists every problem found. Unknown fields are ignored.
 */
public final class PlanJson {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Weekdays as the format spells them, MON..SUN. */
    private static final Map<String, DayOfWeek> WEEKDAYS = Arrays.stream(DayOfWeek.values())
            .collect(Collectors.toMap(PlanJson::weekday, d -> d, (a, b) -> a, LinkedHashMap::new));

    private PlanJson() {
    }

    // ---- reading ----------------------------------------------------------------------------------

    /**
     * Reads a document from UTF-8 bytes, with or without the byte order mark some editors write; the
     * stream is not closed. Bytes that are not UTF-8 (a file saved as GBK, say) are refused with the
     * line they are on, in words, not with the parser's "Invalid UTF-8 start byte".
     */
    public static PlanDocument read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = decode(bytes);
        return read(() -> MAPPER.readTree(text));
    }

    private static String decode(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw refused("", PlanProblem.NOT_UTF8, "1", "UTF-16");
        }
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // The decoder stops at the first bad byte: its line is the count of line breaks before it.
            int bad = buffer.position();
            int line = 1;
            for (int i = start; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw refused("", PlanProblem.NOT_UTF8, String.valueOf(line), "UTF-8");
        }
    }

    /** Reads a document from characters; the reader is not closed. */
    public static PlanDocument read(Reader in) {
        return read(() -> MAPPER.readTree(in));
    }

    private interface TreeSource {
        JsonNode parse() throws IOException;
    }

    private static PlanDocument read(TreeSource source) {
        JsonNode root;
        try {
            root = source.parse();
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(root);
    }

    /** Reads a document from a string. */
    public static PlanDocument read(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Checks a document built in code exactly as a file is checked (codes, references, seats).
     *
     * @throws PlanFormatException naming the path of every problem
     */
    public static PlanDocument validate(PlanDocument document) {
        return read(write(document));
    }

    private static PlanFormatException notJson(JsonProcessingException e) {
        // The parser's detail is English and technical: the sentence says only where (it stays in the
        // exception's third argument for the log and the command line).
        String line = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
        String column = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getColumnNr());
        return refused("", PlanProblem.NOT_JSON, line, column, e.getOriginalMessage());
    }

    private static PlanFormatException refused(String path, PlanProblem kind, Object... args) {
        return new PlanFormatException(new PlanFormatException.Problem(path, kind, args));
    }

    private static PlanDocument read(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw refused("", PlanProblem.EMPTY_FILE);
        }
        if (!root.isObject()) {
            throw new PlanFormatException(wrongType("", JsonType.OBJECT, root));
        }
        return new DocumentReader().read(root);
    }

    /** Collects the problems of one document while building its records. */
    private static final class DocumentReader {

        private final List<PlanFormatException.Problem> problems = new ArrayList<>();

        PlanDocument read(JsonNode root) {
            JsonNode format = root.get("format");
            if (format == null || format.isNull()) {
                throw refused("format", PlanProblem.NOT_A_PLAN);
            }
            if (!format.isTextual() || !PlanDocument.FORMAT.equals(format.asText())) {
                throw refused("format", PlanProblem.UNSUPPORTED_FORMAT, format.toString());
            }
            CommunityInfo community = object(root, "", "community", true, (n, p) -> {
                String name = text(n, p, "name", true);
                return name == null ? null : new CommunityInfo(name);
            });
            Horizon horizon = object(root, "", "horizon", true, this::horizon);
            Rules rules = object(root, "", "rules", true, this::rules);
            List<CompoundDef> compounds = objects(root, "", "compounds", true, this::compound);
            List<PostDef> posts = objects(root, "", "posts", true, this::post);
            List<DemandDef> demands = objects(root, "", "demands", true, this::demand);
            List<VolunteerDef> volunteers = objects(root, "", "volunteers", true, this::volunteer);
            List<AssignmentDef> assignments = objects(root, "", "assignments", false, this::assignment);
            Summary summary = object(root, "", "summary", false, this::summary);

            checkReferences(orEmpty(compounds), orEmpty(posts), orEmpty(demands), orEmpty(volunteers),
                    orEmpty(assignments));
            if (problems.isEmpty()) {
                checkStarts(demands, horizon);
            }
            if (problems.isEmpty() && !assignments.isEmpty()) {
                checkSeats(demands, horizon, assignments);
            }
            if (!problems.isEmpty()) {
                throw new PlanFormatException(problems);
            }
            return new PlanDocument(PlanDocument.FORMAT, community, horizon, rules, compounds, posts, demands,
                    volunteers, assignments, summary);
        }

        private Horizon horizon(JsonNode n, String p) {
            LocalDate from = date(n, p, "from", true);
            LocalDate to = date(n, p, "to", true);
            if (from == null || to == null) {
                return null;
            }
            if (to.isBefore(from)) {
                problem(join(p, "to"), PlanProblem.ENDS_BEFORE_START, to.format(DATE), from.format(DATE));
                return null;
            }
            return new Horizon(from, to);
        }

        private Rules rules(JsonNode n, String p) {
            Double minRest = number(n, p, "minRestHours", true, 0);
            Double maxDay = number(n, p, "maxHoursPerDay", true, 0);
            Integer maxDays = integer(n, p, "maxConsecutiveDays", true, 1);
            return minRest == null || maxDay == null || maxDays == null ? null : new Rules(minRest, maxDay, maxDays);
        }

        private CompoundDef compound(JsonNode n, String p) {
            String code = text(n, p, "code", true);
            String name = text(n, p, "name", true);
            Integer households = integer(n, p, "households", false, 0);
            String owner = text(n, p, "owner", false);
            return code == null || name == null ? null : new CompoundDef(code, name, households, owner);
        }

        private PostDef post(JsonNode n, String p) {
            String code = text(n, p, "code", true);
            String compound = text(n, p, "compound", true);
            String name = text(n, p, "name", true);
            PostKind kind = enumeration(n, p, "kind", PostKind.class);
            return code == null || compound == null || name == null || kind == null ? null
                    : new PostDef(code, compound, name, kind);
        }

        private DemandDef demand(JsonNode n, String p) {
            String post = text(n, p, "post", true);
            List<DayOfWeek> days = days(n, p);
            LocalTime from = time(n, p, "from");
            LocalTime to = time(n, p, "to");
            Integer headcount = integer(n, p, "headcount", true, 1);
            Map<String, Integer> skills = object(n, p, "skills", false, this::skillCounts);
            DateRange dates = object(n, p, "dates", false, (d, dp) -> {
                LocalDate first = date(d, dp, "from", true);
                LocalDate last = date(d, dp, "to", true);
                if (first != null && last != null && last.isBefore(first)) {
                    problem(join(dp, "to"), PlanProblem.ENDS_BEFORE_START, last.format(DATE), first.format(DATE));
                    return null;
                }
                return first == null || last == null ? null : new DateRange(first, last);
            });
            boolean skillsBad = n.hasNonNull("skills") && skills == null;
            boolean datesBad = n.hasNonNull("dates") && dates == null;
            if (skills != null && headcount != null) {
                int sum = skills.values().stream().mapToInt(Integer::intValue).sum();
                if (sum > headcount) {
                    problem(join(p, "skills"), PlanProblem.SKILLS_EXCEED_HEADCOUNT, String.valueOf(sum),
                            String.valueOf(headcount));
                    skillsBad = true;
                }
            }
            if (post == null || days == null || from == null || to == null || headcount == null || skillsBad || datesBad) {
                return null;
            }
            return new DemandDef(post, days, from, to, headcount, skills, dates);
        }

        private Map<String, Integer> skillCounts(JsonNode n, String p) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            boolean ok = true;
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                Integer count = integer(n, p, e.getKey(), true, 0);
                ok &= count != null;
                counts.put(e.getKey(), count);
            }
            return ok ? counts : null;
        }

        private VolunteerDef volunteer(JsonNode n, String p) {
            String code = text(n, p, "code", true);
            String name = text(n, p, "name", true);
            String phone = text(n, p, "phone", false);
            VolunteerRole role = enumeration(n, p, "role", VolunteerRole.class);
            String home = text(n, p, "home", false);
            List<String> skills = array(n, p, "skills", false, (s, sp) -> {
                if (!s.isTextual()) {
                    problems.add(wrongType(sp, JsonType.STRING, s));
                    return null;
                }
                return s.asText();
            });
            Double maxHours = number(n, p, "maxHoursPerWeek", true, 0);
            Boolean onlyHome = bool(n, p, "onlyHome");
            List<WeeklyWindow> available = objects(n, p, "available", false, this::window);
            List<DateTimeRange> unavailable = objects(n, p, "unavailable", false, this::dateTimeRange);
            List<WeeklyWindow> preferred = objects(n, p, "preferred", false, this::window);
            if (Boolean.TRUE.equals(onlyHome) && home == null && !n.hasNonNull("home")) {
                problem(join(p, "onlyHome"), PlanProblem.ONLY_HOME_WITHOUT_HOME);
                return null;
            }
            if (code == null || name == null || role == null || maxHours == null || incomplete(skills)
                    || incomplete(available) || incomplete(unavailable) || incomplete(preferred)
                    || (n.hasNonNull("home") && home == null) || (n.hasNonNull("onlyHome") && onlyHome == null)) {
                return null;
            }
            return new VolunteerDef(code, name, phone, role, home, skills, maxHours, Boolean.TRUE.equals(onlyHome),
                    available, unavailable, preferred);
        }

        private WeeklyWindow window(JsonNode n, String p) {
            List<DayOfWeek> days = days(n, p);
            LocalTime from = time(n, p, "from");
            LocalTime to = time(n, p, "to");
            return days == null || from == null || to == null ? null : new WeeklyWindow(days, from, to);
        }

        private DateTimeRange dateTimeRange(JsonNode n, String p) {
            LocalDateTime from = dateTime(n, p, "from");
            LocalDateTime to = dateTime(n, p, "to");
            if (from == null || to == null) {
                return null;
            }
            if (!to.isAfter(from)) {
                problem(join(p, "to"), PlanProblem.ENDS_NOT_AFTER_START, to.format(DATE_TIME), from.format(DATE_TIME));
                return null;
            }
            return new DateTimeRange(from, to);
        }

        private AssignmentDef assignment(JsonNode n, String p) {
            String post = text(n, p, "post", true);
            LocalDateTime start = dateTime(n, p, "start");
            Integer seat = integer(n, p, "seat", true, 0);
            // An unfilled seat may be written as null or left out.
            String volunteer = text(n, p, "volunteer", false);
            Boolean pinned = bool(n, p, "pinned");
            if (post == null || start == null || seat == null || (n.hasNonNull("volunteer") && volunteer == null)
                    || (n.hasNonNull("pinned") && pinned == null)) {
                return null;
            }
            return new AssignmentDef(post, start, seat, volunteer, Boolean.TRUE.equals(pinned));
        }

        private Summary summary(JsonNode n, String p) {
            Integer seats = integer(n, p, "seats", true, 0);
            Integer filled = integer(n, p, "filled", true, 0);
            Integer unfilled = integer(n, p, "unfilled", true, 0);
            Integer hard = integer(n, p, "hardViolations", true, 0);
            String score = text(n, p, "score", true);
            Double seconds = number(n, p, "solveSeconds", true, 0);
            // Optional: summaries written before re-plans were counted have neither.
            Integer forced = n.has("forced") ? integer(n, p, "forced", true, 0) : Integer.valueOf(0);
            Integer changed = n.has("changed") ? integer(n, p, "changed", true, 0) : Integer.valueOf(0);
            return seats == null || filled == null || unfilled == null || hard == null || score == null
                    || seconds == null || forced == null || changed == null ? null
                    : new Summary(seats, filled, unfilled, hard, score, seconds, forced, changed);
        }

        // ---- cross references ----

        private void checkReferences(List<CompoundDef> compounds, List<PostDef> posts, List<DemandDef> demands,
                                     List<VolunteerDef> volunteers, List<AssignmentDef> assignments) {
            Map<String, Integer> compoundCodes = unique(compounds, CompoundDef::code, "compounds");
            Map<String, Integer> postCodes = unique(posts, PostDef::code, "posts");
            Map<String, Integer> volunteerCodes = unique(volunteers, VolunteerDef::code, "volunteers");
            for (int i = 0; i < compounds.size(); i++) {
                CompoundDef c = compounds.get(i);
                if (c != null && c.owner() != null && !volunteerCodes.containsKey(c.owner())) {
                    problem("compounds[" + i + "].owner", PlanProblem.UNKNOWN_VOLUNTEER, c.owner());
                }
            }
            for (int i = 0; i < posts.size(); i++) {
                PostDef post = posts.get(i);
                if (post != null && !compoundCodes.containsKey(post.compound())) {
                    problem("posts[" + i + "].compound", PlanProblem.UNKNOWN_COMPOUND, post.compound());
                }
            }
            for (int i = 0; i < demands.size(); i++) {
                DemandDef d = demands.get(i);
                if (d != null && !postCodes.containsKey(d.post())) {
                    problem("demands[" + i + "].post", PlanProblem.UNKNOWN_POST, d.post());
                }
            }
            for (int i = 0; i < volunteers.size(); i++) {
                VolunteerDef v = volunteers.get(i);
                if (v != null && v.home() != null && !compoundCodes.containsKey(v.home())) {
                    problem("volunteers[" + i + "].home", PlanProblem.UNKNOWN_COMPOUND, v.home());
                }
            }
            for (int i = 0; i < assignments.size(); i++) {
                AssignmentDef a = assignments.get(i);
                if (a == null) {
                    continue;
                }
                if (!postCodes.containsKey(a.post())) {
                    problem("assignments[" + i + "].post", PlanProblem.UNKNOWN_POST, a.post());
                }
                if (a.volunteer() != null && !volunteerCodes.containsKey(a.volunteer())) {
                    problem("assignments[" + i + "].volunteer", PlanProblem.UNKNOWN_VOLUNTEER, a.volunteer());
                }
            }
        }

        private <T> Map<String, Integer> unique(List<T> items, java.util.function.Function<T, String> code,
                                                String field) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                if (item == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(code.apply(item), i);
                if (first != null) {
                    problem(field + "[" + i + "].code", PlanProblem.DUPLICATE_CODE, code.apply(item),
                            field + "[" + first + "]");
                }
            }
            return seen;
        }

        /**
         * Only called on an otherwise valid document: no two demands of one post make shifts with the same
         * start, since a seat is named by its post, its start and its number.
         */
        private void checkStarts(List<DemandDef> demands, Horizon horizon) {
            Map<String, Integer> firstDemand = new HashMap<>();
            for (int i = 0; i < demands.size(); i++) {
                for (ShiftDef shift : Shifts.expand(List.of(demands.get(i)), horizon.from(), horizon.to())) {
                    Integer first = firstDemand.putIfAbsent(shift.post() + "@" + shift.start(), i);
                    if (first != null && first != i) {
                        problem("demands[" + i + "].from", PlanProblem.SAME_START, shift.post(),
                                shift.start().format(DATE_TIME), "demands[" + first + "]");
                        break;
                    }
                }
            }
        }

        /** Only called on an otherwise valid document: every assignment names a real seat, once. */
        private void checkSeats(List<DemandDef> demands, Horizon horizon, List<AssignmentDef> assignments) {
            Map<String, ShiftDef> shifts = new HashMap<>();
            for (ShiftDef shift : Shifts.expand(demands, horizon.from(), horizon.to())) {
                shifts.put(shift.post() + "@" + shift.start(), shift);
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < assignments.size(); i++) {
                AssignmentDef a = assignments.get(i);
                String p = "assignments[" + i + "]";
                ShiftDef shift = shifts.get(a.post() + "@" + a.start());
                if (shift == null) {
                    problem(join(p, "start"), PlanProblem.NO_SUCH_SHIFT, a.post(), a.start().format(DATE_TIME));
                } else if (a.seat() >= shift.headcount()) {
                    problem(join(p, "seat"), PlanProblem.NO_SUCH_SEAT, a.post(), a.start().format(DATE_TIME),
                            String.valueOf(shift.headcount() - 1), String.valueOf(a.seat()));
                } else {
                    Integer first = seen.putIfAbsent(a.post() + "@" + a.start() + "#" + a.seat(), i);
                    if (first != null) {
                        problem(join(p, "seat"), PlanProblem.SEAT_TAKEN, "assignments[" + first + "]");
                    }
                }
            }
        }

        // ---- typed fields ----

        private void problem(String path, PlanProblem kind, Object... args) {
            problems.add(new PlanFormatException.Problem(path, kind, args));
        }

        /** The field's node, or null when absent (reported when required) or JSON null. */
        private JsonNode field(JsonNode parent, String p, String name, boolean required, JsonType type) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                if (required) {
                    problem(join(p, name), PlanProblem.MISSING, type);
                }
                return null;
            }
            return n;
        }

        private boolean isObject(JsonNode n, String p) {
            if (!n.isObject()) {
                problems.add(wrongType(p, JsonType.OBJECT, n));
                return false;
            }
            return true;
        }

        private <T> T object(JsonNode parent, String p, String name, boolean required,
                             BiFunction<JsonNode, String, T> build) {
            JsonNode n = field(parent, p, name, required, JsonType.OBJECT);
            return n == null || !isObject(n, join(p, name)) ? null : build.apply(n, join(p, name));
        }

        /** The elements built, with null for bad ones; an empty list when an optional array is absent; null when bad. */
        private <T> List<T> array(JsonNode parent, String p, String name, boolean required,
                                  BiFunction<JsonNode, String, T> build) {
            JsonNode n = field(parent, p, name, required, JsonType.ARRAY);
            if (n == null) {
                return required ? null : List.of();
            }
            String path = join(p, name);
            if (!n.isArray()) {
                problems.add(wrongType(path, JsonType.ARRAY, n));
                return null;
            }
            List<T> items = new ArrayList<>(n.size());
            for (int i = 0; i < n.size(); i++) {
                // Elements that fail stay null, so that the cross checks can skip them.
                items.add(build.apply(n.get(i), path + "[" + i + "]"));
            }
            return items;
        }

        private static <T> List<T> orEmpty(List<T> items) {
            return items == null ? List.of() : items;
        }

        /** A list that is missing or has elements that failed: a problem has been recorded for it. */
        private static boolean incomplete(List<?> items) {
            return items == null || items.stream().anyMatch(java.util.Objects::isNull);
        }

        /** An array whose elements must be objects. */
        private <T> List<T> objects(JsonNode parent, String p, String name, boolean required,
                                    BiFunction<JsonNode, String, T> build) {
            return array(parent, p, name, required, (n, np) -> isObject(n, np) ? build.apply(n, np) : null);
        }

        private String text(JsonNode parent, String p, String name, boolean required) {
            JsonNode n = field(parent, p, name, required, JsonType.STRING);
            if (n == null) {
                return null;
            }
            if (!n.isTextual()) {
                problems.add(wrongType(join(p, name), JsonType.STRING, n));
                return null;
            }
            if (required && n.asText().isBlank()) {
                problem(join(p, name), PlanProblem.BLANK);
                return null;
            }
            return n.asText();
        }

        private Double number(JsonNode parent, String p, String name, boolean required, double min) {
            JsonNode n = field(parent, p, name, required, JsonType.NUMBER);
            if (n == null) {
                return null;
            }
            if (!n.isNumber()) {
                problems.add(wrongType(join(p, name), JsonType.NUMBER, n));
                return null;
            }
            if (n.doubleValue() < min) {
                problem(join(p, name), PlanProblem.TOO_SMALL, format(min), n.toString());
                return null;
            }
            return n.doubleValue();
        }

        private Integer integer(JsonNode parent, String p, String name, boolean required, int min) {
            JsonNode n = field(parent, p, name, required, JsonType.INTEGER);
            if (n == null) {
                return null;
            }
            boolean whole = n.isIntegralNumber() || (n.isNumber() && n.doubleValue() == Math.rint(n.doubleValue()));
            if (!whole || !n.canConvertToInt()) {
                problems.add(wrongType(join(p, name), JsonType.INTEGER, n));
                return null;
            }
            if (n.intValue() < min) {
                problem(join(p, name), PlanProblem.TOO_SMALL, String.valueOf(min), String.valueOf(n.intValue()));
                return null;
            }
            return n.intValue();
        }

        private Boolean bool(JsonNode parent, String p, String name) {
            JsonNode n = field(parent, p, name, false, JsonType.BOOLEAN);
            if (n == null) {
                return null;
            }
            if (!n.isBoolean()) {
                problems.add(wrongType(join(p, name), JsonType.BOOLEAN, n));
                return null;
            }
            return n.booleanValue();
        }

        private <E extends Enum<E>> E enumeration(JsonNode parent, String p, String name, Class<E> type) {
            String value = text(parent, p, name, true);
            if (value == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value)) {
                    return e;
                }
            }
            problem(join(p, name), PlanProblem.UNKNOWN_VALUE, "\"" + value + "\"",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }

        private List<DayOfWeek> days(JsonNode parent, String p) {
            List<DayOfWeek> days = array(parent, p, "days", true, (n, dp) -> {
                DayOfWeek day = n.isTextual() ? WEEKDAYS.get(n.asText()) : null;
                if (day == null) {
                    problem(dp, PlanProblem.UNKNOWN_VALUE, n.toString(), String.join(", ", WEEKDAYS.keySet()));
                }
                return day;
            });
            return incomplete(days) ? null : days;
        }

        private <T> T temporal(JsonNode parent, String p, String name, boolean required, DateTimeFormatter format,
                               PlanProblem malformed, BiFunction<String, DateTimeFormatter, T> parse) {
            String value = text(parent, p, name, required);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value, format);
            } catch (DateTimeParseException e) {
                problem(join(p, name), malformed, "\"" + value + "\"");
                return null;
            }
        }

        private LocalDate date(JsonNode parent, String p, String name, boolean required) {
            return temporal(parent, p, name, required, DATE, PlanProblem.MALFORMED_DATE, LocalDate::parse);
        }

        private LocalTime time(JsonNode parent, String p, String name) {
            return temporal(parent, p, name, true, TIME, PlanProblem.MALFORMED_TIME, LocalTime::parse);
        }

        private LocalDateTime dateTime(JsonNode parent, String p, String name) {
            return temporal(parent, p, name, true, DATE_TIME, PlanProblem.MALFORMED_DATE_TIME,
                    LocalDateTime::parse);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** "expected a string, found a number (3)": a value is quoted as the file has it, a container is not. */
    public static PlanFormatException.Problem wrongType(String path, JsonType expected, JsonNode found) {
        JsonType type = switch (found.getNodeType()) {
            case STRING, BINARY -> JsonType.STRING;
            case NUMBER -> JsonType.NUMBER;
            case BOOLEAN -> JsonType.BOOLEAN;
            case ARRAY -> JsonType.ARRAY;
            case NULL, MISSING -> JsonType.NULL;
            case OBJECT, POJO -> JsonType.OBJECT;
        };
        return found.isValueNode() && !found.isNull()
                ? new PlanFormatException.Problem(path, PlanProblem.WRONG_TYPE_VALUE, expected, type, found.toString())
                : new PlanFormatException.Problem(path, PlanProblem.WRONG_TYPE, expected, type);
    }

    private static String weekday(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    // ---- writing ----------------------------------------------------------------------------------

    /** Writes the document as pretty-printed UTF-8; the stream is not closed. */
    public static void write(PlanDocument document, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(document, writer);
    }

    /** Writes the document, pretty printed; the writer is flushed, not closed. */
    public static void write(PlanDocument document, Writer out) {
        try {
            MAPPER.writer(prettyPrinter()).writeValue(out, tree(document));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as a pretty-printed JSON string. */
    public static String write(PlanDocument document) {
        StringWriter out = new StringWriter();
        write(document, out);
        return out.toString();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static ObjectNode tree(PlanDocument d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", PlanDocument.FORMAT);
        root.putObject("community").put("name", d.community().name());
        root.putObject("horizon")
                .put("from", d.horizon().from().format(DATE))
                .put("to", d.horizon().to().format(DATE));
        ObjectNode rules = root.putObject("rules");
        putNumber(rules, "minRestHours", d.rules().minRestHours());
        putNumber(rules, "maxHoursPerDay", d.rules().maxHoursPerDay());
        rules.put("maxConsecutiveDays", d.rules().maxConsecutiveDays());

        ArrayNode compounds = root.putArray("compounds");
        for (CompoundDef c : d.compounds()) {
            ObjectNode n = compounds.addObject().put("code", c.code()).put("name", c.name());
            if (c.households() != null) {
                n.put("households", c.households());
            }
            putIfPresent(n, "owner", c.owner());
        }
        ArrayNode posts = root.putArray("posts");
        for (PostDef p : d.posts()) {
            posts.addObject().put("code", p.code()).put("compound", p.compound()).put("name", p.name())
                    .put("kind", p.kind().name());
        }
        ArrayNode demands = root.putArray("demands");
        for (DemandDef dm : d.demands()) {
            ObjectNode n = demands.addObject().put("post", dm.post());
            putDays(n, dm.days());
            n.put("from", dm.from().format(TIME)).put("to", dm.to().format(TIME)).put("headcount", dm.headcount());
            if (!dm.skills().isEmpty()) {
                ObjectNode skills = n.putObject("skills");
                dm.skills().forEach(skills::put);
            }
            if (dm.dates() != null) {
                n.putObject("dates").put("from", dm.dates().from().format(DATE)).put("to", dm.dates().to().format(DATE));
            }
        }
        ArrayNode volunteers = root.putArray("volunteers");
        for (VolunteerDef v : d.volunteers()) {
            ObjectNode n = volunteers.addObject().put("code", v.code()).put("name", v.name());
            putIfPresent(n, "phone", v.phone());
            n.put("role", v.role().name());
            putIfPresent(n, "home", v.home());
            if (!v.skills().isEmpty()) {
                ArrayNode skills = n.putArray("skills");
                v.skills().forEach(skills::add);
            }
            putNumber(n, "maxHoursPerWeek", v.maxHoursPerWeek());
            if (v.onlyHome()) {
                n.put("onlyHome", true);
            }
            putWindows(n, "available", v.available());
            if (!v.unavailable().isEmpty()) {
                ArrayNode ranges = n.putArray("unavailable");
                for (DateTimeRange r : v.unavailable()) {
                    ranges.addObject().put("from", r.from().format(DATE_TIME)).put("to", r.to().format(DATE_TIME));
                }
            }
            putWindows(n, "preferred", v.preferred());
        }
        if (!d.assignments().isEmpty()) {
            ArrayNode assignments = root.putArray("assignments");
            d.assignments().stream()
                    .sorted(Comparator.comparing(AssignmentDef::post).thenComparing(AssignmentDef::start)
                            .thenComparingInt(AssignmentDef::seat))
                    .forEach(a -> assignments.addObject()
                            .put("post", a.post())
                            .put("start", a.start().format(DATE_TIME))
                            .put("seat", a.seat())
                            .put("volunteer", a.volunteer())
                            .put("pinned", a.pinned()));
        }
        if (d.summary() != null) {
            Summary s = d.summary();
            ObjectNode n = root.putObject("summary").put("seats", s.seats()).put("filled", s.filled())
                    .put("unfilled", s.unfilled()).put("hardViolations", s.hardViolations()).put("score", s.score());
            putNumber(n, "solveSeconds", s.solveSeconds());
            n.put("forced", s.forced()).put("changed", s.changed());
        }
        return root;
    }

    private static void putWindows(ObjectNode parent, String name, List<WeeklyWindow> windows) {
        if (windows.isEmpty()) {
            return;
        }
        ArrayNode array = parent.putArray(name);
        for (WeeklyWindow w : windows) {
            ObjectNode n = array.addObject();
            putDays(n, w.days());
            n.put("from", w.from().format(TIME)).put("to", w.to().format(TIME));
        }
    }

    private static void putDays(ObjectNode parent, List<DayOfWeek> days) {
        ArrayNode array = parent.putArray("days");
        days.forEach(day -> array.add(weekday(day)));
    }

    private static void putIfPresent(ObjectNode parent, String name, String value) {
        if (value != null) {
            parent.put(name, value);
        }
    }

    /** Whole numbers are written without a fraction ({@code 8}, not {@code 8.0}), as people write them. */
    private static void putNumber(ObjectNode parent, String name, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            parent.put(name, (long) value);
        } else {
            parent.put(name, value);
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
