package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.shouwang.solver.SeatRef;

/** The shift lies outside every weekly window the volunteer can serve in. */
public record OutsideAvailabilityJustification(SeatRef seat, String volunteer) implements ConstraintJustification {
}
