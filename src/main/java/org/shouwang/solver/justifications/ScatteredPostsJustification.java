package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A volunteer's shifts are spread over this many posts. */
public record ScatteredPostsJustification(String volunteer, int posts) implements ConstraintJustification {
}
