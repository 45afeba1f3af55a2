package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A volunteer works more dates in a row than allowed. */
public record ConsecutiveDaysJustification(String volunteer, java.time.LocalDate first, int days, int maxDays) implements ConstraintJustification {
}
