package org.shouwang.solver;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to solve.
 *
 * @param limit      the longest the solver may run
 * @param stepLimit  when not {@code null}, the solver also stops after this many steps of its local search:
 *                   the same problem then always gives the same roster, however fast the machine is
 * @param weights    the soft weights
 * @param onProgress told of each new best solution (on the solving thread; keep it short)
 * @param onStart    given, once, the handle that ends the solve early
 */
public record SolveOptions(Duration limit, Integer stepLimit, RosterWeights weights, Consumer<Progress> onProgress,
                           Consumer<SolveHandle> onStart) {

    public SolveOptions {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(weights, "weights");
        if (stepLimit != null && stepLimit < 0) {
            throw new IllegalArgumentException("stepLimit must not be negative: " + stepLimit);
        }
        onProgress = onProgress == null ? progress -> { } : onProgress;
        onStart = onStart == null ? handle -> { } : onStart;
    }

    public static SolveOptions of(Duration limit) {
        return new SolveOptions(limit, null, RosterWeights.DEFAULT, null, null);
    }

    /**
     * Stops after {@code steps} local-search steps, or at the time limit if that comes first. Construction
     * always completes (within half the time limit), so a reproducible solve should keep a generous limit.
     */
    public static SolveOptions steps(int steps, Duration safetyLimit) {
        return of(safetyLimit).withStepLimit(steps);
    }

    public SolveOptions withStepLimit(Integer steps) {
        return new SolveOptions(limit, steps, weights, onProgress, onStart);
    }

    public SolveOptions withWeights(RosterWeights newWeights) {
        return new SolveOptions(limit, stepLimit, newWeights, onProgress, onStart);
    }

    public SolveOptions withProgress(Consumer<Progress> listener) {
        return new SolveOptions(limit, stepLimit, weights, listener, onStart);
    }

    public SolveOptions withStart(Consumer<SolveHandle> listener) {
        return new SolveOptions(limit, stepLimit, weights, onProgress, listener);
    }
}
