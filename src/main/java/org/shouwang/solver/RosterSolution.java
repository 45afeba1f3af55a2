package org.shouwang.solver;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.shouwang.plan.PlanDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The planning problem and its solution: people, shifts, seats and the soft weights. Each seat
 * provides its own value range (its eligible people), so the solution provides none.
 */
@PlanningSolution
public class RosterSolution {

    @ProblemFactCollectionProperty
    private List<Person> people = new ArrayList<>();

    @ProblemFactCollectionProperty
    private List<Shift> shifts = new ArrayList<>();

    @PlanningEntityCollectionProperty
    private List<Seat> seats = new ArrayList<>();

    @ProblemFactProperty
    private RosterWeights weights = RosterWeights.DEFAULT;

    @PlanningScore
    private HardMediumSoftScore score;

    /** The document the problem was built from (not planned): the greedy start reads it. */
    private PlanDocument problem;

    /**
     * Whether the solve must end now (time up or stopped): read by the custom phases, which the solver
     * does not stop itself. Kept by the solver's planning clone, as the listener below is.
     */
    private BooleanSupplier stopSignal = () -> false;

    /** Told of construction's roster on the solving thread (see {@link ConstructionReport}); may be {@code null}. */
    private Consumer<RosterSolution> onConstructed;

    public RosterSolution() {
    }

    public RosterSolution(List<Person> people, List<Shift> shifts, List<Seat> seats, RosterWeights weights) {
        this.people = people;
        this.shifts = shifts;
        this.seats = seats;
        this.weights = weights;
    }

    public List<Person> getPeople() {
        return people;
    }

    public List<Shift> getShifts() {
        return shifts;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public RosterWeights getWeights() {
        return weights;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }

    public PlanDocument getProblem() {
        return problem;
    }

    void setProblem(PlanDocument problem) {
        this.problem = problem;
    }

    /**
     * Asks to be told of construction's roster, the first complete one, on the solving thread (read it
     * before returning: the solver goes on changing it).
     */
    public void setOnConstructed(Consumer<RosterSolution> listener) {
        this.onConstructed = listener;
    }

    void constructed() {
        if (onConstructed != null) {
            onConstructed.accept(this);
        }
    }

    /** Sets what tells the custom phases to end early (see {@link #stopRequested}). */
    public void setStopSignal(BooleanSupplier stopSignal) {
        this.stopSignal = stopSignal;
    }

    boolean stopRequested() {
        return stopSignal.getAsBoolean();
    }
}
