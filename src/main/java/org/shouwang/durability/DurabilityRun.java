package org.shouwang.durability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The durability benchmark itself: starts the app on an empty database with the demo data, then in each
 * round sends a burst of seat edits through the HTTP API, kills the app with SIGKILL at a random moment,
 * restarts it, and reads every seat it edited back: each acknowledged edit must be there, and a seat whose
 * edit was in flight must be in its old state or its new one, never anything else.
 */
public final class DurabilityRun {

    /** The community of the benchmark's token: the first demo community, the first one of an empty database. */
    static final long COMMUNITY = 1;

    /** Hooks for a test: it may do more with the app at these points. Called on the run's thread. */
    public interface Hooks {

        /** Before the edits of a round start; {@code log} is the log of the app now running. */
        default void beforeBurst(int round, Path log) {
        }

        /** After a round's restart has been checked; the app is still running. */
        default void afterCheck(int round, Path log) {
        }
    }

    /**
     * One round.
     *
     * @param acknowledged edits the app acknowledged (2xx)
     * @param inFlight     edits sent but not answered when the app was killed
     * @param applied      of those, the ones found done after the restart
     * @param lost         acknowledged edits missing after the restart (the target: 0)
     * @param neither      seats found in neither their old state nor their new one (the target: 0)
     * @param errors       edits the app refused or did not answer before the kill (the target: 0)
     * @param killedAfter  when the kill came, from the start of the edits
     * @param restart      from starting the app again until its API answered
     */
    public record Round(int round, int acknowledged, int inFlight, int applied, int lost, int neither, int errors,
                        Duration killedAfter, Duration restart) {
    }

    /** All rounds, and how long the first start took (it creates the demo data). */
    public record Report(List<Round> rounds, Duration firstStart) {

        public int acknowledged() {
            return rounds.stream().mapToInt(Round::acknowledged).sum();
        }

        public int lost() {
            return rounds.stream().mapToInt(Round::lost).sum();
        }

        public int neither() {
            return rounds.stream().mapToInt(Round::neither).sum();
        }

        public int inFlight() {
            return rounds.stream().mapToInt(Round::inFlight).sum();
        }

        public int applied() {
            return rounds.stream().mapToInt(Round::applied).sum();
        }

        public int errors() {
            return rounds.stream().mapToInt(Round::errors).sum();
        }

        /** Nothing acknowledged was lost, no seat was half edited, and the app refused nothing. */
        public boolean passed() {
            return lost() == 0 && neither() == 0 && errors() == 0;
        }

        public Duration restartMedian() {
            List<Duration> sorted = rounds.stream().map(Round::restart).sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
        }

        public Duration restartMax() {
            return rounds.stream().map(Round::restart).max(Duration::compareTo).orElse(Duration.ZERO);
        }
    }

    /** The app could not be started, or did not answer as the benchmark needs. */
    public static final class Failure extends RuntimeException {

        Failure(String message) {
            super(message);
        }
    }

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final DurabilityOptions options;
    private final IntFunction<List<String>> commandLine;
    private final Map<String, String> environment;
    private final Path dataDir;
    private final URI community;
    private final String token;
    private final Hooks hooks;
    private final PrintStream out;
    private final Random random;

    /**
     * @param commandLine the command that starts the app the n-th time (0: the first start)
     * @param dataDir     the app's data folder: new or empty
     * @param port        the app's HTTP port
     * @param out         where each round's line goes
     */
    public DurabilityRun(DurabilityOptions options, IntFunction<List<String>> commandLine, Path dataDir, int port,
                         Hooks hooks, PrintStream out) {
        this.options = options;
        this.commandLine = commandLine;
        this.dataDir = dataDir;
        this.community = URI.create("http://localhost:" + port + "/api/v1/communities/" + COMMUNITY);
        this.token = newToken();
        this.environment = environment(options, dataDir, port, sha256(token));
        this.hooks = hooks;
        this.out = out;
        this.random = new Random(options.seed());
    }

