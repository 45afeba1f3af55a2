package org.shouwang.demand;

import org.shouwang.volunteer.Volunteer;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** "{@code count} seats of this shift need {@code skill}". */
@Embeddable
public class SkillCount {

    @Column(name = "skill", nullable = false, length = Volunteer.SKILL_MAX)
    private String skill;

    @Column(name = "seat_count", nullable = false)
    private int count;

    protected SkillCount() {
    }

    public SkillCount(String skill, int count) {
        this.skill = skill;
        this.count = count;
    }

    public String getSkill() {
        return skill;
    }

    public int getCount() {
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SkillCount s && skill.equals(s.skill) && count == s.count;
    }

    @Override
    public int hashCode() {
        return Objects.hash(skill, count);
    }
}
