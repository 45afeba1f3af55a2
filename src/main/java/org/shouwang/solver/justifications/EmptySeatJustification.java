package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.shouwang.solver.SeatRef;

/** A seat nobody fills; {@code skill} is what it needs, or {@code null}. */
public record EmptySeatJustification(SeatRef seat, String skill) implements ConstraintJustification {
}
