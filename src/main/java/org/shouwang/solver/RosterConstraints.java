package org.shouwang.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/** The rules of a roster: hard, then medium, then soft. */
public class RosterConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {emptySeat(factory)};
    }

    // Every seat that stays empty costs one medium point: fill all that can be filled.
    Constraint emptySeat(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.getPerson() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint("Empty seat");
    }
}
