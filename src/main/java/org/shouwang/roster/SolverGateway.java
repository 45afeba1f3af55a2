package org.shouwang.roster;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.shouwang.community.SoftWeights;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.Shifts;
import org.shouwang.solver.PlanSolver;
import org.shouwang.solver.RosterSolution;
import org.shouwang.solver.RosterWeights;
import org.shouwang.solver.SeatRef;
import org.shouwang.solver.SolveOptions;
import org.shouwang.solver.check.HardRule;
import org.shouwang.solver.check.RosterChecker;
import org.shouwang.solver.check.Violation;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The roster feature's one door to the solver package: scoring, explaining, checking and solving a
 * plan document. Keeps the solver's own types out of the rest of the feature.
 */
@Component
public class SolverGateway {

    /** A running solve that can be ended early. */
    public interface Handle {
        void terminateEarly();
    }

    /** The figures of a new best roster. */
    public record Best(String score, int filled, int seats) {
    }

    private final PlanSolver planSolver = new PlanSolver();
    private final RosterChecker checker = new RosterChecker();

    static RosterWeights weights(SoftWeights weights) {
        return new RosterWeights(weights.home(), weights.preferred(), weights.fairness(), weights.continuity(),
                weights.stability(), weights.teams());
    }

    /** The score of the document's assignments, e.g. {@code 0hard/-8medium/-5120soft}. */
    String score(PlanDocument document, SoftWeights weights) {
        return planSolver.evaluate(document, weights(weights)).summary().score();
    }

    /** The broken hard rules per seat ({@link RosterBoard.Seat#key()} to rule keys). */
    Map<String, List<String>> brokenRules(PlanDocument document) {
        Map<String, Set<String>> bySeat = new HashMap<>();
        for (Violation violation : checker.check(document)) {
            for (AssignmentDef seat : violation.seats()) {
                bySeat.computeIfAbsent(RosterBoard.Seat.key(seat.post(), seat.start(), seat.seat()),
                        key -> new LinkedHashSet<>()).add(violation.rule().name());
            }
        }
        Map<String, List<String>> result = new HashMap<>();
        bySeat.forEach((key, rules) -> result.put(key, List.copyOf(rules)));
        return result;
    }

    /**
     * The seats (their {@link RosterBoard.Seat#key()}) whose volunteer in {@code assignments} could
     * take them as the people were in {@code before} but can no longer as they are in {@code now}: e.g.
     * someone reported leave while the solver ran. Only the rules of the seat itself count (leave or
     * sickness, weekly availability, skill, home only): those change with the person, not with the rest
     * of the roster. Seats and people that only one of the two documents has are left out.
     */
    Set<String> seatsNoLongerFit(PlanDocument before, PlanDocument now, List<AssignmentDef> assignments) {
        Map<String, PlanDocument.VolunteerDef> was = new HashMap<>();
        before.volunteers().forEach(v -> was.put(v.code(), v));
        Set<String> changed = new HashSet<>();
        now.volunteers().stream().filter(v -> was.containsKey(v.code()) && !was.get(v.code()).equals(v))
                .forEach(v -> changed.add(v.code()));
        if (changed.isEmpty()) {
            return Set.of();
        }
        Set<String> demanded = seatKeys(now);
        demanded.retainAll(seatKeys(before));
        List<AssignmentDef> theirs = assignments.stream()
                .filter(a -> changed.contains(a.volunteer())
                        && demanded.contains(RosterBoard.Seat.key(a.post(), a.start(), a.seat())))
                .toList();
        Set<String> unfit = seatRuleBreaches(now.withAssignments(theirs, null));
        unfit.removeAll(seatRuleBreaches(before.withAssignments(theirs, null)));
        return unfit;
    }

    private static final Set<HardRule> SEAT_RULES = Set.of(HardRule.UNAVAILABLE, HardRule.AVAILABILITY,
            HardRule.SKILL, HardRule.ONLY_HOME);

    private Set<String> seatRuleBreaches(PlanDocument document) {
        Set<String> seats = new HashSet<>();
        checker.check(document).stream().filter(v -> SEAT_RULES.contains(v.rule()))
                .flatMap(v -> v.seats().stream())
                .forEach(a -> seats.add(RosterBoard.Seat.key(a.post(), a.start(), a.seat())));
        return seats;
    }

    private static Set<String> seatKeys(PlanDocument document) {
        Set<String> keys = new HashSet<>();
        Shifts.expand(document).forEach(shift -> {
            for (int seat = 0; seat < shift.headcount(); seat++) {
                keys.add(RosterBoard.Seat.key(shift.post(), shift.start(), seat));
            }
        });
        return keys;
    }

    /** The hard rules the volunteer would break on the seat; empty when they may take it. */
    List<String> whyNot(PlanDocument document, AssignmentDef seat, String volunteerCode) {
        return checker.whyNot(document, seat, volunteerCode).stream().map(v -> v.rule().name()).distinct().toList();
    }

