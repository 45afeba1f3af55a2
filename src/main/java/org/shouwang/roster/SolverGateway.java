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
import org.shouwang.solver.Rule;
import org.shouwang.solver.justifications.RuleJustification;
import org.shouwang.solver.check.RosterChecker;
import org.shouwang.solver.check.Violation;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roster feature's one door to the solver package: scoring, explaining and checking a plan
 * document. Keeps the solver's own types out of the rest of the feature (solving is the planning
 * feature's, through OptaPlanner's solver manager).
 */
@Component
public class SolverGateway {

    private final PlanSolver planSolver = new PlanSolver();
    private final RosterChecker checker = new RosterChecker();

    /** The community's soft weights as the solver takes them. */
    public static RosterWeights weights(SoftWeights weights) {
        return new RosterWeights(weights.home(), weights.preferred(), weights.fairness(), weights.continuity(),
                weights.stability());
    }

    /** The score of the document's assignments. */
    RosterScore score(PlanDocument document, SoftWeights weights) {
        return score(planSolver.explain(document, weights(weights)).getScore());
    }

    /** The scoring engine's score in the roster's terms; {@code null} for none. */
    public static RosterScore score(HardMediumSoftScore score) {
        return score == null ? null : RosterScore.of(score.hardScore(), score.mediumScore(), score.softScore());
    }

