package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.shouwang.solver.SeatRef;

/** The shift overlaps the volunteer's leave, sickness or quarantine. */
public record OnLeaveJustification(SeatRef seat, String volunteer) implements ConstraintJustification {
}
