package org.shouwang.solver;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to solve.
 *
 * @param limit      the longest the solver may run
 * @param calculationLimit when not {@code null}, the solver also stops after this many score calculations
 *                   (each move it tries is one): the same problem then always gives the same roster, however
 *                   fast or busy the machine is
 * @param weights    the soft weights
 * @param onProgress told of each new best solution (on the solving thread; keep it short)
 * @param onStart    given, once, the handle that ends the solve early
 */
public record SolveOptions(Duration limit, Long calculationLimit, RosterWeights weights, Consumer<Progress> onProgress,
                           Consumer<SolveHandle> onStart) {

    public SolveOptions {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(weights, "weights");
        if (calculationLimit != null && calculationLimit < 0) {
            throw new IllegalArgumentException("calculationLimit must not be negative: " + calculationLimit);
        }
        onProgress = onProgress == null ? progress -> { } : onProgress;
        onStart = onStart == null ? handle -> { } : onStart;
    }

    public static SolveOptions of(Duration limit) {
        return new SolveOptions(limit, null, RosterWeights.DEFAULT, null, null);
    }

    /**
     * Stops after {@code calculations} score calculations, or at {@code safetyLimit} if that comes first: a
     * reproducible solve, as long as the safety limit is generous.
     */
    public static SolveOptions calculations(long calculations, Duration safetyLimit) {
        return of(safetyLimit).withCalculationLimit(calculations);
    }

    public SolveOptions withCalculationLimit(Long calculations) {
        return new SolveOptions(limit, calculations, weights, onProgress, onStart);
    }

    public SolveOptions withWeights(RosterWeights newWeights) {
        return new SolveOptions(limit, calculationLimit, newWeights, onProgress, onStart);
    }

    public SolveOptions withProgress(Consumer<Progress> listener) {
        return new SolveOptions(limit, calculationLimit, weights, listener, onStart);
    }

    public SolveOptions withStart(Consumer<SolveHandle> listener) {
        return new SolveOptions(limit, calculationLimit, weights, onProgress, listener);
    }
}