    /**
     * The score of the document's assignments and the hard rules each seat breaks, both straight from the
     * scoring engine (one pass). A rule about a volunteer's day, week or run of days flags each of their
     * seats in it.
     */
    Scored scoreWithBrokenRules(PlanDocument document, SoftWeights weights) {
        ScoreExplanation<RosterSolution, HardMediumSoftScore> explanation = planSolver.explain(document, weights(weights));
        Map<String, List<SeatRef>> seatsOf = seatsByVolunteer(document);
        Map<SeatRef, Set<Rule>> bySeat = new HashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
            Rule rule = rule(total);
            if (rule.level() != Rule.Level.HARD) {
                continue;
            }
            for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
                if (match.getJustification() instanceof RuleJustification justification) {
                    seatsOf(justification, seatsOf).forEach(seat ->
                            bySeat.computeIfAbsent(seat, key -> EnumSet.noneOf(Rule.class)).add(rule));
                }
            }
        }
        Map<SeatRef, List<Rule>> broken = new HashMap<>();
        bySeat.forEach((seat, rules) -> broken.put(seat, List.copyOf(rules)));
        return new Scored(score(explanation.getScore()), broken);
    }

    /** A roster's score and the hard rules each seat breaks (only seats that break any). */
    record Scored(RosterScore score, Map<SeatRef, List<Rule>> broken) {
    }

    /**
     * The seats (their {@link RosterBoard.Seat#key()}) whose volunteer in {@code assignments} could
     * take them as the people were in {@code before} but can no longer as they are in {@code now}: e.g.
     * someone reported leave while the solver ran. Only the rules of the seat itself count (leave or
     * sickness, weekly availability, skill, home only): those change with the person, not with the rest
     * of the roster. Seats and people that only one of the two documents has are left out.
     */
    Set<SeatRef> seatsNoLongerFit(PlanDocument before, PlanDocument now, List<AssignmentDef> assignments) {
        Map<String, PlanDocument.VolunteerDef> was = new HashMap<>();
        before.volunteers().forEach(v -> was.put(v.code(), v));
        Set<String> changed = new HashSet<>();
        now.volunteers().stream().filter(v -> was.containsKey(v.code()) && !was.get(v.code()).equals(v))
                .forEach(v -> changed.add(v.code()));
        if (changed.isEmpty()) {
            return Set.of();
        }
        Set<SeatRef> demanded = seatKeys(now);
        demanded.retainAll(seatKeys(before));
        List<AssignmentDef> theirs = assignments.stream()
                .filter(a -> changed.contains(a.volunteer())
                        && demanded.contains(new SeatRef(a.post(), a.start(), a.seat())))
                .toList();
        Set<SeatRef> unfit = seatRuleBreaches(now.withAssignments(theirs, null));
        unfit.removeAll(seatRuleBreaches(before.withAssignments(theirs, null)));
        return unfit;
    }

    private static final Set<Rule> SEAT_RULES = Set.of(Rule.ON_LEAVE, Rule.OUTSIDE_AVAILABILITY,
            Rule.MISSING_SKILL, Rule.OUTSIDE_HOME);

    private Set<SeatRef> seatRuleBreaches(PlanDocument document) {
        Set<SeatRef> seats = new HashSet<>();
        checker.check(document).stream().filter(v -> SEAT_RULES.contains(v.rule()))
                .flatMap(v -> v.seats().stream())
                .forEach(a -> seats.add(new SeatRef(a.post(), a.start(), a.seat())));
        return seats;
    }

    private static Set<SeatRef> seatKeys(PlanDocument document) {
        Set<SeatRef> keys = new HashSet<>();
        Shifts.expand(document).forEach(shift -> {
            for (int seat = 0; seat < shift.headcount(); seat++) {
                keys.add(new SeatRef(shift.post(), shift.start(), seat));
            }
        });
        return keys;
    }

    /** The hard rules the volunteer would break on the seat; empty when they may take it. */
    List<Rule> whyNot(PlanDocument document, AssignmentDef seat, String volunteerCode) {
        return checker.whyNot(document, seat, volunteerCode).stream().map(Violation::rule).distinct().toList();
    }

    /** The score per rule with its matches, hard rules first, then by cost. */
    ScoreAnalysis analyze(PlanDocument document, SoftWeights weights) {
        ScoreExplanation<RosterSolution, HardMediumSoftScore> explanation = planSolver.explain(document, weights(weights));
        Map<String, String> names = new HashMap<>();
        document.volunteers().forEach(v -> names.put(v.code(), v.name()));
        Map<String, List<SeatRef>> seatsOf = seatsByVolunteer(document);
        List<ScoreAnalysis.RuleCost> rules = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
            if (total.getScore().isZero()) {
                continue;
            }
            List<ScoreAnalysis.Match> matches = total.getConstraintMatchSet().stream()
                    .sorted(Comparator.comparing(ConstraintMatch::getScore))
                    .map(match -> match(match, names, seatsOf)).toList();
            rules.add(new ScoreAnalysis.RuleCost(rule(total), score(total.getScore()), matches));
        }
        rules.sort(Comparator.comparing((ScoreAnalysis.RuleCost r) -> r.rule().level()).thenComparing(ScoreAnalysis.RuleCost::rule));
        return new ScoreAnalysis(score(explanation.getScore()), rules);
    }

    private static Rule rule(ConstraintMatchTotal<HardMediumSoftScore> total) {
        return Rule.ofConstraint(total.getConstraintName()).orElseThrow(() ->
                new IllegalStateException("A constraint outside the rules: " + total.getConstraintName()));
    }

    /** Words a match from its justification: the volunteer's name, the seats or dates it names, and its figures. */
    private static ScoreAnalysis.Match match(ConstraintMatch<HardMediumSoftScore> match, Map<String, String> names,
                                             Map<String, List<SeatRef>> seatsOf) {
        if (!(match.getJustification() instanceof RuleJustification justification)) {
            throw new IllegalStateException("A match without a rule's justification: " + match);
        }
        StringBuilder text = new StringBuilder();
        justification.seats().forEach(ref -> append(text, ref.post() + " " + ref.start().toLocalDate() + " "
                + ref.start().toLocalTime()));
        LocalDate[] dates = justification.dates();
        if (dates != null) {
            append(text, dates[0].equals(dates[1]) ? String.valueOf(dates[0]) : dates[0] + "–" + dates[1]);
        }
        List<ScoreAnalysis.Fact> facts = justification.figures().stream()
                .map(figure -> new ScoreAnalysis.Fact(figure.getKey(), String.valueOf(figure.getValue()))).toList();
        String volunteer = justification.volunteer();
        String who = volunteer == null ? "" : names.getOrDefault(volunteer, volunteer) + " (" + volunteer + ") ";
        return new ScoreAnalysis.Match(who + text, facts, score(match.getScore()), seatsOf(justification, seatsOf));
    }

    /** The seats a justification names, or else its volunteer's seats on its dates (all of them without dates). */
    private static List<SeatRef> seatsOf(RuleJustification justification, Map<String, List<SeatRef>> seatsOf) {
        if (!justification.seats().isEmpty() || justification.volunteer() == null) {
            return justification.seats();
        }
        LocalDate[] dates = justification.dates();
        return seatsOf.getOrDefault(justification.volunteer(), List.of()).stream()
                .filter(seat -> dates == null || !seat.start().toLocalDate().isBefore(dates[0])
                        && !seat.start().toLocalDate().isAfter(dates[1]))
                .toList();
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append(", ");
        }
        text.append(part);
    }

    private static Map<String, List<SeatRef>> seatsByVolunteer(PlanDocument document) {
        Map<String, List<SeatRef>> seats = new HashMap<>();
        document.assignments().stream().filter(a -> a.volunteer() != null).forEach(a -> seats
                .computeIfAbsent(a.volunteer(), v -> new ArrayList<>()).add(new SeatRef(a.post(), a.start(), a.seat())));
        return seats;
    }
}
