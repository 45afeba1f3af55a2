package org.shouwang.solver;

import org.optaplanner.core.api.domain.lookup.PlanningId;

import java.util.BitSet;
import java.util.Set;

/**
 * A volunteer as the solver sees it (plain Java; the solver knows no JPA). The community's rules are
 * copied onto each person so grouped constraints can read the limits without a join. Which shifts
 * fit their availability, leave and preferences is precomputed once per shift index.
 */
public class Person {

    @PlanningId
    private final String code;
    private final String name;
    /** Compound code, or {@code null} without a home. */
    private final String home;
    private final boolean onlyHome;
    private final Set<String> skills;
    private final int maxWeekMinutes;
    private final int maxDayMinutes;
    private final int restMinutes;
    private final int maxConsecutiveDays;
    private final BitSet available;
    private final BitSet onLeave;
    /** {@code null} when the volunteer states no preference. */
    private final BitSet preferred;

    public Person(String code, String name, String home, boolean onlyHome, Set<String> skills,
                  int maxWeekMinutes, int maxDayMinutes, int restMinutes, int maxConsecutiveDays,
                  BitSet available, BitSet onLeave, BitSet preferred) {
        this.code = code;
        this.name = name;
        this.home = home;
        this.onlyHome = onlyHome;
        this.skills = Set.copyOf(skills);
        this.maxWeekMinutes = maxWeekMinutes;
        this.maxDayMinutes = maxDayMinutes;
        this.restMinutes = restMinutes;
        this.maxConsecutiveDays = maxConsecutiveDays;
        this.available = available;
        this.onLeave = onLeave;
        this.preferred = preferred;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getHome() {
        return home;
    }

    public boolean isOnlyHome() {
        return onlyHome;
    }

    public boolean hasSkill(String skill) {
        return skills.contains(skill);
    }

    public Set<String> getSkills() {
        return skills;
    }

    public int getMaxWeekMinutes() {
        return maxWeekMinutes;
    }

    public int getMaxDayMinutes() {
        return maxDayMinutes;
    }

    public int getRestMinutes() {
        return restMinutes;
    }

    public int getMaxConsecutiveDays() {
        return maxConsecutiveDays;
    }

    /** The shift lies wholly inside one of their weekly windows (or they gave none). */
    public boolean isAvailable(Shift shift) {
        return available.get(shift.getIndex());
    }

    /** The shift overlaps one of their unavailable ranges (leave, sickness, quarantine). */
    public boolean isOnLeave(Shift shift) {
        return onLeave.get(shift.getIndex());
    }

    /** The shift lies inside one of their preferred windows; {@code true} when they have none. */
    public boolean prefers(Shift shift) {
        return preferred == null || preferred.get(shift.getIndex());
    }

    @Override
    public String toString() {
        return code;
    }
}
