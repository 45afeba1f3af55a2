package org.shouwang.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.solver.baseline.GreedyRoster;

import java.util.HashMap;
import java.util.Map;

/**
 * Runs after construction: when the greedy baseline (seats in time order, each to the eligible
 * volunteer with the fewest hours) fills more seats than construction did, local search starts from
 * the greedy roster instead. On problems where time order matters most (rest, consecutive days) the
 * greedy roster is the better start; elsewhere construction's is. Either way the solver never ends
 * below the baseline, since the best roster is kept.
 */
final class GreedyStart implements CustomPhaseCommand<RosterSolution> {

    /** The greedy roster, by seat; {@code null}: made from each solution's problem when the phase runs. */
    private final Map<SeatRef, String> given;

    GreedyStart(PlanDocument problem) {
        this.given = greedy(problem);
    }

    /**
     * For a solver that serves one problem after another: reads each problem from the solution it
     * starts from, and stands aside on a re-plan (a roster given to keep), as {@link PlanSolver} does.
     */
    GreedyStart() {
        this.given = null;
    }

    private static Map<SeatRef, String> greedy(PlanDocument problem) {
        Map<SeatRef, String> greedy = new HashMap<>();
        for (AssignmentDef assignment : GreedyRoster.solve(problem).assignments()) {
            if (assignment.volunteer() != null) {
                greedy.put(new SeatRef(assignment.post(), assignment.start(), assignment.seat()), assignment.volunteer());
            }
        }
        return greedy;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RosterSolution> director) {
        RosterSolution solution = director.getWorkingSolution();
        Map<SeatRef, String> greedy = given;
        if (greedy == null) {
            if (!PlanSolver.fresh(solution.getProblem())) {
                return;
            }
            greedy = greedy(solution.getProblem());
        }
        int greedyFilled = greedy.size();
        long filled = solution.getSeats().stream().filter(seat -> seat.getPerson() != null).count();
        if (greedyFilled <= filled) {
            return;
        }
        Map<String, Person> people = new HashMap<>();
        solution.getPeople().forEach(person -> people.put(person.getCode(), person));
        for (Seat seat : solution.getSeats()) {
            Person person = people.get(greedy.get(seat.ref()));
            if (!seat.isPinned() && person != seat.getPerson()
                    && (person == null || seat.getEligible().contains(person))) {
                director.beforeVariableChanged(seat, "person");
                seat.setPerson(person);
                director.afterVariableChanged(seat, "person");
            }
        }
        director.triggerVariableListeners();
    }
}