    /** The score per rule with its matches, hard rules first, then by cost. */
    ScoreAnalysis analyze(PlanDocument document, SoftWeights weights) {
        ScoreExplanation<RosterSolution, HardMediumSoftScore> explanation = planSolver.explain(document, weights(weights));
        Map<String, String> names = new HashMap<>();
        document.volunteers().forEach(v -> names.put(v.code(), v.name()));
        Map<String, List<String>> seatsOf = seatsByVolunteer(document);
        List<ScoreAnalysis.Rule> rules = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
            if (total.getScore().isZero()) {
                continue;
            }
            List<ScoreAnalysis.Match> matches = total.getConstraintMatchSet().stream()
                    .sorted(Comparator.comparing(ConstraintMatch::getScore))
                    .map(match -> match(match, names, seatsOf)).toList();
            rules.add(new ScoreAnalysis.Rule(total.getConstraintName(), level(total.getScore()),
                    total.getScore().toString(), matches));
        }
        rules.sort(Comparator.comparing((ScoreAnalysis.Rule r) -> levelOrder(r.level())).thenComparing(ScoreAnalysis.Rule::name));
        return new ScoreAnalysis(String.valueOf(explanation.getScore()), rules);
    }

    private static String level(HardMediumSoftScore score) {
        return score.hardScore() != 0 ? "HARD" : score.mediumScore() != 0 ? "MEDIUM" : "SOFT";
    }

    private static int levelOrder(String level) {
        return switch (level) {
            case "HARD" -> 0;
            case "MEDIUM" -> 1;
            default -> 2;
        };
    }

    /**
     * Words a match from its justification, whatever record it is: the volunteer's name, the seats it
     * names, and its other figures. A justification without seats points at all the volunteer's seats
     * (of the week or the day it names).
     */
    private static ScoreAnalysis.Match match(ConstraintMatch<HardMediumSoftScore> match, Map<String, String> names,
                                             Map<String, List<String>> seatsOf) {
        Object justification = match.getJustification();
        List<String> seats = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<ScoreAnalysis.Fact> facts = new ArrayList<>();
        String volunteer = null;
        LocalDate monday = null;
        LocalDate day = null;
        if (justification instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object value = value(component, record);
                if (value instanceof SeatRef ref) {
                    seats.add(RosterBoard.Seat.key(ref.post(), ref.start(), ref.seat()));
                    append(text, ref.post() + " " + ref.start().toLocalDate() + " " + ref.start().toLocalTime());
                } else if (value instanceof Collection<?> values && values.stream().allMatch(SeatRef.class::isInstance)
                        && !values.isEmpty()) {
                    values.forEach(v -> seats.add(RosterBoard.Seat.key(((SeatRef) v).post(), ((SeatRef) v).start(),
                            ((SeatRef) v).seat())));
                    append(text, values.size() + "×");
                } else if ("volunteer".equals(component.getName()) && value instanceof String code) {
                    volunteer = code;
                } else if (value instanceof LocalDate date && "monday".equals(component.getName())) {
                    monday = date;
                    append(text, String.valueOf(date));
                } else if (value instanceof LocalDate date) {
                    day = date;
                    append(text, String.valueOf(date));
                } else if (value != null) {
                    facts.add(new ScoreAnalysis.Fact(component.getName(), String.valueOf(value)));
                }
            }
        } else if (justification != null) {
            text.append(justification);
        }
        if (seats.isEmpty() && volunteer != null) {
            for (String key : seatsOf.getOrDefault(volunteer, List.of())) {
                LocalDate date = java.time.LocalDateTime.parse(key.split("\\|")[1]).toLocalDate();
                if ((monday == null || date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).equals(monday))
                        && (day == null || date.equals(day))) {
                    seats.add(key);
                }
            }
        }
        String who = volunteer == null ? "" : names.getOrDefault(volunteer, volunteer) + " (" + volunteer + ") ";
        return new ScoreAnalysis.Match(who + text, facts, match.getScore().toString(), seats);
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append(", ");
        }
        text.append(part);
    }

    private static Map<String, List<String>> seatsByVolunteer(PlanDocument document) {
        Map<String, List<String>> seats = new HashMap<>();
        document.assignments().stream().filter(a -> a.volunteer() != null).forEach(a -> seats
                .computeIfAbsent(a.volunteer(), v -> new ArrayList<>()).add(RosterBoard.Seat.key(a.post(), a.start(), a.seat())));
        return seats;
    }

    /**
     * Solves the document on the calling thread, keeping pinned assignments.
     *
     * @param started called once with a handle that stops the solve early
     * @param best    called with the figures of each new best roster
     * @return the document with one assignment per seat, and a summary
     */
    public PlanDocument solve(PlanDocument document, SoftWeights weights, Duration limit, Consumer<Handle> started,
                       Consumer<Best> best) {
        SolveOptions options = SolveOptions.of(limit).withWeights(weights(weights))
                .withProgress(p -> best.accept(new Best(String.valueOf(p.score()), p.filled(), p.seats())))
                .withStart(handle -> started.accept(handle::terminateEarly));
        return planSolver.solve(document, options).document();
    }
}
