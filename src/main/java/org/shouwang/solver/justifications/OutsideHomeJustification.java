package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.shouwang.solver.SeatRef;

/** A home-only volunteer serves outside their home compound. */
public record OutsideHomeJustification(SeatRef seat, String volunteer, String home) implements ConstraintJustification {
}
