package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.shouwang.solver.SeatRef;

/** The seat needs a skill the volunteer lacks. */
public record MissingSkillJustification(SeatRef seat, String volunteer, String skill) implements ConstraintJustification {
}
