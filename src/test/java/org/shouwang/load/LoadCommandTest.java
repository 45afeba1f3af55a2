package org.shouwang.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.demo.CommunityGenerator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The load command's arguments, logins, statistics and report, without a server. */
class LoadCommandTest {

    @Test
    void without_options_300_volunteers_start_over_60_seconds_against_the_local_app() {
        LoadOptions options = LoadOptions.parse();

        assertThat(options.url()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.users()).isEqualTo(300);
        assertThat(options.ramp()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.password()).isEqualTo("shouwang-demo");
        assertThat(options.newPassword()).isEmpty();
        assertThat(options.rememberMe()).isFalse();
        assertThat(options.calendar()).isTrue();
    }

    @Test
    void every_option_is_read_and_ramp_zero_is_a_burst() {
        LoadOptions options = LoadOptions.parse("--url", "http://app:9000", "--users", "12", "--ramp", "0",
                "--password", "p1-secret", "--new-password", "p2-secret", "--users-file", "logins.txt",
                "--remember-me", "--no-calendar", "--timeout", "30", "--language", "en");

        assertThat(options).isEqualTo(new LoadOptions(URI.create("http://app:9000"), 12, Duration.ZERO, "p1-secret",
                Optional.of("p2-secret"), Optional.of(Path.of("logins.txt")), true, false, false, Duration.ofSeconds(30), "en"));
    }

    @Test
    void back_together_comes_back_remembered_so_it_implies_remember_me() {
        LoadOptions options = LoadOptions.parse("--back-together");

        assertThat(options.rememberMe()).isTrue();
        assertThat(options.backTogether()).isTrue();
        assertThat(LoadOptions.parse("--remember-me").backTogether()).isFalse();
    }

    @Test
    void a_wrong_command_line_is_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> LoadOptions.parse("--users")).hasMessage("--users needs a value");
        assertThatThrownBy(() -> LoadOptions.parse("--users", "many")).hasMessage("--users takes a whole number, not many");
        assertThatThrownBy(() -> LoadOptions.parse("--users", "0")).hasMessage("--users must be at least 1");
        assertThatThrownBy(() -> LoadOptions.parse("--ramp", "-1")).hasMessage("--ramp must not be negative");
        assertThatThrownBy(() -> LoadOptions.parse("--url", "localhost:8080")).hasMessageStartingWith("--url must be");
        assertThatThrownBy(() -> LoadOptions.parse("--burst")).hasMessage("unknown option --burst");
        assertThat(LoadCommand.run(new String[] {"load", "--users", "none"})).isEqualTo(2);
    }

    @Test
    void percentiles_are_by_nearest_rank() {
        List<Long> hundred = LongStream.rangeClosed(1, 100).boxed().toList();
        assertThat(StepStats.percentile(hundred, 50)).isEqualTo(50);
        assertThat(StepStats.percentile(hundred, 95)).isEqualTo(95);
        assertThat(StepStats.percentile(hundred, 99)).isEqualTo(99);
        assertThat(StepStats.percentile(hundred, 100)).isEqualTo(100);
        // Of 3 values, p50 is the 2nd; p95 and p99 are the largest.
        assertThat(StepStats.percentile(List.of(30L, 10L, 20L), 50)).isEqualTo(20);
        assertThat(StepStats.percentile(List.of(30L, 10L, 20L), 95)).isEqualTo(30);
        assertThat(StepStats.percentile(List.of(7L), 99)).isEqualTo(7);
        assertThat(StepStats.percentile(List.of(), 95)).isZero();
        assertThatThrownBy(() -> StepStats.percentile(hundred, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errors_are_counted_by_kind_with_the_numbers_that_vary_masked() {
        StepStats stats = new StepStats();
        stats.done(120);
        stats.failed(Journey.kind(new HttpTimeoutException("request timed out")));
        stats.failed(Journey.kind(new VaadinUi.ProtocolException("sign-in refused (HTTP 302 to http://localhost:8080/login?error)")));
        stats.failed(Journey.kind(new VaadinUi.ProtocolException("sign-in refused (HTTP 302 to http://localhost:8081/login?error)")));

        assertThat(stats.count()).isEqualTo(1);
        assertThat(stats.errorCount()).isEqualTo(3);
        assertThat(stats.errors()).containsExactly(Map.entry("sign-in refused (HTTP 302 to http://localhost:#/login?error)", 2),
                Map.entry("timeout", 1));
    }

    @Test
    void the_report_has_a_line_per_step_that_ran_with_its_percentiles_and_the_errors_in_columns_wide_enough_for_every_step() {
        Map<Step, StepStats> steps = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            steps.put(step, new StepStats());
        }
        LongStream.rangeClosed(1, 100).forEach(ms -> steps.get(Step.SIGN_IN).done(ms * 10));
        steps.get(Step.MY_DUTIES).done(80);
        steps.get(Step.MY_DUTIES).failed("timeout");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        LoadCommand.print(new PrintStream(out, true, StandardCharsets.UTF_8),
                new LoadCommand.Report(steps, Duration.ofMillis(61_500), 100, 99));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                step                           done  errors   p50 ms   p95 ms   p99 ms   max ms
                sign-in                         100       0      500      950      990     1000
                my duties                         1       1       80       80       80       80
                99 of 100 journeys completed, 1 errors, in 61.5 s
                  error in my duties: 1 × timeout
                """);
    }

    @Test
    void logins_come_from_a_file_one_a_line_with_the_common_password_where_a_line_has_none(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("logins.txt"), """
                # the volunteers of the drill
                13800138000
                13900139000, eigenes-passwort

                """);

        assertThat(LoadCommand.logins(LoadOptions.parse("--users-file", file.toString(), "--password", "gemeinsam")))
                .containsExactly(new Journey.Login("13800138000", "gemeinsam"), new Journey.Login("13900139000", "eigenes-passwort"));
    }

    @Test
    void without_a_file_the_demo_volunteers_sign_in_the_same_ones_whatever_the_week() {
        List<String> phones = LoadCommand.demoVolunteers();

        assertThat(phones).hasSizeGreaterThanOrEqualTo(300).doesNotHaveDuplicates().allMatch(p -> p.matches("1\\d{10}"));
        List<String> otherWeek = List.of(CommunityGenerator.upstream(LocalDate.of(2026, 11, 30)),
                        CommunityGenerator.jinguanyi(LocalDate.of(2026, 11, 30))).stream()
                .flatMap(community -> community.volunteers().stream())
                .filter(v -> v.role() != org.shouwang.plan.VolunteerRole.COMMITTEE)
                .map(PlanDocument.VolunteerDef::phone).toList();
        assertThat(otherWeek).isEqualTo(phones);
    }
}
