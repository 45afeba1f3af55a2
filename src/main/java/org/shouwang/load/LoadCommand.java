package org.shouwang.load;

import org.shouwang.base.LoadAverage;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.plan.demo.CommunityGenerator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The {@code load} command: volunteers at shift change, each on their own phone, against a running app,
 * over Vaadin's own protocol as a browser speaks it (see {@link Journey}). The journeys start evenly
 * spread over the ramp, or all at once with {@code --ramp 0}; the command then prints per step the
 * journeys that got through it, the errors, and the 50th, 95th and 99th percentile of its time.
 * It starts no Spring context: it is a client. How to prepare the app and what the figures were:
 * {@code BENCHMARKS.md}.
 * <p>
 * A command-line tool: printing the report to standard output is its job.
 */
public final class LoadCommand {

    /** Per step, the times and errors of all journeys, and how long the whole run took. */
    public record Report(Map<Step, StepStats> steps, Duration wallTime, int journeys, int completed) {

        public int errors() {
            return steps.values().stream().mapToInt(StepStats::errorCount).sum();
        }
    }

    private LoadCommand() {
    }

    /** {@code load [options]}: 0 when every journey went through, 1 when some failed, 2 for a bad command. */
    public static int run(String[] args) {
        LoadOptions options;
        List<Journey.Login> logins;
        try {
            options = LoadOptions.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
            logins = logins(options);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.err.println(LoadOptions.USAGE);
            return 2;
        }
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "load: %d volunteers (%d logins) against %s, %s, remember-me %s, calendar %s%n",
                options.users(), logins.size(), options.url(),
                options.ramp().isZero() ? "all at once" : "ramp " + options.ramp().toSeconds() + " s",
                options.backTogether() ? "on, all back at once" : options.rememberMe() ? "on" : "off", options.calendar() ? "on" : "off");
        LoadAverage.now().ifPresent(load -> out.println("load average before: " + load));
        Report report = run(options, logins);
        LoadAverage.now().ifPresent(load -> out.println("load average after:  " + load));
        print(out, report);
        return report.errors() == 0 ? 0 : 1;
    }

    /**
     * Runs the journeys: the i-th starts at i × ramp / users (all together for no ramp), with the i-th
     * login (round again when there are fewer logins than users), and waits for all of them.
     */
    public static Report run(LoadOptions options, List<Journey.Login> logins) {
        if (logins.isEmpty()) {
            throw new IllegalArgumentException("nobody to sign in");
        }
        Map<Step, StepStats> stats = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            stats.put(step, new StepStats());
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger completed = new AtomicInteger();
        CountDownLatch backTogether = options.backTogether() ? new CountDownLatch(options.users()) : null;
        List<Thread> threads = new ArrayList<>();
        long rampMillis = options.ramp().toMillis();
        for (int i = 0; i < options.users(); i++) {
            Journey.Login login = logins.get(i % logins.size());
            long delay = rampMillis * i / options.users();
            Journey journey = new Journey(new Browser(http, options.url(), options.timeout(), options.language()),
                    new Browser(http, options.url(), options.timeout(), options.language()), login, options, stats,
                    backTogether);
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (journey.run()) {
                    completed.incrementAndGet();
                }
            }, "volunteer-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Report(stats, Duration.ofNanos(System.nanoTime() - start), options.users(), completed.get());
    }

    /** The report: a line per step that ran, then the errors by kind. */
    static void print(PrintStream out, Report report) {
        int width = java.util.Arrays.stream(Step.values()).mapToInt(step -> step.label().length()).max().orElse(4);
        String header = "%-" + width + "s %6s %7s %8s %8s %8s %8s%n";
        String row = "%-" + width + "s %6d %7d %8d %8d %8d %8d%n";
        out.printf(Locale.ROOT, header, "step", "done", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (Map.Entry<Step, StepStats> entry : report.steps().entrySet()) {
            StepStats step = entry.getValue();
            if (step.count() + step.errorCount() == 0) {
                continue;
            }
            out.printf(Locale.ROOT, row, entry.getKey().label(), step.count(),
                    step.errorCount(), step.percentile(50), step.percentile(95), step.percentile(99), step.max());
        }
        out.printf(Locale.ROOT, "%d of %d journeys completed, %d errors, in %.1f s%n", report.completed(),
                report.journeys(), report.errors(), report.wallTime().toMillis() / 1000.0);
        report.steps().forEach((step, stats) -> stats.errors().forEach((kind, count) ->
                out.printf(Locale.ROOT, "  error in %s: %d × %s%n", step.label(), count, kind)));
    }

    /** Who signs in: the users file's lines, or the volunteers of the demo data with the one password. */
    static List<Journey.Login> logins(LoadOptions options) {
        if (options.usersFile().isPresent()) {
            return fromFile(options.usersFile().get(), options.password());
        }
        return demoVolunteers().stream().map(phone -> new Journey.Login(phone, options.password())).toList();
    }

    static List<Journey.Login> fromFile(Path file, String defaultPassword) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<Journey.Login> logins = lines.map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> {
                        String[] parts = line.split(",", 2);
                        return new Journey.Login(parts[0].strip(), parts.length > 1 ? parts[1].strip() : defaultPassword);
                    })
                    .toList();
            if (logins.isEmpty()) {
                throw new IllegalArgumentException(file + " names nobody");
            }
            return logins;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The usernames (phone numbers) of the demo data's volunteers that have an account with the demo
     * data's load-test logins ({@code SHOUWANG_DEMO_LOGINS=all}): everyone with a phone but the
     * committee members, of both communities. The generator is seeded, so they are the same every time.
     */
    static List<String> demoVolunteers() {
        List<String> phones = new ArrayList<>();
        for (PlanDocument community : List.of(CommunityGenerator.upstream(), CommunityGenerator.jinguanyi())) {
            for (PlanDocument.VolunteerDef volunteer : community.volunteers()) {
                if (volunteer.role() != VolunteerRole.COMMITTEE && volunteer.phone() != null && !volunteer.phone().isBlank()) {
                    phones.add(volunteer.phone().replaceAll("[ -]", ""));
                }
            }
        }
        return phones;
    }
}
