package org.shouwang.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanJson;
import org.shouwang.solver.check.RosterChecker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SolveCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void a_good_run_writes_one_assignment_per_seat_and_the_summary() throws IOException {
        Path in = example("tiny.json");
        Path out = dir.resolve("roster.json");

        // a budget of score calculations (enough for tiny, as PlanSchemaTest's solve shows), the seconds a safety net
        int code = SolveCommand.run(new String[] {"solve", "--in", in.toString(), "--out", out.toString(),
                "--seconds", "180"}, err, options -> options.withCalculationLimit(20_000L));

        assertThat(code).isZero();
        PlanDocument roster = PlanJson.read(Files.readString(out));
        PlanDocument.Summary summary = roster.summary();
        assertThat(roster.assignments()).hasSize(summary.seats());
        assertThat(summary.filled() + summary.unfilled()).isEqualTo(summary.seats());
        assertThat(summary.filled()).isEqualTo(
                (int) roster.assignments().stream().filter(a -> a.volunteer() != null).count());
        assertThat(summary.hardViolations()).isEqualTo(new RosterChecker().check(roster).size()).isZero();
        assertThat(summary.score()).startsWith("0hard/");
        assertThat(errText()).contains("best 0hard/").contains("wrote " + out);
    }

    @Test
    void a_document_that_is_not_json_is_refused_with_one_line() throws IOException {
        Path in = Files.writeString(dir.resolve("bad.json"), "{ not json");
        Path out = dir.resolve("roster.json");

        int code = SolveCommand.run(new String[] {"solve", "--in", in.toString(), "--out", out.toString()}, err);

        assertThat(code).isEqualTo(2);
        assertThat(errText().strip()).doesNotContain("\n").startsWith("solve: " + in);
        assertThat(out).doesNotExist();
    }

    @Test
    void a_document_with_a_bad_field_names_its_path() throws IOException {
        String json = read("tiny.json").replaceFirst("\"maxConsecutiveDays\": 5", "\"maxConsecutiveDays\": \"five\"");
        Path in = Files.writeString(dir.resolve("bad.json"), json);

        int code = SolveCommand.run(new String[] {"--in", in.toString(), "--out", dir.resolve("o.json").toString()},
                err);

        assertThat(code).isEqualTo(2);
        assertThat(errText()).contains("rules.maxConsecutiveDays");
    }

    @Test
    void a_missing_argument_is_named() {
        int code = SolveCommand.run(new String[] {"solve", "--out", dir.resolve("o.json").toString()}, err);

        assertThat(code).isEqualTo(2);
        assertThat(errText()).contains("missing --in").contains("usage:");
    }

    @Test
    void an_unknown_option_is_named() {
        int code = SolveCommand.run(new String[] {"solve", "--in", "a.json", "--out", "b.json", "--fast"}, err);

        assertThat(code).isEqualTo(2);
        assertThat(errText()).contains("unknown option --fast");
    }

    @Test
    void seconds_must_be_a_positive_number() {
        int code = SolveCommand.run(new String[] {"solve", "--in", "a.json", "--out", "b.json", "--seconds", "x"}, err);

        assertThat(code).isEqualTo(2);
        assertThat(errText()).contains("--seconds must be a number");
    }

    @Test
    void a_missing_input_file_is_named() {
        Path in = dir.resolve("nowhere.json");

        int code = SolveCommand.run(new String[] {"solve", "--in", in.toString(), "--out", "b.json"}, err);

        assertThat(code).isEqualTo(2);
        assertThat(errText()).contains(in + ": no such file");
    }

    private String errText() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private Path example(String name) throws IOException {
        return Files.writeString(dir.resolve(name), read(name));
    }

    private static String read(String name) throws IOException {
        try (InputStream in = SolveCommandTest.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
