package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.shouwang.solver.SeatRef;

/** A seat's previous volunteer is replaced ({@code current} may be {@code null}). */
public record ChangedAssignmentJustification(SeatRef seat, String previous, String current) implements ConstraintJustification {
}
