package org.shouwang.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanFormatException;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.TinyPlan;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.solver.PlanSolver;
import org.shouwang.solver.SolveOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The published JSON Schema of {@code shouwang-plan/1} ({@code docs/shouwang-plan-1.schema.json}) accepts
 * every document the project ships or writes, and refuses wrong ones as the reader does, so that other
 * tools can rely on it.
 */
@SpringBootTest
@ActiveProfiles("test")
class PlanSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SCHEMA_FILE = Path.of("docs", "shouwang-plan-1.schema.json");
    private static final Path EXAMPLES = Path.of("src", "main", "resources", "examples");
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(tree(read(SCHEMA_FILE)));

    @Autowired
    PlanImportService importer;
    @Autowired
    PlanExportService exporter;

    @BeforeEach
    void signIn() {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_schema_is_itself_a_valid_draft_2020_12_schema() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(tree(read(SCHEMA_FILE)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void every_example_validates(Path example) {
        assertValid(read(example));
    }

    static Stream<Path> examples() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("the examples are where the test looks").hasSizeGreaterThanOrEqualTo(3);
        return files.stream();
    }

    @Test
    void the_exported_demo_communities_validate() {
        for (PlanDocument demo : List.of(CommunityGenerator.upstream(), CommunityGenerator.jinguanyi())) {
            PlanDocument imported = PlanDocuments.renamed(demo, demo.community().name() + "-" + System.nanoTime());
            long id = importer.importCommunity(imported, ImportMode.CREATE).communityId();

            String exported = PlanJson.write(exporter.export(id, demo.horizon().from(), demo.horizon().to()));

            assertThat(tree(exported).get("volunteers")).hasSize(demo.volunteers().size());
            assertValid(exported);
        }
    }

    @Test
    void a_solved_roster_and_its_export_with_assignments_validate() {
        PlanDocument tiny = PlanDocuments.renamed(PlanJson.read(read(EXAMPLES.resolve("tiny.json"))),
                "纲要-" + System.nanoTime());
        PlanDocument solved = new PlanSolver()
                .solve(tiny, SolveOptions.calculations(20_000, Duration.ofMinutes(2))).document();
        String solvedJson = PlanJson.write(solved);
        JsonNode solvedTree = tree(solvedJson);
        assertThat(solvedTree.get("assignments")).hasSize(solved.summary().seats());
        assertThat(solvedTree.get("assignments").findValues("volunteer")).anyMatch(JsonNode::isNull)
                .anyMatch(JsonNode::isTextual);
        assertThat(solvedTree.get("summary").has("hardViolations")).isTrue();
        assertValid(solvedJson);

        long id = importer.importCommunity(solved, ImportMode.CREATE).communityId();
        String exported = PlanJson.write(exporter.export(id, tiny.horizon().from(), tiny.horizon().to()));

        assertThat(tree(exported).get("assignments")).hasSize(solved.summary().seats());
        assertValid(exported);
    }

    /** What the reader accepts, the schema must accept too: it is no stricter than the format. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lenientDocuments")
    void documents_the_reader_accepts_validate(String what, Consumer<ObjectNode> change) {
        String json = TinyPlan.with(change);

        PlanJson.read(json);
        assertValid(json);
    }

    static Stream<Arguments> lenientDocuments() {
        return Stream.of(
                arguments("unknown fields", change(doc -> {
                    doc.put("comment", "from the district");
                    volunteer(doc, 0).put("favouriteColour", "red");
                })),
                arguments("optional fields written as null", change(doc -> {
                    volunteer(doc, 0).putNull("phone").putNull("skills").putNull("available");
                    element(doc, "compounds", 0).putNull("households").putNull("owner");
                    element(doc, "demands", 0).putNull("skills").putNull("dates");
                    doc.putNull("assignments").putNull("summary");
                })),
                arguments("an integer written with a zero fraction", change(doc -> element(doc, "demands", 0)
                        .put("headcount", 2.0))),
                arguments("a shift ending the next day", change(doc -> element(doc, "demands", 0)
                        .put("from", "23:00").put("to", "07:00"))),
                arguments("an unfilled seat without volunteer and pinned", change(doc -> doc.putArray("assignments")
                        .addObject().put("post", "C00-G0").put("start", "2020-02-03T07:00").put("seat", 1))));
    }

    /** Each document is refused by the reader, and the schema refuses it too: it is not vacuous. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongDocuments")
    void wrong_documents_are_refused_by_the_schema_and_the_reader(String what, Consumer<ObjectNode> change) {
        String json = TinyPlan.with(change);

        assertThat(SCHEMA.validate(tree(json))).as(what).isNotEmpty();
        assertThatThrownBy(() -> PlanJson.read(json)).isInstanceOf(PlanFormatException.class);
    }

    static Stream<Arguments> wrongDocuments() {
        return Stream.of(
                arguments("another format", change(doc -> doc.put("format", "shouwang-plan/2"))),
                arguments("no volunteers", change(doc -> doc.remove("volunteers"))),
                arguments("a required field null", change(doc -> ((ObjectNode) doc.get("rules"))
                        .putNull("maxConsecutiveDays"))),
                arguments("a blank name", change(doc -> element(doc, "posts", 0).put("name", " "))),
                arguments("a number as a string", change(doc -> element(doc, "demands", 0).put("headcount", "2"))),
                arguments("a headcount of 0", change(doc -> element(doc, "demands", 0).put("headcount", 0)
                        .remove("skills"))),
                arguments("a negative weekly maximum", change(doc -> volunteer(doc, 0).put("maxHoursPerWeek", -1))),
                arguments("an unknown post kind", change(doc -> element(doc, "posts", 0).put("kind", "TOWER"))),
                arguments("an unknown role", change(doc -> volunteer(doc, 0).put("role", "MAYOR"))),
                arguments("a weekday spelled out", change(doc -> ((ArrayNode) element(doc, "demands", 0).get("days"))
                        .set(0, "MONDAY"))),
                arguments("a date without leading zeros", change(doc -> ((ObjectNode) doc.get("horizon"))
                        .put("from", "2020-2-3"))),
                arguments("a time without leading zero", change(doc -> element(doc, "demands", 0).put("from", "7:00"))),
                arguments("a time past midnight", change(doc -> element(doc, "demands", 0).put("to", "24:00"))),
                arguments("a date-time with seconds", change(doc -> doc.putArray("assignments").addObject()
                        .put("post", "C00-G0").put("start", "2020-02-03T07:00:00").put("seat", 0))),
                arguments("a negative seat", change(doc -> doc.putArray("assignments").addObject()
                        .put("post", "C00-G0").put("start", "2020-02-03T07:00").put("seat", -1))),
                arguments("onlyHome without a home", change(doc -> volunteer(doc, 0).put("onlyHome", true)
                        .remove("home"))),
                arguments("a summary without hardViolations", change(doc -> doc.putObject("summary")
                        .put("seats", 1).put("filled", 1).put("unfilled", 0).put("score", "0hard/0medium/0soft")
                        .put("solveSeconds", 1))),
                arguments("a skill count that is no integer", change(doc -> element(doc, "demands", 0)
                        .putObject("skills").put("LEAD", 0.5))));
    }

    // ---- helpers ----

    private static void assertValid(String json) {
        List<Error> errors = SCHEMA.validate(tree(json));
        assertThat(errors).as("schema errors").isEmpty();
    }

    /** Names the lambda's type for {@link Arguments}. */
    private static Consumer<ObjectNode> change(Consumer<ObjectNode> change) {
        return change;
    }

    private static ObjectNode element(ObjectNode doc, String array, int index) {
        return (ObjectNode) doc.get(array).get(index);
    }

    private static ObjectNode volunteer(ObjectNode doc, int index) {
        return element(doc, "volunteers", index);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
