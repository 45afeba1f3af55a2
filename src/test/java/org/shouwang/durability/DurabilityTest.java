package org.shouwang.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.shouwang.TestPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The short durability run of {@code ./mvnw verify}: three rounds of seat edits, SIGKILL and restart, on H2
 * in a file and on PostgreSQL, as {@code durability --rounds 3} runs them. The app is started from the
 * test classpath (the jar exists only after {@code package}), through {@link SolvingApp}, which is the app
 * plus a solve on request: in the last round a solve of the other demo community runs when the kill comes,
 * and after the restart its draft must be as it was before the solve.
 * <p>
 * Each run starts the app four times (the first start makes the demo data), which is most of its time. The
 * children start as fast as they can: with the client compiler only (all a few hundred edits need), and in
 * Vaadin's production mode, as the production jar runs, which skips the development bundle's checks (the
 * API needs no pages; the test classpath has no production bundle).
 */
class DurabilityTest {

    private static final int ROUNDS = 3;
    /** The round whose kill hits the solve: the app of the restart before it solves. */
    private static final int SOLVE_ROUND = ROUNDS;

    /** The app's data and its logs (app-0.log, app-1.log, ...), kept when the test fails. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void on_h2_no_acknowledged_edit_is_lost_and_a_killed_solve_leaves_the_draft_as_it_was() {
        assertDurable(options(DurabilityOptions.Database.H2, null, "", ""));
    }

    @Test
    void on_postgresql_no_acknowledged_edit_is_lost_and_a_killed_solve_leaves_the_draft_as_it_was() {
        assertDurable(options(DurabilityOptions.Database.POSTGRES, TestPostgres.jdbcUrl("durability"),
                TestPostgres.USER, TestPostgres.PASSWORD));
    }

    private void assertDurable(DurabilityOptions options) {
        SolveKill solveKill = new SolveKill();

        DurabilityRun.Report report = new DurabilityRun(options, this::commandLine, dataDir, freePort(), solveKill,
                System.out).run();

        DurabilityCommand.print(System.out, report);
        assertThat(report.rounds()).hasSize(ROUNDS);
        assertThat(report.acknowledged()).as("edits acknowledged").isPositive();
        assertThat(report.inFlight()).as("edits in flight at the kills").isPositive();
        assertThat(report.lost()).as("acknowledged edits lost").isZero();
        assertThat(report.neither()).as("seats in neither state").isZero();
        assertThat(report.errors()).as("edits refused").isZero();
        assertThat(solveKill.after).as("the draft after the restart").isEqualTo(solveKill.before);
    }

    /** Starts the solve before the last round and compares the draft after its restart. */
    private final class SolveKill implements DurabilityRun.Hooks {

        String before;
        String after;

        @Override
        public void beforeBurst(int round, Path log) {
            if (round == SOLVE_ROUND) {
                awaitLine(log, SolvingApp.SOLVING);
                before = awaitLine(log, SolvingApp.BEFORE_SOLVE).substring(SolvingApp.BEFORE_SOLVE.length());
            }
        }

        @Override
        public void afterCheck(int round, Path log) {
            if (round == SOLVE_ROUND) {
                Path solvingLog = log.resolveSibling("app-" + (SOLVE_ROUND - 1) + ".log");
                assertThat(line(solvingLog, SolvingApp.ENDED)).as("the solve ended before the kill").isEmpty();
                after = awaitLine(log, SolvingApp.DRAFT).substring(SolvingApp.DRAFT.length());
            }
        }
    }

    /** The app from the test classpath; the start before the solve round also solves. */
    private List<String> commandLine(int start) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dvaadin.productionMode=true", "-cp", System.getProperty("java.class.path")));
        if (start == SOLVE_ROUND - 1) {
            command.add("-Ddurability.solve=true");
        }
        command.add(SolvingApp.class.getName());
        // The solve must still run when the kill comes.
        command.add("--optaplanner.solver.termination.spent-limit=10m");
        command.add("--optaplanner.solver.termination.unimproved-spent-limit=10m");
        return command;
    }

    private DurabilityOptions options(DurabilityOptions.Database database, String url, String user, String password) {
        return new DurabilityOptions(ROUNDS, database, url, user, password, Optional.empty(), Optional.of(dataDir), 0,
                11, 24, 3, Duration.ofMillis(1500), Duration.ofMinutes(5));
    }

    private static String awaitLine(Path log, String start) {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> line(log, start), Optional::isPresent).orElseThrow();
    }

    private static Optional<String> line(Path log, String start) {
        try {
            return Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream().filter(l -> l.startsWith(start)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
