package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A volunteer's load: minutes served against their own weekly maximum. */
public record LoadJustification(String volunteer, int minutes, int maxWeekMinutes) implements ConstraintJustification {
}
