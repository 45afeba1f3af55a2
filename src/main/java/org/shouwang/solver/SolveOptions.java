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
 */
public record SolveOptions(Duration limit, RosterWeights weights, Consumer<Progress> onProgress) {

    public SolveOptions {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(weights, "weights");
        onProgress = onProgress == null ? progress -> { } : onProgress;
    }

    public static SolveOptions seconds(long seconds) {
        return new SolveOptions(Duration.ofSeconds(seconds), RosterWeights.DEFAULT, null);
    }

    public SolveOptions withWeights(RosterWeights newWeights) {
        return new SolveOptions(limit, newWeights, onProgress);
    }

    public SolveOptions withProgress(Consumer<Progress> listener) {
        return new SolveOptions(limit, weights, listener);
    }
}
