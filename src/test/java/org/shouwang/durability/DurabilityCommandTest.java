package org.shouwang.durability;

import org.junit.jupiter.api.Test;
import org.shouwang.base.Secrets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The durability command's arguments, the app's settings it gives, its checks of a seat, and its figures, without an app. */
class DurabilityCommandTest {

    @Test
    void without_options_50_rounds_run_on_h2() {
        DurabilityOptions options = DurabilityOptions.parse(Map.of());

        assertThat(options.rounds()).isEqualTo(50);
        assertThat(options.database()).isEqualTo(DurabilityOptions.Database.H2);
        assertThat(options.jar()).isEmpty();
        assertThat(options.dataDir()).isEmpty();
        assertThat(options.port()).isZero();
    }

    @Test
    void every_option_is_read_and_postgres_takes_its_server_from_the_apps_variables_unless_given() {
        Map<String, String> environment = Map.of("SHOUWANG_DB_URL", "jdbc:postgresql://db:5432/shouwang",
                "SHOUWANG_DB_USER", "shouwang", "SHOUWANG_DB_PASSWORD", "secret");

        assertThat(DurabilityOptions.parse(environment, "--db", "postgres")).satisfies(options -> {
            assertThat(options.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/shouwang");
            assertThat(options.dbUser()).isEqualTo("shouwang");
            assertThat(options.dbPassword()).isEqualTo("secret");
        });
        DurabilityOptions options = DurabilityOptions.parse(environment, "--rounds", "3", "--db", "PostgreSQL",
                "--db-url", "jdbc:postgresql://other/x", "--db-user", "u", "--db-password", "p", "--jar", "app.jar",
                "--data-dir", "run", "--port", "9000", "--seed", "7", "--seats", "10", "--clients", "2", "--burst",
                "800", "--start-timeout", "60");
        assertThat(options).isEqualTo(new DurabilityOptions(3, DurabilityOptions.Database.POSTGRES,
                "jdbc:postgresql://other/x", "u", "p", Optional.of(Path.of("app.jar")), Optional.of(Path.of("run")), 9000,
                7, 10, 2, Duration.ofMillis(800), Duration.ofSeconds(60)));
    }

    @Test
    void a_wrong_command_line_is_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> DurabilityOptions.parse(Map.of(), "--rounds")).hasMessage("--rounds needs a value");
        assertThatThrownBy(() -> DurabilityOptions.parse(Map.of(), "--rounds", "many"))
                .hasMessage("--rounds takes a whole number, not many");
        assertThatThrownBy(() -> DurabilityOptions.parse(Map.of(), "--rounds", "0")).hasMessage("--rounds must be at least 1");
        assertThatThrownBy(() -> DurabilityOptions.parse(Map.of(), "--db", "mysql")).hasMessage("--db is h2 or postgres, not mysql");
        assertThatThrownBy(() -> DurabilityOptions.parse(Map.of(), "--db", "postgres"))
                .hasMessageStartingWith("--db postgres needs --db-url");
        assertThatThrownBy(() -> DurabilityOptions.parse(Map.of(), "--kill", "9")).hasMessage("unknown option --kill");
        assertThat(DurabilityCommand.run(new String[] {"durability", "--rounds", "none"})).isEqualTo(2);
        assertThat(DurabilityCommand.run(new String[] {"durability", "--jar", "no-such.jar"})).isEqualTo(2);
        assertThat(DurabilityCommand.run(new String[] {"durability", "--help"})).isZero();
    }

    @Test
    void the_app_gets_a_fresh_folder_the_demo_data_and_only_the_hash_of_a_token_it_accepts() {
        String token = DurabilityRun.newToken();

        assertThat(token).matches("swk_[A-Za-z0-9_-]{43}");
        assertThat(DurabilityRun.sha256(token)).isEqualTo(Secrets.hash(token));
        DurabilityOptions h2 = DurabilityOptions.parse(Map.of());
        Map<String, String> environment = DurabilityRun.environment(h2, Path.of("/data/run"), 9000, "ab12");
        assertThat(environment).containsEntry("SHOUWANG_DATA_DIR", Path.of("/data/run").toAbsolutePath().toString())
                .containsEntry("PORT", "9000").containsEntry("SHOUWANG_DEMO_DATA", "true")
                .containsEntry("SHOUWANG_DEMO_LOAD_TEST", "true").containsEntry("SHOUWANG_DEMO_API_TOKEN_SHA256", "ab12")
                // On H2 a PostgreSQL the command's own environment names is not handed on.
                .containsEntry("SHOUWANG_DB_URL", null).containsEntry("SHOUWANG_DB_PASSWORD", null);
        DurabilityOptions postgres = DurabilityOptions.parse(Map.of(), "--db", "postgres", "--db-url",
                "jdbc:postgresql://db/x", "--db-user", "u", "--db-password", "p");
        assertThat(DurabilityRun.environment(postgres, Path.of("run"), 9000, "ab12"))
                .containsEntry("SHOUWANG_DB_URL", "jdbc:postgresql://db/x").containsEntry("SHOUWANG_DB_USER", "u")
                .containsEntry("SHOUWANG_DB_PASSWORD", "p");
    }

    @Test
    void a_seat_must_hold_its_acknowledged_edit_or_the_one_in_flight_after_a_restart() {
        SeatLedger seat = new SeatLedger(new SeatApi.Seat(7, 3, "V0001"));
        seat.sending(null);
        seat.acknowledged(new SeatApi.Seat(7, 4, null));
        seat.sending("V0002");

        assertThat(seat.check(new SeatApi.Seat(7, 4, null))).isEqualTo(SeatLedger.Outcome.KEPT);
        assertThat(seat.check(new SeatApi.Seat(7, 5, "V0002"))).isEqualTo(SeatLedger.Outcome.APPLIED);
        assertThat(seat.check(new SeatApi.Seat(7, 3, "V0001"))).isEqualTo(SeatLedger.Outcome.LOST);
        assertThat(seat.lostEdits(new SeatApi.Seat(7, 3, "V0001"))).isEqualTo(1);
        // Half an edit: the new version without the volunteer, or the volunteer without the version.
        assertThat(seat.check(new SeatApi.Seat(7, 5, null))).isEqualTo(SeatLedger.Outcome.NEITHER);
        assertThat(seat.check(new SeatApi.Seat(7, 4, "V0002"))).isEqualTo(SeatLedger.Outcome.NEITHER);

        seat.restartFrom(new SeatApi.Seat(7, 5, "V0002"));
        assertThat(seat.inFlight()).isFalse();
        // Without an edit in flight only the acknowledged state is right.
        assertThat(seat.check(new SeatApi.Seat(7, 6, "V0003"))).isEqualTo(SeatLedger.Outcome.NEITHER);
        assertThat(seat.check(new SeatApi.Seat(7, 5, "V0002"))).isEqualTo(SeatLedger.Outcome.KEPT);
    }

    @Test
    void an_edit_that_never_left_is_not_in_flight() {
        SeatLedger seat = new SeatLedger(new SeatApi.Seat(7, 3, null));
        seat.sending("V0001");
        seat.notSent();

        assertThat(seat.inFlight()).isFalse();
        assertThat(seat.check(new SeatApi.Seat(7, 4, "V0001"))).isEqualTo(SeatLedger.Outcome.NEITHER);
    }

    @Test
    void the_report_adds_up_the_rounds_and_passes_only_when_nothing_was_lost_half_done_or_refused() {
        DurabilityRun.Round good = round(1, 10, 0, 0, 0, 4);
        DurabilityRun.Report report = new DurabilityRun.Report(List.of(good, round(2, 20, 0, 0, 0, 2),
                round(3, 5, 0, 0, 0, 9)), Duration.ofSeconds(30));

        assertThat(report.acknowledged()).isEqualTo(35);
        assertThat(report.restartMedian()).isEqualTo(Duration.ofSeconds(4));
        assertThat(report.restartMax()).isEqualTo(Duration.ofSeconds(9));
        assertThat(new DurabilityRun.Report(List.of(good, round(2, 1, 0, 0, 0, 5)), Duration.ZERO).restartMedian())
                .isEqualTo(Duration.ofMillis(4500));
        assertThat(report.passed()).isTrue();
        assertThat(new DurabilityRun.Report(List.of(good, round(2, 10, 1, 0, 0, 4)), Duration.ZERO).passed()).isFalse();
        assertThat(new DurabilityRun.Report(List.of(good, round(2, 10, 0, 1, 0, 4)), Duration.ZERO).passed()).isFalse();
        assertThat(new DurabilityRun.Report(List.of(good, round(2, 10, 0, 0, 1, 4)), Duration.ZERO).passed()).isFalse();
    }

    private static DurabilityRun.Round round(int round, int acknowledged, int lost, int neither, int errors,
                                             int restartSeconds) {
        return new DurabilityRun.Round(round, acknowledged, 3, 1, lost, neither, errors, Duration.ofMillis(900),
                Duration.ofSeconds(restartSeconds));
    }
}
