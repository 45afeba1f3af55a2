package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.shouwang.solver.SeatRef;

/** A shift outside the windows the volunteer prefers. */
public record NotPreferredJustification(SeatRef seat, String volunteer) implements ConstraintJustification {
}
