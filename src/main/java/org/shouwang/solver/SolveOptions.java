package org.shouwang.solver;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to solve.
 *
 * @param limit      the longest the solver may run
 * @param weights    the soft weights
 * @param onProgress told of each new best solution (on the solving thread; keep it short)
 * @param onStart    given, once, the handle that ends the solve early
 */
public record SolveOptions(Duration limit, RosterWeights weights, Consumer<Progress> onProgress,
                           Consumer<SolveHandle> onStart) {

    public SolveOptions {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(weights, "weights");
        onProgress = onProgress == null ? progress -> { } : onProgress;
        onStart = onStart == null ? handle -> { } : onStart;
    }

    public static SolveOptions of(Duration limit) {
        return new SolveOptions(limit, RosterWeights.DEFAULT, null, null);
    }

    public SolveOptions withWeights(RosterWeights newWeights) {
        return new SolveOptions(limit, newWeights, onProgress, onStart);
    }

    public SolveOptions withProgress(Consumer<Progress> listener) {
        return new SolveOptions(limit, weights, listener, onStart);
    }

    public SolveOptions withStart(Consumer<SolveHandle> listener) {
        return new SolveOptions(limit, weights, onProgress, listener);
    }
}