    /**
     * The app's settings: the database, a data folder of its own, the port, the demo data with its published
     * week, and the hash of the benchmark's API token (the app makes the token with the demo data; see
     * {@code DemoApiToken} in the app). {@code null} removes a variable the benchmark itself was given.
     */
    static Map<String, String> environment(DurabilityOptions options, Path dataDir, int port, String tokenHash) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SHOUWANG_DATA_DIR", dataDir.toAbsolutePath().toString());
        environment.put("PORT", Integer.toString(port));
        environment.put("SHOUWANG_DEMO_DATA", "true");
        environment.put("SHOUWANG_DEMO_LOAD_TEST", "true");
        environment.put("SHOUWANG_DEMO_API_TOKEN_SHA256", tokenHash);
        boolean postgres = options.database() == DurabilityOptions.Database.POSTGRES;
        environment.put("SHOUWANG_DB_URL", postgres ? options.dbUrl() : null);
        environment.put("SHOUWANG_DB_USER", postgres ? options.dbUser() : null);
        environment.put("SHOUWANG_DB_PASSWORD", postgres ? options.dbPassword() : null);
        return environment;
    }

    /** A token as the app makes them: {@code swk_} and 256 random bits in base64url. */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "swk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the app stores of a token: its SHA-256 in hex. */
    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Runs every round; the app is stopped at the end, whatever happened. */
    public Report run() {
        AppProcess app = start(0);
        try {
            Duration firstStart = awaitReady(app, true);
            Workload work = workload(new SeatApi(community, token, REQUEST_TIMEOUT));
            List<SeatLedger> seats = work.seats();
            out.printf(Locale.ROOT, "first start (creates the demo data): %.1f s; %d seats edited by %d clients%n",
                    seconds(firstStart), seats.size(), options.clients());
            out.printf(Locale.ROOT, "%5s %6s %9s %7s %5s %7s %6s %10s %10s%n", "round", "acked", "in flight",
                    "applied", "lost", "neither", "errors", "killed ms", "restart s");
            List<Round> rounds = new ArrayList<>();
            for (int round = 1; round <= options.rounds(); round++) {
                hooks.beforeBurst(round, app.log());
                Burst burst = burst(app, seats, work.volunteers(), round);
                app = start(round);
                Duration restart = awaitReady(app, false);
                Round result = check(app, seats, burst, round, restart);
                rounds.add(result);
                out.printf(Locale.ROOT, "%5d %6d %9d %7d %5d %7d %6d %10d %10.1f%n", round, result.acknowledged(),
                        result.inFlight(), result.applied(), result.lost(), result.neither(), result.errors(),
                        result.killedAfter().toMillis(), seconds(restart));
                hooks.afterCheck(round, app.log());
            }
            return new Report(rounds, firstStart);
        } finally {
            if (app.alive()) {
                app.stop();
            }
        }
    }

    private AppProcess start(int n) {
        return AppProcess.start(commandLine.apply(n), environment, dataDir.resolve("app-" + n + ".log"));
    }

    /**
     * Waits until the API answers with the published roster: on the first start, also until the demo data
     * has published its week (the web server answers while the demo data is still being made).
     */
    private Duration awaitReady(AppProcess app, boolean first) {
        SeatApi api = new SeatApi(community, token, REQUEST_TIMEOUT);
        LocalDate today = LocalDate.now();
        String last = "no answer";
        while (app.age().compareTo(options.startTimeout()) < 0) {
            if (!app.alive()) {
                throw new Failure("the app stopped while starting; the end of its log " + app.log() + ":"
                        + System.lineSeparator() + app.tail(30));
            }
            try {
                if (!api.published(today.minusDays(1), today.plusDays(8)).isEmpty() || !first) {
                    return app.age();
                }
                last = "a roster without published seats";
            } catch (SeatApi.Refused refused) {
                last = refused.getMessage();
            } catch (IOException e) {
                last = "no answer";
            }
            sleep(POLL);
        }
        app.stop();
        String why = switch (last) {
            case "no answer" -> "the app did not answer";
            case "a roster without published seats" ->
                    "the app had not published the demo data's week (SHOUWANG_DEMO_LOAD_TEST)";
            default -> last.startsWith("HTTP 401") || last.startsWith("HTTP 404")
                    ? "the app does not know the benchmark's token for community " + COMMUNITY + " (" + last + "): the "
                    + "demo data and the token are made only in an empty database"
                    : "the app answered " + last;
        };
        throw new Failure("no start within " + options.startTimeout().toSeconds() + " s: " + why
                + "; the end of its log " + app.log() + ":" + System.lineSeparator() + app.tail(30));
    }

    /** The seats the edits change, and the volunteers they put into them. */
    private record Workload(List<SeatLedger> seats, List<String> volunteers) {
    }

    /**
     * Seats of the published week, chosen at random, as the draft has them now; the volunteers are those
     * of the published week.
     */
    private Workload workload(SeatApi api) {
        LocalDate today = LocalDate.now();
        try {
            List<SeatApi.Seat> published = new ArrayList<>(api.published(today.minusDays(1), today.plusDays(8)));
            List<String> volunteers = List.copyOf(new LinkedHashSet<>(published.stream().map(SeatApi.Seat::volunteer)
                    .filter(v -> v != null).toList()));
            if (volunteers.isEmpty()) {
                throw new Failure("the published week has no volunteers to put into seats");
            }
            Collections.shuffle(published, random);
            List<SeatLedger> seats = new ArrayList<>();
            for (SeatApi.Seat seat : published.subList(0, Math.min(options.seats(), published.size()))) {
                seats.add(new SeatLedger(api.seat(seat.id())));
            }
            return new Workload(seats, volunteers);
        } catch (IOException | SeatApi.Refused e) {
            throw new Failure("the seats cannot be read: " + e.getMessage());
        }
    }

    /** What a burst did: when the kill came, the edits acknowledged, and those refused or unanswered before it. */
    private record Burst(Duration killedAfter, int acknowledged, int errors) {
    }

    /** Edits the seats from several clients at once until the app is killed at a random moment. */
    private Burst burst(AppProcess app, List<SeatLedger> seats, List<String> volunteers, int round) {
        SeatApi api = new SeatApi(community, token, REQUEST_TIMEOUT);
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger acknowledged = new AtomicInteger();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            List<SeatLedger> own = new ArrayList<>();
            for (int i = c; i < seats.size(); i += options.clients()) {
                own.add(seats.get(i));
            }
            Random choices = new Random(options.seed() * 1_000_003L + round * 101L + c);
            Thread client = new Thread(() -> edit(api, own, volunteers, choices, killed, acknowledged, problems),
                    "durability-client-" + c);
            client.setDaemon(true);
            clients.add(client);
        }
        long burstMillis = options.burst().toMillis();
        long killAfter = burstMillis / 10 + (long) (random.nextDouble() * (burstMillis - burstMillis / 10));
        long start = System.nanoTime();
        clients.forEach(Thread::start);
        sleep(Duration.ofMillis(killAfter));
        killed.set(true);
        Duration killedAfter = Duration.ofNanos(System.nanoTime() - start);
        app.kill();
        for (Thread client : clients) {
            try {
                client.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure("interrupted");
            }
        }
        problems.forEach(problem -> out.println("  round " + round + ": " + problem));
        return new Burst(killedAfter, acknowledged.get(), problems.size());
    }

    /**
     * One client: edits its seats in turn, each from its confirmed state to another (a filled seat is
     * emptied or given to someone else, an empty one filled), until the app no longer answers. A seat the
     * app refused is left alone for the rest of the round.
     */
    private static void edit(SeatApi api, List<SeatLedger> seats, List<String> volunteers, Random choices,
                             AtomicBoolean killed, AtomicInteger acknowledged, List<String> problems) {
        List<SeatLedger> open = new ArrayList<>(seats);
        int next = 0;
        while (!open.isEmpty()) {
            SeatLedger seat = open.get(next % open.size());
            String current = seat.confirmed().volunteer();
            String volunteer = current != null && choices.nextBoolean() ? null : other(volunteers, current, choices);
            seat.sending(volunteer);
            try {
                seat.acknowledged(api.assign(seat.id(), seat.confirmed().version(), volunteer));
                acknowledged.incrementAndGet();
                next++;
            } catch (SeatApi.Refused refused) {
                problems.add("seat " + seat.id() + " refused: " + refused.getMessage());
                open.remove(seat);
            } catch (ConnectException e) {
                // Nobody listened: the edit never left.
                seat.notSent();
                if (!killed.get()) {
                    problems.add("seat " + seat.id() + ": the app did not take the connection: " + e.getMessage());
                }
                return;
            } catch (IOException e) {
                if (!killed.get()) {
                    problems.add("seat " + seat.id() + ": no answer before the kill: " + e);
                }
                return;
            }
        }
    }

    private static String other(List<String> volunteers, String current, Random choices) {
        if (volunteers.size() == 1 && volunteers.get(0).equals(current)) {
            return null;
        }
        while (true) {
            String volunteer = volunteers.get(choices.nextInt(volunteers.size()));
            if (!volunteer.equals(current)) {
                return volunteer;
            }
        }
    }

    /** Reads every edited seat back and compares it with what the app acknowledged. */
    private Round check(AppProcess app, List<SeatLedger> seats, Burst burst, int round, Duration restart) {
        SeatApi api = new SeatApi(community, token, REQUEST_TIMEOUT);
        int inFlight = 0;
        int applied = 0;
        int lost = 0;
        int neither = 0;
        for (SeatLedger seat : seats) {
            SeatApi.Seat read;
            try {
                read = api.seat(seat.id());
            } catch (IOException | SeatApi.Refused e) {
                app.stop();
                throw new Failure("seat " + seat.id() + " cannot be read after the restart: " + e.getMessage());
            }
            if (seat.inFlight()) {
                inFlight++;
            }
            switch (seat.check(read)) {
                case KEPT -> { }
                case APPLIED -> applied++;
                case LOST -> {
                    lost += seat.lostEdits(read);
                    out.printf(Locale.ROOT, "  round %d: seat %d lost %d acknowledged edits: %s, acknowledged %s%n",
                            round, seat.id(), seat.lostEdits(read), read, seat.confirmed());
                }
                case NEITHER -> {
                    neither++;
                    out.printf(Locale.ROOT, "  round %d: seat %d in neither state: %s, acknowledged %s%s%n", round,
                            seat.id(), read, seat.confirmed(), seat.inFlight() ? " with an edit in flight" : "");
                }
            }
            seat.restartFrom(read);
        }
        return new Round(round, burst.acknowledged(), inFlight, applied, lost, neither, burst.errors(), burst.killedAfter(),
                restart);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
