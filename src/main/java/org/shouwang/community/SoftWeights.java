package org.shouwang.community;

/**
 * How much each soft rule counts, per community. Zero switches a rule off. The solver multiplies its
 * soft penalties by these (see the solver's constraint provider for the unit of each).
 */
public record SoftWeights(int home, int preferred, int fairness, int continuity, int stability, int teams) {

    /** Stable teams start off: a community turns them on when an outbreak makes them worth their cost. */
    public static final SoftWeights DEFAULT = new SoftWeights(10, 5, 1, 2, 50, 0);

    /** The weights with stable teams off. */
    public SoftWeights(int home, int preferred, int fairness, int continuity, int stability) {
        this(home, preferred, fairness, continuity, stability, 0);
    }
}
