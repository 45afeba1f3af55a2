package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.shouwang.solver.SeatRef;

/** A volunteer serves a compound other than their home. */
public record AwayFromHomeJustification(SeatRef seat, String volunteer, String home, String compound) implements ConstraintJustification {
}
