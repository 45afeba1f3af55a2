package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.shouwang.solver.SeatRef;

/** Two shifts of one volunteer neither touch nor lie the minimum rest apart. */
public record TooLittleRestJustification(String volunteer, SeatRef first, SeatRef second, int gapMinutes, int restMinutes) implements ConstraintJustification {
}
