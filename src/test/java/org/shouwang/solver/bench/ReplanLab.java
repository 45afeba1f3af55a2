package org.shouwang.solver.bench;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanJson;
import org.shouwang.solver.Person;
import org.shouwang.solver.PlanSolver;
import org.shouwang.solver.RosterModel;
import org.shouwang.solver.RosterSolution;
import org.shouwang.solver.RosterWeights;
import org.shouwang.solver.Seat;
import org.shouwang.solver.Shift;
import org.shouwang.solver.SolveOptions;
import org.shouwang.solver.SolveOutcome;
import org.shouwang.solver.check.RosterChecker;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A tool for studying re-plans by hand, not a test: makes a benchmark re-plan problem reproducibly, re-plans a
 * saved one, and writes a re-plan problem as a mixed-integer program (CPLEX LP format, for any MIP solver)
 * whose optimum is the most seats any roster keeping every hard rule and the pins can fill, and among those
 * the fewest changed given seats.
 * <pre>
 * ReplanLab make medium 3 3 20200205 300000 fresh.json sick.json   (fresh solve stopped at 300,000 calculations)
 * ReplanLab replan sick.json 10 [calculations]                     (re-plan; prints forced, changed, filled, hard)
 * ReplanLab freshSick sick.json 10                                 (the sick problem solved afresh, pins kept)
 * ReplanLab lp sick.json out.lp                                    (max filled, then min changed)
 * ReplanLab steps roster.json out.lp N                             (N seats filled, fewest seats changed)
 * ReplanLab read sick.json solution.txt                            (figures of a CBC solution, changed seats)
 * ReplanLab bound sick.json                                        (the max-flow bound)
 * </pre>
 */
public final class ReplanLab {

    /** Weight of a filled seat over a kept given seat in the program's objective: fill first. */
    private static final int FILL = 10_000;

    private ReplanLab() {
    }

