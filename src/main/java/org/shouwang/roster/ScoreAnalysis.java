package org.shouwang.roster;

import java.util.List;

/**
 * Why a roster scores as it does: one entry per rule that costs anything, with its matches.
 *
 * @param level HARD, MEDIUM or SOFT
 * @param score what the rule costs in total, e.g. {@code -3hard/0medium/0soft}
 */
public record ScoreAnalysis(String score, List<Rule> rules) {

    public ScoreAnalysis {
        rules = List.copyOf(rules);
    }

    public record Rule(String name, String level, String score, List<Match> matches) {
        public Rule {
            matches = List.copyOf(matches);
        }
    }

    /**
     * One match of a rule: who and where (names, codes, dates: the same in every language), the named
     * figures of the rule ({@code gapMinutes}, {@code maxDays}: the page translates the names), and which
     * seats ({@link RosterBoard.Seat#key()}), so the board can highlight them.
     */
    public record Match(String text, List<Fact> facts, String score, List<String> seatKeys) {
        public Match {
            facts = List.copyOf(facts);
            seatKeys = List.copyOf(seatKeys);
        }
    }

    /** A named value of a match, e.g. {@code restMinutes} = {@code 600}. */
    public record Fact(String name, String value) {
    }
}
