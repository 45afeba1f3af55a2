package org.shouwang.roster;

import org.shouwang.plan.PlanDocument;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The roster feature's one door to the solver package: scoring, explaining, checking and solving a
 * plan document. Keeps the solver's own types out of the rest of the feature.
 */
@Component
class SolverGateway {

    /** A running solve that can be ended early. */
    interface Handle {
        void terminateEarly();
    }

    /** The score of the document's assignments, e.g. {@code 0hard/-8medium/-5120soft}. */
    String score(PlanDocument document, org.shouwang.community.SoftWeights weights) {
        throw new UnsupportedOperationException("solver not available yet");
    }

    /** The broken hard rules per seat ({@link RosterBoard.Seat#key()} to rule keys). */
    Map<String, List<String>> brokenRules(PlanDocument document) {
        throw new UnsupportedOperationException("solver not available yet");
    }

    /** The hard rules the volunteer would break on the seat; empty when they may take it. */
    List<String> whyNot(PlanDocument document, PlanDocument.AssignmentDef seat, String volunteerCode) {
        throw new UnsupportedOperationException("solver not available yet");
    }

    /** The score per rule with its matches. */
    ScoreAnalysis analyze(PlanDocument document, org.shouwang.community.SoftWeights weights) {
        throw new UnsupportedOperationException("solver not available yet");
    }

    /**
     * Solves the document on the calling thread, keeping pinned assignments.
     *
     * @param started called once with a handle that stops the solve early
     * @param best    called with each new best roster (the document with one assignment per seat)
     * @return the best roster found
     */
    record Best(String score, int filled, int seats) {
    }

    PlanDocument solve(PlanDocument document, org.shouwang.community.SoftWeights weights, Duration limit,
                       Consumer<Handle> started, Consumer<Best> best) {
        throw new UnsupportedOperationException("solver not available yet");
    }
}
