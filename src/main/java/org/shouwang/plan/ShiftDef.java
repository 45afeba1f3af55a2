package org.shouwang.plan;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One concrete shift of a post, expanded from a demand: a time span and its seats.
 *
 * @param seatSkills one entry per seat (so its size is the headcount): the skill that seat needs, or
 *                   {@code null} for a seat anyone may take. Skilled seats come first.
 */
public record ShiftDef(String post, LocalDateTime start, LocalDateTime end, List<String> seatSkills) {

    public ShiftDef {
        seatSkills = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(seatSkills));
    }

    public int headcount() {
        return seatSkills.size();
    }

    public double hours() {
        return Duration.between(start, end).toMinutes() / 60.0;
    }
}
