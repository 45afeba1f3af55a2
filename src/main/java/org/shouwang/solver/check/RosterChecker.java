package org.shouwang.solver.check;

import org.shouwang.solver.Rule;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.DateTimeRange;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts every broken hard rule of a roster, straight from the plan document. It deliberately shares
 * no code with the solver's constraints, so each can be tested against the other: written plainly,
 * rule by rule, as the format describes them, with no precomputation.
 */
public final class RosterChecker {

    /** Every hard-rule violation of the document's assignments (the pinned rule needs the input: see below). */
    public List<Violation> check(PlanDocument document) {
        Roster roster = new Roster(document);
        List<Violation> violations = new ArrayList<>();
        for (Placed placed : roster.placed) {
            checkSeat(document, placed, violations);
        }
        Map<String, List<Placed>> byVolunteer = new LinkedHashMap<>();
        for (Placed placed : roster.placed) {
            byVolunteer.computeIfAbsent(placed.assignment.volunteer(), code -> new ArrayList<>()).add(placed);
        }
        byVolunteer.forEach((code, list) -> {
            list.sort(Comparator.comparing((Placed p) -> p.shift.start()).thenComparing(p -> p.shift.post())
                    .thenComparingInt(p -> p.assignment.seat()));
            checkPairs(document.rules(), code, list, violations);
            checkDays(document.rules(), code, list, violations);
            checkWeeks(roster.volunteers.get(code), list, violations);
            checkConsecutiveDays(document.rules(), code, list, violations);
        });
        return violations;
    }

    /** The violations of {@code output}, plus each pinned assignment of {@code input} that it changed. */
    public List<Violation> check(PlanDocument input, PlanDocument output) {
        List<Violation> violations = new ArrayList<>(check(output));
        Map<String, AssignmentDef> out = new HashMap<>();
        output.assignments().forEach(a -> out.put(key(a), a));
        for (AssignmentDef pinned : input.assignments()) {
            if (pinned.pinned()) {
                AssignmentDef now = out.get(key(pinned));
                String nowVolunteer = now == null ? null : now.volunteer();
                if (!java.util.Objects.equals(pinned.volunteer(), nowVolunteer)) {
                    violations.add(new Violation(Rule.PINNED_CHANGED, List.of(pinned), pinned.volunteer(),
                            "pinned seat " + describe(pinned) + " changed from " + pinned.volunteer() + " to "
                                    + nowVolunteer));
                }
            }
        }
        return violations;
    }

    /**
     * The hard rules that putting {@code volunteerCode} on {@code seat} would break, the rest of the
     * roster staying as it is (whoever holds the seat now is replaced).
     */
    public List<Violation> whyNot(PlanDocument document, AssignmentDef seat, String volunteerCode) {
        AssignmentDef candidate = new AssignmentDef(seat.post(), seat.start(), seat.seat(), volunteerCode, false);
        List<AssignmentDef> assignments = new ArrayList<>();
        // Only the candidate's own seats can take part in a violation of theirs.
        for (AssignmentDef a : document.assignments()) {
            if (volunteerCode.equals(a.volunteer()) && !key(a).equals(key(candidate))) {
                assignments.add(a);
            }
        }
        assignments.add(candidate);
        return check(document.withAssignments(assignments, null)).stream()
                .filter(v -> v.involves(candidate))
                .toList();
    }

