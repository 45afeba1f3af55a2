package org.shouwang.durability;

import org.shouwang.base.LoadAverage;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code durability} command: starts the app's jar as a child process on a fresh data folder with the
 * demo data, and then, round after round, edits seats through the HTTP API, kills the app with SIGKILL at a
 * random moment, restarts it and checks that no acknowledged edit was lost and no seat was left half
 * edited (see {@link DurabilityRun}). It prints a line per round, then the rounds, the edits acknowledged,
 * the edits lost and the restart time. It starts no Spring context itself: it is a client of the app.
 * How to run it and what the figures were: {@code BENCHMARKS.md}, "Durability".
 * <p>
 * A command-line tool: printing the report to standard output is its job.
 */
public final class DurabilityCommand {

    private DurabilityCommand() {
    }

    /**
     * {@code durability [options]}: 0 when nothing was lost (or for {@code --help}), 1 when something was or the
     * app failed, 2 for a bad command line.
     */
    public static int run(String[] args) {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(DurabilityOptions.USAGE);
            return 0;
        }
        DurabilityOptions options;
        Path jar;
        Path dataDir;
        try {
            options = DurabilityOptions.parse(System.getenv(), Arrays.copyOfRange(args, 1, args.length));
            jar = options.jar().orElseGet(DurabilityCommand::ownJar);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no app jar at " + jar);
            }
            dataDir = dataDir(options.dataDir());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.err.println(DurabilityOptions.USAGE);
            return 2;
        }
        PrintStream out = System.out;
        int port = options.port() == 0 ? freePort() : options.port();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toAbsolutePath().toString());
        out.printf(Locale.ROOT, "durability: %d round%s on %s, seed %d, app %s on port %d, data folder %s%n",
                options.rounds(), options.rounds() == 1 ? "" : "s", options.database().label(), options.seed(), jar,
                port, dataDir);
        if (options.database() == DurabilityOptions.Database.POSTGRES) {
            out.println("database: " + options.dbUrl() + " as " + options.dbUser());
        }
        LoadAverage.now().ifPresent(load -> out.println("load average before: " + load));
        DurabilityRun.Report report;
        try {
            report = new DurabilityRun(options, n -> command, dataDir, port, new DurabilityRun.Hooks() { }, out).run();
        } catch (DurabilityRun.Failure | UncheckedIOException e) {
            out.println("durability: " + e.getMessage());
            out.println("the app's logs are in " + dataDir);
            return 1;
        }
        LoadAverage.now().ifPresent(load -> out.println("load average after:  " + load));
        print(out, report);
        if (report.passed() && options.dataDir().isEmpty()) {
            delete(dataDir);
        } else {
            out.println("the app's data and logs are in " + dataDir);
        }
        return report.passed() ? 0 : 1;
    }

    /** The summary: rounds, edits acknowledged and lost, and the restart time. */
    static void print(PrintStream out, DurabilityRun.Report report) {
        out.printf(Locale.ROOT, "rounds %d, edits acknowledged %d, edits lost %d, seats in neither state %d, errors %d%n",
                report.rounds().size(), report.acknowledged(), report.lost(), report.neither(), report.errors());
        out.printf(Locale.ROOT, "edits in flight at a kill %d, of them found done after the restart %d%n",
                report.inFlight(), report.applied());
        out.printf(Locale.ROOT, "restart until the API answers: median %.1f s, max %.1f s (first start %.1f s)%n",
                DurabilityRun.seconds(report.restartMedian()), DurabilityRun.seconds(report.restartMax()),
                DurabilityRun.seconds(report.firstStart()));
        out.println(report.passed() ? "durability: nothing acknowledged was lost"
                : "durability: FAILED, see the rounds above");
    }

    /** The jar this command runs from ({@code java -jar app.jar durability}). */
    private static Path ownJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            return Path.of(classPath);
        }
        throw new IllegalArgumentException("not run from the app's jar: give it with --jar");
    }

    private static Path dataDir(Optional<Path> given) {
        try {
            if (given.isEmpty()) {
                return Files.createTempDirectory("shouwang-durability-");
            }
            Path dir = given.get();
            Files.createDirectories(dir);
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("--data-dir must be new or empty: " + dir);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("no data folder: " + e.getMessage(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port: " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.out.println("the data folder " + dir + " could not be removed: " + e.getMessage());
        }
    }
}
