package org.shouwang.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.shouwang.plan.PlanDocument;
import org.shouwang.solver.check.Violation;

import java.util.List;

/**
 * A solved roster.
 *
 * @param document   the problem with one assignment per seat and the summary, as the format's output
 * @param solution   the solved planning model
 * @param violations the hard rules the roster breaks, as the roster checker finds them
 * @param scoreCalculationSpeed score calculations per second (of wall time, as the solver reports it)
 * @param scoreCalculationCount  score calculations the solve made (0 when the roster was only scored)
 */
public record SolveOutcome(PlanDocument document, RosterSolution solution, List<Violation> violations,
                           long scoreCalculationSpeed, long scoreCalculationCount) {

    public HardMediumSoftScore score() {
        return solution.getScore();
    }

    public PlanDocument.Summary summary() {
        return document.summary();
    }
}
