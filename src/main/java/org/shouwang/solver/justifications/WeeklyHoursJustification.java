package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** The shifts a volunteer starts in one Monday-Sunday week add up to more than their weekly maximum. */
public record WeeklyHoursJustification(String volunteer, java.time.LocalDate monday, int minutes, int maxMinutes) implements ConstraintJustification {
}
