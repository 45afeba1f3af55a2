package org.shouwang.solver;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.util.ArrayList;
import java.util.List;

/** The planning problem and its solution: people and seats. */
@PlanningSolution
public class RosterSolution {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Person> people = new ArrayList<>();

    @PlanningEntityCollectionProperty
    private List<Seat> seats = new ArrayList<>();

    @PlanningScore
    private HardMediumSoftScore score;

    public RosterSolution() {
    }

    public RosterSolution(List<Person> people, List<Seat> seats) {
        this.people = people;
        this.seats = seats;
    }

    public List<Person> getPeople() {
        return people;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
