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
 * @param calculationLimit 0, or the most score calculations the solve may make: a limit that, unlike time,
 *                   does not depend on how busy the machine is (tests use it to get the same roster every run)
 */
public record SolveOptions(Duration limit, RosterWeights weights, Consumer<Progress> onProgress,
                           Consumer<SolveHandle> onStart, long calculationLimit) {

    public SolveOptions {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(weights, "weights");
        onProgress = onProgress == null ? progress -> { } : onProgress;
        onStart = onStart == null ? handle -> { } : onStart;
        if (calculationLimit < 0) {
            throw new IllegalArgumentException("calculationLimit must not be negative");
        }
    }

    public SolveOptions(Duration limit, RosterWeights weights, Consumer<Progress> onProgress,
                        Consumer<SolveHandle> onStart) {
        this(limit, weights, onProgress, onStart, 0);
    }

    public static SolveOptions of(Duration limit) {
        return new SolveOptions(limit, RosterWeights.DEFAULT, null, null);
    }

    public SolveOptions withWeights(RosterWeights newWeights) {
        return new SolveOptions(limit, newWeights, onProgress, onStart, calculationLimit);
    }

    public SolveOptions withProgress(Consumer<Progress> listener) {
        return new SolveOptions(limit, weights, listener, onStart, calculationLimit);
    }

    public SolveOptions withStart(Consumer<SolveHandle> listener) {
        return new SolveOptions(limit, weights, onProgress, listener, calculationLimit);
    }

    /** Also stops after this many score calculations, whichever limit comes first. */
    public SolveOptions withCalculationLimit(long calculations) {
        return new SolveOptions(limit, weights, onProgress, onStart, calculations);
    }
}
