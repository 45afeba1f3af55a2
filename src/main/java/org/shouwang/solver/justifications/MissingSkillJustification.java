package org.shouwang.solver.justifications;

import org.shouwang.solver.SeatRef;

import java.util.List;
import java.util.Map;

/** The seat needs a skill the volunteer lacks. */
public record MissingSkillJustification(SeatRef seat, String volunteer, String skill) implements RuleJustification {

    @Override
    public List<SeatRef> seats() {
        return List.of(seat);
    }

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("skill", skill);
    }
}
