package org.shouwang.solver;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.util.List;

/**
 * One seat of one shift: the planning entity. Empty ({@code person == null}) is allowed and costs a
 * medium point. Only the seat's eligible people (skill, weekly windows, leave, home-only; computed
 * once when the problem is built) are ever tried, which keeps construction and moves small.
 */
@PlanningEntity(difficultyComparatorClass = SeatDifficulty.class)
public class Seat {

    @PlanningId
    private String id;
    private Shift shift;
    private int number;
    /** The skill this seat needs, or {@code null}. */
    private String skill;
    private List<Person> eligible;
    private boolean pinned;
    /** Who held this seat before (a published or starting assignment), or {@code null}. */
    private Person previous;
    /** The previous volunteer can no longer serve the seat, so it started empty. */
    private boolean forced;

    @PlanningVariable(nullable = true, valueRangeProviderRefs = "eligible")
    private Person person;

    public Seat() {
    }

    public Seat(String id, Shift shift, int number, String skill, List<Person> eligible, boolean pinned,
                Person previous, Person person) {
        this.id = id;
        this.shift = shift;
        this.number = number;
        this.skill = skill;
        this.eligible = eligible;
        this.pinned = pinned;
        this.previous = previous;
        this.person = person;
    }

    /**
     * A seat of a re-plan whose given volunteer can no longer serve it: it starts empty, with that
     * volunteer as previous, so stability counts its change once.
     */
    static Seat forced(String id, Shift shift, int number, String skill, List<Person> eligible, Person previous) {
        Seat seat = new Seat(id, shift, number, skill, eligible, false, previous, null);
        seat.forced = true;
        return seat;
    }

    public String getId() {
        return id;
    }

    public Shift getShift() {
        return shift;
    }

    public int getNumber() {
        return number;
    }

    /** The seat's name in the plan format. */
    public SeatRef ref() {
        return new SeatRef(shift.getPost(), shift.getStartTime(), number);
    }

    public String getSkill() {
        return skill;
    }

    @ValueRangeProvider(id = "eligible")
    public List<Person> getEligible() {
        return eligible;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public Person getPrevious() {
        return previous;
    }

    public boolean isForced() {
        return forced;
    }

    /** The seat had a given (unpinned) volunteer and now has another one, or none. */
    public boolean isChanged() {
        return previous != null && person != previous;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    @Override
    public String toString() {
        return id + "=" + person;
    }
}
