package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** The shifts a volunteer starts on one date add up to more than the daily maximum. */
public record DailyHoursJustification(String volunteer, java.time.LocalDate date, int minutes, int maxMinutes) implements ConstraintJustification {
}
