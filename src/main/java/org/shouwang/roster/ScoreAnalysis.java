package org.shouwang.roster;

import org.shouwang.solver.Rule;
import org.shouwang.solver.SeatRef;

import java.util.List;

/**
 * Why a roster scores as it does: one entry per rule that costs anything, with its matches.
 */
public record ScoreAnalysis(RosterScore score, List<RuleCost> rules) {

    public ScoreAnalysis {
        rules = List.copyOf(rules);
    }

    /** What one rule costs in total, and each of its matches. */
    public record RuleCost(Rule rule, RosterScore score, List<Match> matches) {
        public RuleCost {
            matches = List.copyOf(matches);
        }
    }

    /**
     * One match of a rule: who and where (names, codes, dates: the same in every language), the named
     * figures of the rule ({@code gapMinutes}, {@code maxDays}: the page translates the names), what it
     * costs, and which seats, so the board can highlight them.
     */
    public record Match(String text, List<Fact> facts, RosterScore score, List<SeatRef> seats) {
        public Match {
            facts = List.copyOf(facts);
            seats = List.copyOf(seats);
        }
    }

    /** A named value of a match, e.g. {@code restMinutes} = {@code 600}. */
    public record Fact(String name, String value) {
    }
}