    private static void checkSeat(PlanDocument document, Placed placed, List<Violation> violations) {
        VolunteerDef volunteer = placed.volunteer;
        AssignmentDef a = placed.assignment;
        ShiftDef shift = placed.shift;
        String skill = shift.seatSkills().get(a.seat());
        if (skill != null && !volunteer.skills().contains(skill)) {
            violations.add(new Violation(Rule.MISSING_SKILL, List.of(a), volunteer.code(),
                    volunteer.code() + " lacks skill " + skill + " for " + describe(a)));
        }
        if (!volunteer.available().isEmpty()
                && volunteer.available().stream().noneMatch(w -> insideWindow(w, shift.start(), shift.end()))) {
            violations.add(new Violation(Rule.OUTSIDE_AVAILABILITY, List.of(a), volunteer.code(),
                    volunteer.code() + " is not available for " + describe(a)));
        }
        for (DateTimeRange range : volunteer.unavailable()) {
            if (shift.start().isBefore(range.to()) && range.from().isBefore(shift.end())) {
                violations.add(new Violation(Rule.ON_LEAVE, List.of(a), volunteer.code(),
                        volunteer.code() + " is unavailable " + range.from() + "–" + range.to() + " during " + describe(a)));
                break;
            }
        }
        if (volunteer.onlyHome()) {
            String compound = document.posts().stream().filter(p -> p.code().equals(a.post()))
                    .findFirst().orElseThrow().compound();
            if (!compound.equals(volunteer.home())) {
                violations.add(new Violation(Rule.OUTSIDE_HOME, List.of(a), volunteer.code(),
                        volunteer.code() + " serves only " + volunteer.home() + " but holds " + describe(a)));
            }
        }
    }

    /** Whether [start, end) lies inside an occurrence of the window starting on the shift's date or the day before. */
    private static boolean insideWindow(WeeklyWindow window, LocalDateTime start, LocalDateTime end) {
        for (int back = 0; back <= 1; back++) {
            LocalDate day = start.toLocalDate().minusDays(back);
            if (!window.days().contains(day.getDayOfWeek())) {
                continue;
            }
            LocalDateTime windowStart = LocalDateTime.of(day, window.from());
            LocalDateTime windowEnd = LocalDateTime.of(window.from().isBefore(window.to()) ? day : day.plusDays(1),
                    window.to());
            if (!start.isBefore(windowStart) && !end.isAfter(windowEnd)) {
                return true;
            }
        }
        return false;
    }

