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
import java.util.List;

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

    @Test
    void a_replan_reports_the_forced_and_changed_seats_in_the_summary_and_the_progress() throws IOException {
        // Solve tiny, then make the volunteer of the first filled seat unavailable on its date and solve again.
        Path first = dir.resolve("first.json");
        assertThat(SolveCommand.run(new String[] {"solve", "--in", example("tiny.json").toString(), "--out",
                first.toString(), "--seconds", "180"}, err, options -> options.withCalculationLimit(20_000L))).isZero();
        PlanDocument solved = PlanJson.read(Files.readString(first));
        PlanDocument.AssignmentDef taken = solved.assignments().stream().filter(a -> a.volunteer() != null)
                .findFirst().orElseThrow();
        List<PlanDocument.VolunteerDef> volunteers = solved.volunteers().stream().map(v -> !v.code().equals(taken.volunteer())
                ? v : new PlanDocument.VolunteerDef(v.code(), v.name(), v.phone(), v.role(), v.home(), v.skills(),
                v.maxHoursPerWeek(), v.onlyHome(), v.available(), List.of(new PlanDocument.DateTimeRange(
                taken.start().toLocalDate().atStartOfDay(), taken.start().toLocalDate().plusDays(1).atStartOfDay())),
                v.preferred())).toList();
        PlanDocument replan = new PlanDocument(solved.format(), solved.community(), solved.horizon(), solved.rules(),
                solved.compounds(), solved.posts(), solved.demands(), volunteers, solved.assignments(), null);
        long forced = solved.assignments().stream().filter(a -> taken.volunteer().equals(a.volunteer())
                && a.start().toLocalDate().equals(taken.start().toLocalDate())).count();
        Path in = Files.writeString(dir.resolve("replan.json"), PlanJson.write(replan));
        Path out = dir.resolve("second.json");

        int code = SolveCommand.run(new String[] {"solve", "--in", in.toString(), "--out", out.toString(),
                "--seconds", "180"}, err, options -> options.withCalculationLimit(20_000L));

        assertThat(code).isZero();
        PlanDocument.Summary summary = PlanJson.read(Files.readString(out)).summary();
        assertThat(summary.forced()).isEqualTo(forced).isPositive();
        assertThat(summary.changed()).isGreaterThanOrEqualTo(summary.forced());
        assertThat(errText()).contains("forced " + forced + "  changed ")
                .contains(forced + " forced and " + summary.changed() + " changed");
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
