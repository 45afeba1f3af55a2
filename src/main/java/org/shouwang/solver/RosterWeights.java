package org.shouwang.solver;

/**
 * How much each soft rule counts; zero switches a rule off. The solver's own plain weights, so the
 * solver needs nothing from the community feature (the app maps a community's weights to these).
 * The unit each weight multiplies:
 *
 * @param home       per seat that a volunteer with a home compound serves outside it
 * @param preferred  per seat outside the volunteer's preferred windows (only for volunteers who have some)
 * @param fairness   per volunteer: hours served squared, divided by their own weekly maximum, so two
 *                   people at half their limit cost less than one at full and one idle
 * @param continuity per volunteer: each distinct post beyond the first
 * @param stability  per seat whose previous (published or starting) volunteer is replaced; heavy, so a
 *                   re-plan moves as few people as it can
 * @param teams      per distinct pair of volunteers who share a shift, so people keep to the same teammates
 *                   (each volunteer's distinct teammates count half of it each); 0, off, unless a community
 *                   asks for it
 */
public record RosterWeights(int home, int preferred, int fairness, int continuity, int stability, int teams) {

    /** The weights the {@code solve} command uses; the same defaults a new community starts with. */
    public static final RosterWeights DEFAULT = new RosterWeights(10, 5, 1, 2, 50, 0);

    public RosterWeights {
        if (home < 0 || preferred < 0 || fairness < 0 || continuity < 0 || stability < 0 || teams < 0) {
            throw new IllegalArgumentException("Soft weights must not be negative");
        }
    }

    /** The weights with stable teams off. */
    public RosterWeights(int home, int preferred, int fairness, int continuity, int stability) {
        this(home, preferred, fairness, continuity, stability, 0);
    }

    public RosterWeights withTeams(int newTeams) {
        return new RosterWeights(home, preferred, fairness, continuity, stability, newTeams);
    }
}
