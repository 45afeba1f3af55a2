package org.shouwang.solver;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** One seat of one shift: the planning entity. Empty ({@code person == null}) is allowed. */
@PlanningEntity
public class Seat {

    @PlanningId
    private String id;

    @PlanningVariable(nullable = true)
    private Person person;

    public Seat() {
    }

    public Seat(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }
}
