package org.shouwang.solver.bench;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.DateTimeRange;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.solver.PlanSolver;
import org.shouwang.solver.RosterWeights;
import org.shouwang.solver.SolveOptions;
import org.shouwang.solver.SolveOutcome;
import org.shouwang.solver.baseline.GreedyRoster;
import org.shouwang.solver.bound.MaxFlowBound;
import org.shouwang.solver.check.RosterChecker;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@code benchmark} command: solves problems of three generated sizes and the three example
 * problems, and prints per problem the seats, the max-flow bound on fillable seats, and for the greedy
 * baseline and the solver the seats filled, hard violations (by the independent checker), hours spread,
 * and for the solver how fast it got there and the average distinct teammates per volunteer; with
 * {@code --stable-teams W} the solver runs with that stable-teams weight. Several weights
 * ({@code --stable-teams 0,5}) and {@code --repeat R} run each problem R times with each weight in turn
 * (interleaved, so a change in the machine's load hits all weights alike), after {@code --warmup N}
 * rounds that do not count, and end with the medians per weight; {@code --calculations N} gives every
 * solve the same fixed budget of score calculations (a re-plan then starts from the same roster with the
 * same sick volunteers on any machine); {@code --sick-seed N} makes other volunteers sick in the re-plans.
 * What the figures mean: {@code BENCHMARKS.md}.
 * <p>
 * A command-line tool: printing the table to standard output is its job.
 */
public final class BenchmarkCommand {

    static final int DEFAULT_SECONDS = 30;

    /** The problems in the order they run; the generated ones have fixed seeds so every run sees the same. */
    static final List<Problem> PROBLEMS = List.of(
            new Problem("S", () -> CommunityGenerator.sized(1, 11, 60, 7)),
            new Problem("M", () -> CommunityGenerator.sized(2, 7, 230, 14)),
            // The issue's large problem: three gates at every compound, ~12,000 seats, more than 300 people can fill.
            new Problem("L", () -> CommunityGenerator.sized(3, 15, 300, 28, 3)),
            // The same people with the gates fitted to them: every seat can be filled.
            new Problem("Lfit", () -> CommunityGenerator.sized(3, 15, 300, 28)),
            new Problem("tiny", () -> example("tiny")),
            new Problem("small", () -> example("small")),
            new Problem("medium", () -> example("medium")));

    /**
     * The re-plan family: each solves a problem afresh, pins the roster's first {@value #PINNED_DAYS} dates,
     * makes some volunteers who hold duties after them unavailable for some dates (a fixed seed picks
     * them), and solves again from that roster.
     */
    static final List<Replan> REPLANS = List.of(
            new Replan("S-replan", PROBLEMS.get(0), 2, 3),
            new Replan("M-replan", PROBLEMS.get(1), 5, 5),
            new Replan("L-replan", PROBLEMS.get(2), 10, 3),
            new Replan("medium-replan", PROBLEMS.get(6), 3, 3));

    /** The dates at the start of the horizon that a re-plan keeps as they are. */
    static final int PINNED_DAYS = 2;

    /** The seed that picks who falls sick. */
    static final long SICK_SEED = 20200205;

    private BenchmarkCommand() {
    }

    record Problem(String name, Supplier<PlanDocument> document) {
    }

    /** A re-plan of {@code problem} after {@code sick} volunteers fall sick for {@code days} dates. */
    record Replan(String name, Problem problem, int sick, int days) {
    }

    /**
     * One re-plan's figures.
     *
     * @param freshFilled seats the fresh solve filled, before the sickness
     * @param afreshFilled seats a solve of the problem after the sickness filled, its pins kept and nothing
     *                     else given: what the volunteers left can fill when nobody's duty need be kept
     * @param feasibleSeconds seconds to the first best roster with 0 hard (the checker's count is {@code hard})
     * @param filledSeconds   seconds to the first feasible best roster filling as many seats as the final one
     */
    record ReplanRow(String name, int seats, int freshFilled, int afreshFilled, int forced, int changed, int filled,
                     int hard,
                     double feasibleSeconds, double filledSeconds, long scoreCalculationsPerSecond,
                     double cpuShare) {
    }

    /**
     * One roster's figures; the timing fields are {@code NaN} or 0 for the greedy baseline.
     *
     * @param cpuShare the share of the solve's wall time the solving thread was on a processor: below 1
     *                 when other work competed for the cores, which slows every timing here
     */
    record Figures(int filled, int hardViolations, double hoursSpread, double teammates, double seconds,
                   double firstFeasibleSeconds, double reachedGreedySeconds, double finalFillSeconds,
                   long scoreCalculationsPerSecond, double cpuShare, double calculationsPerCpuSecond) {
    }

    /** @param teams the stable-teams weight the solver ran with */
    record Row(String name, int seats, int bound, int teams, Figures greedy, Figures solver) {
    }

    /** @return the process exit code: 0 when every problem ran, 2 for bad arguments */
    public static int run(String[] args) {
        int seconds = DEFAULT_SECONDS;
        List<Integer> teamWeights = new ArrayList<>(List.of(0));
        int repeat = 1;
        int warmup = 0;
        Long calculations = null;
        long sickSeed = SICK_SEED;
        Set<String> only = new LinkedHashSet<>();
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--only" -> only.addAll(List.of(args[++i].split(",")));
                    case "--stable-teams" -> {
                        teamWeights.clear();
                        for (String weight : args[++i].split(",")) {
                            teamWeights.add(Integer.parseInt(weight));
                        }
                    }
                    case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--calculations" -> calculations = Long.parseLong(args[++i]);
                    case "--sick-seed" -> sickSeed = Long.parseLong(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            Set<String> names = new LinkedHashSet<>();
            PROBLEMS.forEach(problem -> names.add(problem.name()));
            REPLANS.forEach(replan -> names.add(replan.name()));
            if (!names.containsAll(only)) {
                throw new IllegalArgumentException("--only takes some of " + String.join(",", names));
            }
            if (seconds <= 0) {
                throw new IllegalArgumentException("--seconds must be positive");
            }
            if (teamWeights.stream().anyMatch(weight -> weight < 0)) {
                throw new IllegalArgumentException("--stable-teams must not be negative");
            }
            if (repeat <= 0) {
                throw new IllegalArgumentException("--repeat must be positive");
            }
            if (warmup < 0) {
                throw new IllegalArgumentException("--warmup must not be negative");
            }
            if (calculations != null && calculations <= 0) {
                throw new IllegalArgumentException("--calculations must be positive");
            }
        } catch (RuntimeException e) {
            System.err.println("benchmark: " + e.getMessage());
            System.err.println("usage: benchmark [--seconds N] [--calculations N] [--sick-seed N] [--stable-teams W[,W...]] [--repeat R]"
                    + " [--warmup N] [--only S,M,L,Lfit,tiny,small,medium,S-replan,M-replan,L-replan,medium-replan]");
            return 2;
        }

        // The solver logs at INFO without Spring's configuration: keep the table readable, unless told otherwise.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-solve.xml");
        }
        PrintStream out = System.out;
        out.printf(Locale.ROOT,
                "Shouwang benchmark: %d s per problem%s, stable-teams weight %s, %d run(s) each, %d cores, Java %s,"
                        + " load average %.1f%n",
                seconds, calculations == null ? "" : " or " + calculations + " score calculations",
                teamWeights.stream().map(String::valueOf).collect(Collectors.joining(",")), repeat,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
        List<Row> rows = new ArrayList<>();
        if (only.isEmpty() || PROBLEMS.stream().anyMatch(problem -> only.contains(problem.name()))) {
            out.println(header());
        }
        for (int run = -warmup; run < repeat; run++) {
            // Every other round runs the weights backwards (ABBA), so a load that rises or falls during
            // the benchmark, or a JIT that is still warming up, favours none of them.
            List<Integer> order = new ArrayList<>(teamWeights);
            if (Math.floorMod(run, 2) == 1) {
                Collections.reverse(order);
            }
            for (Problem problem : PROBLEMS) {
                if (only.isEmpty() || only.contains(problem.name())) {
                    for (int teams : order) {
                        Row row = measure(problem, Duration.ofSeconds(seconds), calculations,
                                RosterWeights.DEFAULT.withTeams(teams));
                        if (run >= 0) {
                            rows.add(row);
                        }
                        out.println(format(row) + (run < 0 ? "  (warm-up)" : ""));
                    }
                }
            }
        }
        if (repeat > 1 || teamWeights.size() > 1) {
            out.println(mediansHeader());
            medians(rows).forEach(line -> out.println(line));
        }
        if (only.isEmpty() || REPLANS.stream().anyMatch(replan -> only.contains(replan.name()))) {
            out.println(replanHeader());
        }
        for (Replan replan : REPLANS) {
            if (only.isEmpty() || only.contains(replan.name())) {
                out.println(format(measure(replan, Duration.ofSeconds(seconds), calculations, sickSeed)));
            }
        }
        out.printf(Locale.ROOT, "load average at the end: %.1f%n", loadAverage());
        return 0;
    }

    /** The system's load average over the last minute: above the core count, the timings are not the solver's own. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static Row measure(Problem problem, Duration limit, Long calculations, RosterWeights weights) {
        PlanDocument document = problem.document().get();
        RosterChecker checker = new RosterChecker();
        int seats = Shifts.expand(document).stream().mapToInt(ShiftDef::headcount).sum();
        int bound = MaxFlowBound.of(document);

        long started = System.nanoTime();
        PlanDocument greedy = GreedyRoster.solve(document);
        double greedySeconds = (System.nanoTime() - started) / 1e9;
        int greedyFilled = filled(greedy);
        Figures greedyFigures = new Figures(greedyFilled, checker.check(document, greedy).size(),
                hoursSpread(greedy), teammates(greedy), greedySeconds, Double.NaN, Double.NaN, Double.NaN, 0,
                Double.NaN, Double.NaN);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long wallStarted = System.nanoTime();
        AtomicLong firstFeasible = new AtomicLong(-1);
        AtomicLong reachedGreedy = new AtomicLong(-1);
        Map<Integer, Long> firstFeasibleWithFilled = new HashMap<>();
        SolveOutcome outcome = new PlanSolver().solve(document, SolveOptions.of(limit).withCalculationLimit(calculations)
                .withWeights(weights).withProgress(progress -> {
                    if (progress.score().isFeasible()) {
                        firstFeasible.compareAndSet(-1, progress.elapsed().toMillis());
                        firstFeasibleWithFilled.putIfAbsent(progress.filled(), progress.elapsed().toMillis());
                        if (progress.filled() >= greedyFilled) {
                            reachedGreedy.compareAndSet(-1, progress.elapsed().toMillis());
                        }
                    }
                }));
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStarted;
        double cpuShare = (double) cpuNanos / (System.nanoTime() - wallStarted);
        PlanDocument solved = outcome.document();
        Figures solverFigures = new Figures(filled(solved), checker.check(document, solved).size(),
                hoursSpread(solved), teammates(solved), outcome.summary().solveSeconds(), seconds(firstFeasible.get()),
                seconds(reachedGreedy.get()), seconds(firstFeasibleWithFilled.getOrDefault(filled(solved), -1L)),
                outcome.scoreCalculationSpeed(), cpuShare, outcome.scoreCalculationCount() / (cpuNanos / 1e9));
        return new Row(problem.name(), seats, bound, weights.teams(), greedyFigures, solverFigures);
    }

    /**
     * Solves the problem afresh, then re-plans it after the sickness, then solves the problem after the
     * sickness afresh (its pins kept, nothing else given) for comparison; every solve gets the same limits.
     */
    static ReplanRow measure(Replan replan, Duration limit, Long calculations, long sickSeed) {
        PlanDocument document = replan.problem().document().get();
        SolveOptions options = SolveOptions.of(limit).withCalculationLimit(calculations);
        PlanDocument fresh = new PlanSolver().solve(document, options).document();
        PlanDocument input = replanProblem(fresh, replan.sick(), replan.days(), sickSeed);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long wallStarted = System.nanoTime();
        AtomicLong firstFeasible = new AtomicLong(-1);
        Map<Integer, Long> firstFeasibleWithFilled = new HashMap<>();
        SolveOutcome outcome = new PlanSolver().solve(input, options
                .withProgress(progress -> {
                    if (progress.score().isFeasible()) {
                        firstFeasible.compareAndSet(-1, progress.elapsed().toMillis());
                        firstFeasibleWithFilled.putIfAbsent(progress.filled(), progress.elapsed().toMillis());
                    }
                }));
        double cpuShare = (double) (threads.getCurrentThreadCpuTime() - cpuStarted) / (System.nanoTime() - wallStarted);
        PlanDocument.Summary summary = outcome.summary();
        PlanDocument pinsOnly = input.withAssignments(
                input.assignments().stream().filter(AssignmentDef::pinned).toList(), null);
        int afresh = new PlanSolver().solve(pinsOnly, options).summary().filled();
        return new ReplanRow(replan.name(), summary.seats(), filled(fresh), afresh, summary.forced(), summary.changed(),
                summary.filled(), new RosterChecker().check(input, outcome.document()).size(),
                seconds(firstFeasible.get()), seconds(firstFeasibleWithFilled.getOrDefault(summary.filled(), -1L)),
                outcome.scoreCalculationSpeed(), cpuShare);
    }

    /**
     * The input of a re-plan: the solved roster with its first {@value #PINNED_DAYS} dates pinned and the
     * rest given (unpinned), and {@code sick} volunteers, picked at random among those holding a duty in
     * the {@code days} dates after the pinned ones, unavailable for those dates (from midnight to midnight).
     */
    static PlanDocument replanProblem(PlanDocument solved, int sick, int days, long seed) {
        LocalDate pinnedUntil = solved.horizon().from().plusDays(PINNED_DAYS);
        LocalDateTime sickFrom = pinnedUntil.atStartOfDay();
        LocalDateTime sickTo = sickFrom.plusDays(days);
        Map<String, LocalDateTime> ends = new HashMap<>();
        Shifts.expand(solved).forEach(shift -> ends.put(shiftKey(shift.post(), shift.start()), shift.end()));
        List<AssignmentDef> assignments = new ArrayList<>();
        Set<String> onDuty = new TreeSet<>();
        // Whoever holds a pinned night shift into the first sick date cannot fall sick then: that duty is kept.
        Set<String> pinnedAcross = new HashSet<>();
        for (AssignmentDef a : solved.assignments()) {
            boolean pinned = a.start().toLocalDate().isBefore(pinnedUntil);
            assignments.add(new AssignmentDef(a.post(), a.start(), a.seat(), a.volunteer(), pinned));
            if (a.volunteer() != null && !pinned && a.start().isBefore(sickTo)) {
                onDuty.add(a.volunteer());
            }
            if (a.volunteer() != null && pinned && ends.get(shiftKey(a.post(), a.start())).isAfter(sickFrom)) {
                pinnedAcross.add(a.volunteer());
            }
        }
        onDuty.removeAll(pinnedAcross);
        List<String> candidates = new ArrayList<>(onDuty);
        Collections.shuffle(candidates, new Random(seed));
        Set<String> sickPeople = new HashSet<>(candidates.subList(0, Math.min(sick, candidates.size())));
        List<VolunteerDef> volunteers = new ArrayList<>();
        for (VolunteerDef v : solved.volunteers()) {
            if (sickPeople.contains(v.code())) {
                List<DateTimeRange> unavailable = new ArrayList<>(v.unavailable());
                unavailable.add(new DateTimeRange(sickFrom, sickTo));
                v = new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), v.home(), v.skills(),
                        v.maxHoursPerWeek(), v.onlyHome(), v.available(), unavailable, v.preferred());
            }
            volunteers.add(v);
        }
        return new PlanDocument(solved.format(), solved.community(), solved.horizon(), solved.rules(),
                solved.compounds(), solved.posts(), solved.demands(), volunteers, assignments, null);
    }

    /**
     * How unevenly the load falls: the population standard deviation, over all volunteers, of each
     * volunteer's hours in the horizon divided by what their weekly maximum allows in it
     * ({@code maxHoursPerWeek × days / 7}). 0 when everyone carries the same share of what they offered.
     */
    static double hoursSpread(PlanDocument roster) {
        Map<String, Double> hoursOfShift = new HashMap<>();
        for (ShiftDef shift : Shifts.expand(roster)) {
            hoursOfShift.put(shiftKey(shift.post(), shift.start()), shift.hours());
        }
        Map<String, Double> hours = new HashMap<>();
        for (AssignmentDef assignment : roster.assignments()) {
            if (assignment.volunteer() != null) {
                hours.merge(assignment.volunteer(), hoursOfShift.get(shiftKey(assignment.post(), assignment.start())),
                        Double::sum);
            }
        }
        double weeks = (roster.horizon().to().toEpochDay() - roster.horizon().from().toEpochDay() + 1) / 7.0;
        List<Double> loads = new ArrayList<>();
        for (VolunteerDef volunteer : roster.volunteers()) {
            if (volunteer.maxHoursPerWeek() > 0) {
                loads.add(hours.getOrDefault(volunteer.code(), 0.0) / (volunteer.maxHoursPerWeek() * weeks));
            }
        }
        double mean = loads.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = loads.stream().mapToDouble(load -> (load - mean) * (load - mean)).average().orElse(0);
        return Math.sqrt(variance);
    }

    /**
     * How far an infection could spread: over the volunteers who hold at least one seat, the average
     * number of distinct other volunteers who share a shift (one post, one start) with them. 0 when no one serves.
     */
    static double teammates(PlanDocument roster) {
        Map<String, Set<String>> crews = new HashMap<>();
        for (AssignmentDef assignment : roster.assignments()) {
            if (assignment.volunteer() != null) {
                crews.computeIfAbsent(shiftKey(assignment.post(), assignment.start()), key -> new HashSet<>())
                        .add(assignment.volunteer());
            }
        }
        Map<String, Set<String>> mates = new HashMap<>();
        for (Set<String> crew : crews.values()) {
            for (String volunteer : crew) {
                Set<String> others = mates.computeIfAbsent(volunteer, key -> new HashSet<>());
                crew.stream().filter(other -> !other.equals(volunteer)).forEach(others::add);
            }
        }
        return mates.values().stream().mapToInt(Set::size).average().orElse(0);
    }

    private static String shiftKey(String post, LocalDateTime start) {
        return post + '@' + start;
    }

    private static int filled(PlanDocument roster) {
        return (int) roster.assignments().stream().map(AssignmentDef::volunteer).filter(Objects::nonNull).count();
    }

    private static double seconds(long millis) {
        return millis < 0 ? Double.NaN : millis / 1000.0;
    }

    private static PlanDocument example(String name) {
        try (InputStream in = BenchmarkCommand.class.getResourceAsStream("/examples/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("example " + name + " is missing from the classpath");
            }
            return PlanJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header() {
        return String.format(Locale.ROOT, "%-7s %6s %6s | %6s %4s %6s %5s | %6s %4s %6s %5s %8s %8s %7s %9s %4s %9s %5s",
                "problem", "seats", "bound", "greedy", "hard", "spread", "mates",
                "solver", "hard", "spread", "mates", "feasible", ">=greedy", "filled@", "calc/s", "cpu", "calc/cpu",
                "teams");
    }

    static String mediansHeader() {
        return String.format(Locale.ROOT, "medians%n%-7s %5s %4s %5s %9s %9s %8s", "problem", "teams", "runs", "mates",
                "calc/s", "calc/cpu", "vs first");
    }

    /**
     * Per problem and stable-teams weight (lowest first): the median teammates, score calculations per
     * second and per processor-second of the solving thread, and how the last differs from the lowest
     * weight's (the cost of the rule when that is 0).
     */
    static List<String> medians(List<Row> rows) {
        Map<String, Map<Integer, List<Row>>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(row.name(), name -> new LinkedHashMap<>())
                .computeIfAbsent(row.teams(), teams -> new ArrayList<>()).add(row));
        groups.replaceAll((name, byTeams) -> new java.util.TreeMap<>(byTeams));
        List<String> lines = new ArrayList<>();
        groups.forEach((name, byTeams) -> {
            double first = Double.NaN;
            for (Map.Entry<Integer, List<Row>> group : byTeams.entrySet()) {
                List<Figures> runs = group.getValue().stream().map(Row::solver).toList();
                double perCpu = median(runs.stream().mapToDouble(Figures::calculationsPerCpuSecond).toArray());
                first = Double.isNaN(first) ? perCpu : first;
                lines.add(String.format(Locale.ROOT, "%-7s %5d %4d %5.1f %9.0f %9.0f %+7.1f%%", name, group.getKey(),
                        runs.size(), median(runs.stream().mapToDouble(Figures::teammates).toArray()),
                        median(runs.stream().mapToDouble(Figures::scoreCalculationsPerSecond).toArray()), perCpu,
                        (perCpu / first - 1) * 100));
            }
        });
        return lines;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static String replanHeader() {
        return String.format(Locale.ROOT, "%-13s %6s %6s %6s | %6s %7s %6s %4s %7s %7s %9s %4s",
                "re-plan", "seats", "fresh", "afresh", "forced", "changed", "filled", "hard", "0hard@", "filled@",
                "calc/s", "cpu");
    }

    static String format(ReplanRow row) {
        return String.format(Locale.ROOT, "%-13s %6d %6d %6d | %6d %7d %6d %4d %6.1fs %6.1fs %9d %3.0f%%",
                row.name(), row.seats(), row.freshFilled(), row.afreshFilled(), row.forced(), row.changed(), row.filled(), row.hard(),
                row.feasibleSeconds(), row.filledSeconds(), row.scoreCalculationsPerSecond(), row.cpuShare() * 100);
    }

    static String format(Row row) {
        return String.format(Locale.ROOT,
                "%-7s %6d %6d | %6d %4d %6.3f %5.1f | %6d %4d %6.3f %5.1f %7.1fs %7.1fs %6.1fs %9d %3.0f%% %9.0f %5d",
                row.name(), row.seats(), row.bound(),
                row.greedy().filled(), row.greedy().hardViolations(), row.greedy().hoursSpread(),
                row.greedy().teammates(),
                row.solver().filled(), row.solver().hardViolations(), row.solver().hoursSpread(),
                row.solver().teammates(),
                row.solver().firstFeasibleSeconds(), row.solver().reachedGreedySeconds(), row.solver().finalFillSeconds(),
                row.solver().scoreCalculationsPerSecond(), row.solver().cpuShare() * 100,
                row.solver().calculationsPerCpuSecond(), row.teams());
    }
}
