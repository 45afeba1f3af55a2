package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.shouwang.solver.SeatRef;

/** One volunteer holds two seats at the same time. */
public record OverlapJustification(String volunteer, SeatRef first, SeatRef second) implements ConstraintJustification {
}
