package org.shouwang.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.shouwang.solver.SeatRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why one match of a rule costs what it costs, in terms the pages can word: who, which seats (or which
 * dates of the volunteer's seats), and the rule's named figures. Sealed: every rule's justification is
 * one of these records, so whoever explains a score handles them all alike.
 */
public sealed interface RuleJustification extends ConstraintJustification
        permits AwayFromHomeJustification, ChangedAssignmentJustification, ConsecutiveDaysJustification,
        DailyHoursJustification, EmptySeatJustification, LoadJustification, MissingSkillJustification,
        NotPreferredJustification, OnLeaveJustification, OutsideAvailabilityJustification, OutsideHomeJustification,
        OverlapJustification, ScatteredPostsJustification, StableTeamsJustification, TooLittleRestJustification,
        WeeklyHoursJustification {

    /** The volunteer's code; {@code null} when the match is about a seat alone. */
    default String volunteer() {
        return null;
    }

    /** The seats the match names; empty when it is about the volunteer's seats of {@link #dates()}. */
    default List<SeatRef> seats() {
        return List.of();
    }

    /**
     * For a match about a volunteer rather than seats: the first and last date whose seats it concerns;
     * {@code null} for all of the volunteer's seats.
     */
    default LocalDate[] dates() {
        return null;
    }

    /** The rule's figures by name ({@code gapMinutes} = 120), in order; figures without a value are left out. */
    default List<Map.Entry<String, Object>> figures() {
        return List.of();
    }

    /** Name-value pairs as figures, leaving out the {@code null} values. */
    static List<Map.Entry<String, Object>> figures(Object... namesAndValues) {
        List<Map.Entry<String, Object>> figures = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                figures.add(Map.entry((String) namesAndValues[i], namesAndValues[i + 1]));
            }
        }
        return figures;
    }
}