    public static void main(String[] args) throws IOException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-solve.xml");
        }
        switch (args[0]) {
            case "make" -> make(args);
            case "replan" -> replan(read(args[1]), Integer.parseInt(args[2]),
                    args.length > 3 ? Long.parseLong(args[3]) : null, args.length > 4 ? args[4] : null);
            case "freshSick" -> replan(withoutGiven(read(args[1])), Integer.parseInt(args[2]),
                    args.length > 3 ? Long.parseLong(args[3]) : null, args.length > 4 ? args[4] : null);
            case "bound" -> System.out.println("bound " + org.shouwang.solver.bound.MaxFlowBound.of(read(args[1])));
            case "lp" -> lp(read(args[1]), Path.of(args[2]), null);
            case "steps" -> lp(read(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "read" -> readSolution(read(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void make(String[] args) throws IOException {
        BenchmarkCommand.Problem problem = BenchmarkCommand.PROBLEMS.stream()
                .filter(p -> p.name().equals(args[1])).findFirst().orElseThrow();
        PlanDocument document = problem.document().get();
        SolveOptions options = SolveOptions.calculations(Long.parseLong(args[5]), Duration.ofMinutes(30));
        Path freshFile = Path.of(args[6]);
        PlanDocument fresh = Files.exists(freshFile) ? read(args[6]) : new PlanSolver().solve(document, options).document();
        PlanDocument sick = BenchmarkCommand.replanProblem(fresh, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Long.parseLong(args[4]));
        Files.writeString(Path.of(args[6]), PlanJson.write(fresh));
        Files.writeString(Path.of(args[7]), PlanJson.write(sick));
        System.out.println("fresh filled " + filled(fresh));
    }

    private static void replan(PlanDocument input, int seconds, Long calculations, String out) throws IOException {
        long started = System.nanoTime();
        SolveOutcome outcome = new PlanSolver().solve(input,
                SolveOptions.of(Duration.ofSeconds(seconds)).withCalculationLimit(calculations));
        int hard = new RosterChecker().check(input, outcome.document()).size();
        System.out.printf(Locale.ROOT, "forced %d changed %d filled %d hard %d (%.1f s)%n",
                outcome.summary().forced(), outcome.summary().changed(), outcome.summary().filled(), hard,
                (System.nanoTime() - started) / 1e9);
        if (out != null) {
            // As a re-plan's input: the pins kept, the rest of the result given (unpinned).
            Files.writeString(Path.of(out), PlanJson.write(outcome.document().withAssignments(
                    outcome.document().assignments(), null)));
        }
    }

    /** The problem with its pinned assignments only: what a fresh solve of the sick problem starts from. */
    private static PlanDocument withoutGiven(PlanDocument input) {
        List<AssignmentDef> pinned = input.assignments().stream().filter(AssignmentDef::pinned).toList();
        return input.withAssignments(pinned, null);
    }

    /**
     * With {@code fillAtLeast}, the program instead fills at least that many seats with the fewest seats
     * whose holder differs from the given roster (a newly filled seat counts, as a step of a chain does).
     */
    private static void lp(PlanDocument input, Path out, Integer fillAtLeast) throws IOException {
        RosterSolution model = RosterModel.startingPoint(input, RosterWeights.DEFAULT);
        Map<Person, Integer> ids = new HashMap<>();
        model.getPeople().forEach(p -> ids.put(p, ids.size()));
        List<String> objective = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<String> binaries = new ArrayList<>();
        // Per person: terms per time window (start,end), per date (with minutes), per week (with minutes).
        Map<Person, Map<Long, List<String>>> windows = new HashMap<>();
        Map<Person, Map<Integer, List<String>>> days = new HashMap<>();
        Map<Person, Map<Integer, List<String>>> weeks = new HashMap<>();
        Map<Long, Shift> windowShift = new HashMap<>();
        int forcedLost = 0;
        List<String> allX = new ArrayList<>();
        for (int s = 0; s < model.getSeats().size(); s++) {
            Seat seat = model.getSeats().get(s);
            List<String> seatTerms = new ArrayList<>();
            List<Person> values = seat.isPinned()
                    ? (seat.getPerson() == null ? List.of() : List.of(seat.getPerson())) : seat.getEligible();
            Person given = seat.getPrevious();
            if (given != null && !values.contains(given)) {
                forcedLost++;
            }
            for (Person p : values) {
                String x = "x" + s + "_" + ids.get(p);
                binaries.add(x);
                seatTerms.add(x);
                if (seat.isPinned()) {
                    fixed.add(x + " = 1");
                }
                if (fillAtLeast == null) {
                    objective.add((FILL + (p == given ? 1 : 0)) + " " + x);
                } else if (!seat.isPinned() && (given == null || p == given)) {
                    objective.add((given == null ? "- " : "+ ") + x);
                }
                allX.add(x);
                Shift shift = seat.getShift();
                long window = (long) shift.getStart() << 32 | shift.getEnd();
                windowShift.put(window, shift);
                windows.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(window, k -> new ArrayList<>()).add(x);
                days.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(shift.getDay(), k -> new ArrayList<>())
                        .add(shift.getMinutes() + " " + x);
                weeks.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(shift.getWeek(), k -> new ArrayList<>())
                        .add(shift.getMinutes() + " " + x);
            }
            if (seatTerms.size() > 1) {
                constraints.add(String.join(" + ", seatTerms) + " <= 1");
            }
        }
        for (Person p : model.getPeople()) {
            int id = ids.get(p);
            Map<Long, List<String>> byWindow = windows.getOrDefault(p, Map.of());
            List<Long> keys = new ArrayList<>(byWindow.keySet());
            for (long w : keys) {
                if (byWindow.get(w).size() > 1) {
                    constraints.add(String.join(" + ", byWindow.get(w)) + " <= 1");
                }
            }
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    Shift a = windowShift.get(keys.get(i));
                    Shift b = windowShift.get(keys.get(j));
                    int gap = a.getStart() <= b.getStart() ? b.getStart() - a.getEnd() : a.getStart() - b.getEnd();
                    if (gap < 0 || gap > 0 && gap < p.getRestMinutes()) {
                        List<String> terms = new ArrayList<>(byWindow.get(keys.get(i)));
                        terms.addAll(byWindow.get(keys.get(j)));
                        constraints.add(String.join(" + ", terms) + " <= 1");
                    }
                }
            }
            for (List<String> terms : days.getOrDefault(p, Map.of()).values()) {
                constraints.add(String.join(" + ", terms) + " <= " + p.getMaxDayMinutes());
            }
            for (List<String> terms : weeks.getOrDefault(p, Map.of()).values()) {
                constraints.add(String.join(" + ", terms) + " <= " + p.getMaxWeekMinutes());
            }
            // Consecutive dates: y(p,d) is 1 on a date worked; any max+1 dates in a row hold at most max.
            Map<Integer, List<String>> dayTerms = days.getOrDefault(p, Map.of());
            for (Map.Entry<Integer, List<String>> day : dayTerms.entrySet()) {
                String y = "y" + id + "_" + day.getKey();
                binaries.add(y);
                for (String term : day.getValue()) {
                    constraints.add(term.substring(term.indexOf(' ') + 1) + " - " + y + " <= 0");
                }
            }
            int max = p.getMaxConsecutiveDays();
            for (int first : dayTerms.keySet()) {
                List<String> run = new ArrayList<>();
                for (int d = first; d <= first + max; d++) {
                    if (dayTerms.containsKey(d)) {
                        run.add("y" + id + "_" + d);
                    }
                }
                if (run.size() > max) {
                    constraints.add(String.join(" + ", run) + " <= " + max);
                }
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("Maximize");
            w.println(" obj: " + (fillAtLeast == null ? String.join(" + ", objective)
                    : String.join(" ", objective).replaceFirst("^\\+ ", "")));
            w.println("Subject To");
            int c = 0;
            for (String constraint : constraints) {
                w.println(" c" + c++ + ": " + constraint);
            }
            if (fillAtLeast != null) {
                w.println(" fill: " + String.join(" + ", allX) + " >= " + fillAtLeast);
            }
            for (String constraint : fixed) {
                w.println(" c" + c++ + ": " + constraint);
            }
            w.println("Binary");
            binaries.forEach(b -> w.println(" " + b));
            w.println("End");
        }
        long given = model.getSeats().stream().filter(seat -> seat.getPrevious() != null).count();
        System.out.printf(Locale.ROOT, "seats %d, given %d, forced %d (given volunteer no longer a value: %d),"
                        + " variables %d, constraints %d%n", model.getSeats().size(), given,
                model.getSeats().stream().filter(Seat::isForced).count(), forcedLost, binaries.size(),
                constraints.size() + fixed.size());
        System.out.println("objective = " + FILL + " × filled + kept given seats; changed = given − kept");
    }

    /** Reads CBC's solution file and prints filled and changed. */
    private static void readSolution(PlanDocument input, Path solution) throws IOException {
        RosterSolution model = RosterModel.startingPoint(input, RosterWeights.DEFAULT);
        Map<Integer, Integer> seatPerson = new LinkedHashMap<>();
        for (String line : Files.readAllLines(solution)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && parts[1].startsWith("x") && Double.parseDouble(parts[2]) > 0.5) {
                String[] sp = parts[1].substring(1).split("_");
                seatPerson.put(Integer.parseInt(sp[0]), Integer.parseInt(sp[1]));
            }
        }
        int changed = 0;
        int given = 0;
        for (int s = 0; s < model.getSeats().size(); s++) {
            Seat seat = model.getSeats().get(s);
            if (seat.getPrevious() == null && !seat.isPinned() && seatPerson.containsKey(s)) {
                System.out.printf(Locale.ROOT, "  %-34s - -> %s  (%d eligible, empty before)%n", seat.getId(),
                        model.getPeople().get(seatPerson.get(s)), seat.getEligible().size());
            }
            if (seat.getPrevious() != null) {
                given++;
                Integer p = seatPerson.get(s);
                if (p == null || !model.getPeople().get(p).equals(seat.getPrevious())) {
                    changed++;
                    System.out.printf(Locale.ROOT, "  %-34s %s -> %s  (%d eligible)%n", seat.getId(),
                            seat.getPrevious(), p == null ? "-" : model.getPeople().get(p), seat.getEligible().size());
                }
            }
        }
        System.out.printf(Locale.ROOT, "filled %d, given %d, changed %d%n", seatPerson.size(), given, changed);
    }

    private static PlanDocument read(String file) throws IOException {
        return PlanJson.read(Files.readString(Path.of(file)));
    }

    private static int filled(PlanDocument roster) {
        return (int) roster.assignments().stream().map(AssignmentDef::volunteer).filter(Objects::nonNull).count();
    }
}
