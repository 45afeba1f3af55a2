package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Two volunteers share at least one shift; the first code sorts before the second. */
public record StableTeamsJustification(String volunteer, String teammate) implements ConstraintJustification {
}
