package org.shouwang.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shouwang.plan.PlanDocument.AssignmentDef;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static PlanDocument example(String name) {
        try (InputStream in = PlanJsonTest.class.getResourceAsStream("/examples/" + name)) {
            return PlanJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.json", "small.json", "medium.json"})
    void each_example_reads_and_writes_back_to_an_equal_document(String name) {
        PlanDocument original = example(name);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanJson.write(original, out);

        assertThat(PlanJson.read(out.toString(StandardCharsets.UTF_8))).isEqualTo(original);
        assertThat(original.volunteers()).isNotEmpty();
    }

    @Test
    void assignments_a_summary_and_optional_fields_survive_a_round_trip_and_assignments_are_written_in_seat_order() {
        PlanDocument tiny = example("tiny.json");
        List<AssignmentDef> assignments = new ArrayList<>();
        for (ShiftDef shift : Shifts.expand(tiny)) {
            for (int seat = shift.headcount() - 1; seat >= 0; seat--) {
                assignments.add(new AssignmentDef(shift.post(), shift.start(), seat, seat == 0 ? "V0011" : null,
                        seat == 0));
            }
        }
        java.util.Collections.reverse(assignments);
        PlanDocument solved = tiny.withAssignments(assignments,
                new PlanDocument.Summary(assignments.size(), 10, assignments.size() - 10, 1, "-1hard/-8medium/0soft", 1.5));

        String json = PlanJson.write(solved);
        PlanDocument back = PlanJson.read(json);

        List<AssignmentDef> inSeatOrder = assignments.stream().sorted(java.util.Comparator
                .comparing(AssignmentDef::post).thenComparing(AssignmentDef::start)
                .thenComparingInt(AssignmentDef::seat)).toList();
        assertThat(back).isEqualTo(solved.withAssignments(inSeatOrder, solved.summary()));
        assertThat(back.assignments()).isNotEqualTo(assignments);
        assertThat(json).contains("\"start\": \"2020-02-03T07:00\"", "\"solveSeconds\": 1.5", "\"minRestHours\": 10");
    }

    @Test
    void absent_optional_fields_are_left_out_and_unknown_fields_are_ignored() {
        String json = TinyPlan.with(doc -> {
            ObjectNode v = volunteer(doc, 1);
            v.remove("phone");
            v.remove("home");
            v.put("favouriteColour", "red");
            compound(doc, 0).remove("households");
            doc.put("comment", "from the district office");
        });
        PlanDocument read = PlanJson.read(json);

        assertThat(read.volunteers().get(1).phone()).isNull();
        assertThat(read.compounds().get(0).households()).isNull();
        String written = PlanJson.write(read);
        assertThat(written).doesNotContain("favouriteColour", "comment");
        assertThat(PlanJson.read(written)).isEqualTo(read);
        ObjectNode writtenVolunteer = volunteer(tree(written), 1);
        assertThat(writtenVolunteer.has("phone")).isFalse();
        assertThat(writtenVolunteer.has("skills")).as("an empty skill list is left out").isFalse();
        assertThat(writtenVolunteer.has("available")).isFalse();
    }

    // ---- refusals ----

    @Test
    void a_file_that_is_not_json_is_refused() {
        assertThatThrownBy(() -> PlanJson.read("{\"format\": \"shouwang-plan/1\", "))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("not valid JSON");
    }

    /** Each document is tiny.json with one thing wrong; the problem names the field's path, its kind and says what. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void a_document_with_one_problem_is_refused_naming_the_path_and_the_problem(
            String what, Consumer<ObjectNode> change, String path, PlanProblem kind, String[] message) {
        assertRefused(change, path, kind, message);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("another format",
                        doc -> doc.put("format", "shouwang-plan/2"),
                        "format", PlanProblem.UNSUPPORTED_FORMAT, "unsupported format \"shouwang-plan/2\""),
                refusal("a missing required field",
                        doc -> volunteer(doc, 3).remove("maxHoursPerWeek"),
                        "volunteers[3].maxHoursPerWeek", PlanProblem.MISSING, "missing, expected a number"),
                refusal("a field of the wrong type",
                        doc -> demand(doc, 2).put("headcount", "two"),
                        "demands[2].headcount", PlanProblem.WRONG_TYPE_VALUE,
                        "expected an integer, found a string (\"two\")"),
                refusal("a duplicate compound code",
                        doc -> compound(doc, 2).put("code", "C00"),
                        "compounds[2].code", PlanProblem.DUPLICATE_CODE, "duplicate"),
                refusal("a duplicate post code",
                        doc -> post(doc, 1).put("code", "C00-G0"),
                        "posts[1].code", PlanProblem.DUPLICATE_CODE, "duplicate"),
                refusal("a duplicate volunteer code",
                        doc -> volunteer(doc, 5).put("code", "V0001"),
                        "volunteers[5].code", PlanProblem.DUPLICATE_CODE, "duplicate"),
                refusal("a post of an unknown compound",
                        doc -> post(doc, 3).put("compound", "C99"),
                        "posts[3].compound", PlanProblem.UNKNOWN_COMPOUND, "unknown compound"),
                refusal("a demand of an unknown post",
                        doc -> demand(doc, 4).put("post", "NOPE"),
                        "demands[4].post", PlanProblem.UNKNOWN_POST, "unknown post"),
                refusal("a compound owner who is no volunteer",
                        doc -> compound(doc, 1).put("owner", "V9999"),
                        "compounds[1].owner", PlanProblem.UNKNOWN_VOLUNTEER, "unknown volunteer"),
                refusal("a volunteer of an unknown home compound",
                        doc -> volunteer(doc, 7).put("home", "C42"),
                        "volunteers[7].home", PlanProblem.UNKNOWN_COMPOUND, "unknown compound"),
                refusal("an assignment to an unknown post",
                        doc -> assignment(doc, "NOPE", "2020-02-03T07:00", 0, "V0001"),
                        "assignments[0].post", PlanProblem.UNKNOWN_POST, "unknown post"),
                refusal("an assignment of an unknown volunteer",
                        doc -> assignment(doc, "C00-G0", "2020-02-03T07:00", 0, "V9999"),
                        "assignments[0].volunteer", PlanProblem.UNKNOWN_VOLUNTEER, "unknown volunteer"),
                refusal("an unknown weekday",
                        doc -> ((ArrayNode) demand(doc, 1).get("days")).set(3, "THURSDAY"),
                        "demands[1].days[3]", PlanProblem.UNKNOWN_VALUE,
                        "unknown value \"THURSDAY\", expected one of MON, TUE"),
                refusal("a malformed date",
                        doc -> ((ObjectNode) doc.get("horizon")).put("to", "2020-02-30"),
                        "horizon.to", PlanProblem.MALFORMED_DATE, "malformed"),
                refusal("a malformed time",
                        doc -> demand(doc, 0).put("from", "7:00"),
                        "demands[0].from", PlanProblem.MALFORMED_TIME, "malformed"),
                refusal("a malformed date time",
                        doc -> ((ObjectNode) volunteer(doc, 9).get("unavailable").get(0))
                                .put("from", "2020-02-03 00:00"),
                        "volunteers[9].unavailable[0].from", PlanProblem.MALFORMED_DATE_TIME, "malformed"),
                refusal("an unknown post kind",
                        doc -> post(doc, 2).put("kind", "TOWER"),
                        "posts[2].kind", PlanProblem.UNKNOWN_VALUE, "unknown value \"TOWER\""),
                refusal("an unknown volunteer role",
                        doc -> volunteer(doc, 4).put("role", "MAYOR"),
                        "volunteers[4].role", PlanProblem.UNKNOWN_VALUE, "unknown value \"MAYOR\""),
                refusal("skill counts exceeding the headcount",
                        doc -> demand(doc, 0).putObject("skills").put("LEAD", 2).put("TEMPERATURE", 1),
                        "demands[0].skills", PlanProblem.SKILLS_EXCEED_HEADCOUNT, "more than the headcount"),
                refusal("a headcount below one",
                        doc -> {
                            demand(doc, 5).remove("skills");
                            demand(doc, 5).put("headcount", 0);
                        },
                        "demands[5].headcount", PlanProblem.TOO_SMALL, "at least 1, not 0"),
                refusal("only home without a home",
                        doc -> volunteer(doc, 2).remove("home"),
                        "volunteers[2].onlyHome", PlanProblem.ONLY_HOME_WITHOUT_HOME, "no home"),
                refusal("a horizon ending before it starts",
                        doc -> ((ObjectNode) doc.get("horizon")).put("to", "2020-02-01"),
                        "horizon.to", PlanProblem.ENDS_BEFORE_START, "ends (2020-02-01) before"),
                refusal("a leave that ends when it starts",
                        doc -> ((ObjectNode) volunteer(doc, 9).get("unavailable").get(0))
                                .put("to", volunteer(doc, 9).get("unavailable").get(0).get("from").asText()),
                        "volunteers[9].unavailable[0].to", PlanProblem.ENDS_NOT_AFTER_START, "must end after it starts"),
                refusal("two demands of one post starting at the same time",
                        doc -> demand(doc, 1).put("from", "07:00"),
                        "demands[1].from", PlanProblem.SAME_START,
                        "post \"C00-G0\" already has a shift starting at 2020-02-03T07:00, from demands[0]"),
                refusal("an assignment to a shift that does not exist",
                        doc -> assignment(doc, "C00-G0", "2020-02-03T08:00", 0, "V0001"),
                        "assignments[0].start", PlanProblem.NO_SUCH_SHIFT, "no shift"),
                refusal("an assignment to a seat that does not exist",
                        doc -> assignment(doc, "C00-G0", "2020-02-03T07:00", 2, "V0001"),
                        "assignments[0].seat", PlanProblem.NO_SUCH_SEAT, "seats 0..1, not 2"),
                refusal("the same seat assigned twice",
                        doc -> {
                            assignment(doc, "C00-G0", "2020-02-03T07:00", 1, "V0001");
                            assignment(doc, "C00-G0", "2020-02-03T07:00", 1, "V0010");
                        },
                        "assignments[1].seat", PlanProblem.SEAT_TAKEN, "already assigned in assignments[0]"));
    }

    private static Arguments refusal(String what, Consumer<ObjectNode> change, String path, PlanProblem kind,
                                     String... message) {
        return Arguments.of(what, change, path, kind, message);
    }

    @Test
    void every_problem_of_a_document_is_listed() {
        PlanFormatException e = refused(doc -> {
            volunteer(doc, 0).remove("name");
            volunteer(doc, 1).put("role", "KING");
        });
        assertThat(e.problems()).extracting(PlanFormatException.Problem::path)
                .containsExactly("volunteers[0].name", "volunteers[1].role");
        assertThat(e).hasMessageContaining("and 1 more");
    }

    // ---- helpers: mutate tiny.json as a JSON tree ----

    private static void assertRefused(Consumer<ObjectNode> change, String path, PlanProblem kind, String... message) {
        PlanFormatException e = refused(change);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.problems().get(0).kind()).isEqualTo(kind);
        assertThat(e).hasMessageStartingWith(path + ": ");
        assertThat(e.getMessage()).contains(message);
    }

    private static PlanFormatException refused(Consumer<ObjectNode> change) {
        String json = TinyPlan.with(change);
        try {
            PlanJson.read(json);
        } catch (PlanFormatException e) {
            return e;
        }
        throw new AssertionError("the document was not refused");
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode element(ObjectNode doc, String array, int index) {
        return (ObjectNode) doc.get(array).get(index);
    }

    private static ObjectNode compound(ObjectNode doc, int i) {
        return element(doc, "compounds", i);
    }

    private static ObjectNode post(ObjectNode doc, int i) {
        return element(doc, "posts", i);
    }

    private static ObjectNode demand(ObjectNode doc, int i) {
        return element(doc, "demands", i);
    }

    private static ObjectNode volunteer(ObjectNode doc, int i) {
        return element(doc, "volunteers", i);
    }

    private static void assignment(ObjectNode doc, String post, String start, int seat, String volunteer) {
        doc.withArray("assignments").addObject().put("post", post).put("start", start).put("seat", seat)
                .put("volunteer", volunteer).put("pinned", true);
    }

    @Test
    void a_summary_carries_the_forced_and_changed_seats_of_a_replan_and_an_older_summary_reads_as_none() {
        PlanDocument tiny = example("tiny.json");
        PlanDocument solved = tiny.withAssignments(List.of(),
                new PlanDocument.Summary(93, 32, 61, 0, "0hard/-61medium/-500soft", 2.0, 3, 5));

        String json = PlanJson.write(solved);

        assertThat(json).contains("\"forced\": 3", "\"changed\": 5");
        assertThat(PlanJson.read(json).summary()).isEqualTo(solved.summary());
        String older = json.replaceAll(",\\s*\"forced\": 3", "").replaceAll(",\\s*\"changed\": 5", "");
        assertThat(older).doesNotContain("forced").doesNotContain("changed");
        PlanDocument.Summary read = PlanJson.read(older).summary();
        assertThat(read.forced()).isZero();
        assertThat(read.changed()).isZero();
        assertThat(read.filled()).isEqualTo(32);
    }
}