    private static void checkPairs(PlanDocument.Rules rules, String code, List<Placed> list,
                                   List<Violation> violations) {
        double minRestMinutes = rules.minRestHours() * 60;
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Placed first = list.get(i);
                Placed second = list.get(j);
                List<AssignmentDef> both = List.of(first.assignment, second.assignment);
                if (first.shift.start().isBefore(second.shift.end()) && second.shift.start().isBefore(first.shift.end())) {
                    violations.add(new Violation(Rule.OVERLAP, both, code,
                            code + " holds " + describe(first.assignment) + " and " + describe(second.assignment)
                                    + " at the same time"));
                    continue;
                }
                // Sorted by start and not overlapping: the first ends before the second starts.
                long gap = Duration.between(first.shift.end(), second.shift.start()).toMinutes();
                if (gap > 0 && gap < minRestMinutes) {
                    violations.add(new Violation(Rule.TOO_LITTLE_REST, both, code,
                            code + " rests only " + gap + " minutes between " + describe(first.assignment)
                                    + " and " + describe(second.assignment)));
                }
            }
        }
    }

    private static void checkDays(PlanDocument.Rules rules, String code, List<Placed> list,
                                  List<Violation> violations) {
        Map<LocalDate, List<Placed>> byDate = new TreeMap<>();
        list.forEach(p -> byDate.computeIfAbsent(p.shift.start().toLocalDate(), d -> new ArrayList<>()).add(p));
        byDate.forEach((date, placed) -> {
            long minutes = placed.stream().mapToLong(p -> minutes(p.shift)).sum();
            if (minutes > rules.maxHoursPerDay() * 60) {
                violations.add(new Violation(Rule.DAILY_HOURS, placed.stream().map(p -> p.assignment).toList(),
                        code, code + " works " + minutes / 60.0 + " h on " + date + ", more than "
                        + rules.maxHoursPerDay()));
            }
        });
    }

    private static void checkWeeks(VolunteerDef volunteer, List<Placed> list, List<Violation> violations) {
        Map<LocalDate, List<Placed>> byWeek = new TreeMap<>();
        list.forEach(p -> byWeek.computeIfAbsent(
                p.shift.start().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                d -> new ArrayList<>()).add(p));
        byWeek.forEach((monday, placed) -> {
            long minutes = placed.stream().mapToLong(p -> minutes(p.shift)).sum();
            if (minutes > volunteer.maxHoursPerWeek() * 60) {
                violations.add(new Violation(Rule.WEEKLY_HOURS, placed.stream().map(p -> p.assignment).toList(),
                        volunteer.code(), volunteer.code() + " works " + minutes / 60.0 + " h in the week of "
                        + monday + ", more than " + volunteer.maxHoursPerWeek()));
            }
        });
    }

    private static void checkConsecutiveDays(PlanDocument.Rules rules, String code, List<Placed> list,
                                             List<Violation> violations) {
        List<LocalDate> dates = list.stream().map(p -> p.shift.start().toLocalDate()).distinct().sorted().toList();
        int runStart = 0;
        for (int i = 1; i <= dates.size(); i++) {
            boolean runEnds = i == dates.size() || !dates.get(i).equals(dates.get(i - 1).plusDays(1));
            if (runEnds) {
                int length = i - runStart;
                if (length > rules.maxConsecutiveDays()) {
                    LocalDate first = dates.get(runStart);
                    LocalDate last = dates.get(i - 1);
                    List<AssignmentDef> seats = list.stream()
                            .filter(p -> !p.shift.start().toLocalDate().isBefore(first)
                                    && !p.shift.start().toLocalDate().isAfter(last))
                            .map(p -> p.assignment).toList();
                    violations.add(new Violation(Rule.CONSECUTIVE_DAYS, seats, code,
                            code + " works " + length + " dates in a row from " + first + ", more than "
                                    + rules.maxConsecutiveDays()));
                }
                runStart = i;
            }
        }
    }

    private static long minutes(ShiftDef shift) {
        return Duration.between(shift.start(), shift.end()).toMinutes();
    }

    private static String key(AssignmentDef a) {
        return a.post() + "|" + a.start() + "|" + a.seat();
    }

    private static String describe(AssignmentDef a) {
        return a.post() + " " + a.start() + " seat " + a.seat();
    }

    /** A filled seat with its shift and volunteer looked up. */
    private record Placed(AssignmentDef assignment, ShiftDef shift, VolunteerDef volunteer) {
    }

    /** The document's filled seats, each resolved against the expanded shifts and the volunteers. */
    private static final class Roster {
        final Map<String, VolunteerDef> volunteers = new HashMap<>();
        final List<Placed> placed = new ArrayList<>();

        Roster(PlanDocument document) {
            document.volunteers().forEach(v -> volunteers.put(v.code(), v));
            Map<String, ShiftDef> shifts = new HashMap<>();
            for (ShiftDef shift : Shifts.expand(document)) {
                shifts.put(shift.post() + "|" + shift.start(), shift);
            }
            Map<String, AssignmentDef> bySeat = new LinkedHashMap<>();
            for (AssignmentDef a : document.assignments()) {
                ShiftDef shift = shifts.get(a.post() + "|" + a.start());
                if (shift == null || a.seat() < 0 || a.seat() >= shift.headcount()) {
                    throw new IllegalArgumentException("Assignment names an unknown seat: " + describe(a));
                }
                if (a.volunteer() != null && !volunteers.containsKey(a.volunteer())) {
                    throw new IllegalArgumentException("Assignment names an unknown volunteer: " + a.volunteer());
                }
                bySeat.put(key(a), a);
            }
            for (AssignmentDef a : bySeat.values()) {
                if (a.volunteer() != null) {
                    placed.add(new Placed(a, shifts.get(a.post() + "|" + a.start()), volunteers.get(a.volunteer())));
                }
            }
        }
    }
}
