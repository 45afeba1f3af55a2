package org.shouwang.solver.check;

import org.junit.jupiter.api.Test;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanBuilder;
import org.shouwang.solver.Rule;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.plan.PlanBuilder.anyone;
import static org.shouwang.plan.PlanBuilder.plan;

class RosterCheckerTest {

    private final RosterChecker checker = new RosterChecker();

    /** Two compounds, a gate each, four-hour shifts 07-11, 11-15, 15-19 with a LEAD seat; rest 10 h, 8 h a day. */
    private static PlanBuilder base() {
        return plan().horizon("2020-02-03", "2020-02-09").rules(10, 8, 5)
                .compound("C1").compound("C2")
                .demand("C1-G", "07:00", "11:00", 2, 1)
                .demand("C1-G", "11:00", "15:00", 1, 0)
                .demand("C1-G", "15:00", "19:00", 1, 0)
                .demand("C2-G", "07:00", "11:00", 1, 0)
                .volunteer(anyone("L", "C1", "LEAD"))
                .volunteer(anyone("P", "C1"));
    }

    @Test
    void a_roster_keeping_every_rule_has_no_violations() {
        PlanDocument doc = base()
                .assign("C1-G", "2020-02-03T07:00", 0, "L", false)
                .assign("C1-G", "2020-02-03T07:00", 1, "P", false)
                .assign("C1-G", "2020-02-03T11:00", 0, "L", false) // touching: allowed
                .build();
        assertThat(checker.check(doc)).isEmpty();
    }

    @Test
    void a_lead_seat_without_the_skill_is_a_skill_violation() {
        PlanDocument doc = base().assign("C1-G", "2020-02-03T07:00", 0, "P", false).build();
        assertThat(checker.check(doc)).extracting(Violation::rule).containsExactly(Rule.MISSING_SKILL);
    }

    @Test
    void a_shift_outside_the_weekly_windows_is_an_availability_violation() {
        PlanDocument doc = base()
                .volunteer(PlanBuilder.withAvailable(anyone("E", null),
                        PlanBuilder.window("19:00", "07:00", DayOfWeek.MONDAY)))
                .assign("C2-G", "2020-02-03T07:00", 0, "E", false).build();
        assertThat(checker.check(doc)).extracting(Violation::rule).containsExactly(Rule.OUTSIDE_AVAILABILITY);
    }

    @Test
    void a_shift_inside_an_overnight_window_that_began_the_day_before_is_available() {
        PlanDocument doc = base()
                .volunteer(PlanBuilder.withAvailable(anyone("E", null),
                        PlanBuilder.window("19:00", "12:00", DayOfWeek.SUNDAY)))
                .assign("C2-G", "2020-02-03T07:00", 0, "E", false).build();
        assertThat(checker.check(doc)).isEmpty();
    }

    @Test
    void a_shift_during_leave_is_an_unavailable_violation() {
        PlanDocument doc = base()
                .volunteer(PlanBuilder.withLeave(anyone("S", null), "2020-02-03T10:00", "2020-02-04T00:00"))
                .assign("C2-G", "2020-02-03T07:00", 0, "S", false)
                .assign("C2-G", "2020-02-04T07:00", 0, "S", false).build();
        List<Violation> violations = checker.check(doc);
        assertThat(violations).extracting(Violation::rule).containsExactly(Rule.ON_LEAVE);
        assertThat(violations.get(0).seats()).extracting(AssignmentDef::start)
                .containsExactly(LocalDateTime.parse("2020-02-03T07:00"));
    }

    @Test
    void a_home_only_volunteer_elsewhere_is_an_only_home_violation() {
        PlanDocument doc = base().volunteer(PlanBuilder.onlyHome(anyone("H", "C1")))
                .assign("C2-G", "2020-02-03T07:00", 0, "H", false).build();
        assertThat(checker.check(doc)).extracting(Violation::rule).containsExactly(Rule.OUTSIDE_HOME);
    }

    @Test
    void two_seats_of_one_shift_overlap() {
        PlanDocument doc = base()
                .assign("C1-G", "2020-02-03T07:00", 0, "L", false)
                .assign("C1-G", "2020-02-03T07:00", 1, "L", false).build();
        assertThat(checker.check(doc)).extracting(Violation::rule).containsExactly(Rule.OVERLAP);
    }

    @Test
    void a_gap_shorter_than_the_rest_is_a_rest_violation_per_pair() {
        PlanDocument doc = base()
                .assign("C1-G", "2020-02-03T07:00", 1, "P", false)
                .assign("C1-G", "2020-02-03T15:00", 0, "P", false)
                .assign("C1-G", "2020-02-04T07:00", 1, "P", false).build();
        // 07-11 and 15-19 rest 4 h; 15-19 and 07-11 next day rest 12 h; the first and last 20 h.
        assertThat(checker.check(doc)).extracting(Violation::rule).containsExactly(Rule.TOO_LITTLE_REST);
    }

    @Test
    void more_hours_on_a_date_than_the_daily_maximum_is_one_violation_for_the_date() {
        PlanDocument doc = base()
                .rules(0, 8, 5)
                .assign("C1-G", "2020-02-03T07:00", 1, "P", false)
                .assign("C1-G", "2020-02-03T11:00", 0, "P", false)
                .assign("C1-G", "2020-02-03T15:00", 0, "P", false).build();
        List<Violation> violations = checker.check(doc);
        assertThat(violations).extracting(Violation::rule).containsExactly(Rule.DAILY_HOURS);
        assertThat(violations.get(0).seats()).hasSize(3);
    }

    @Test
    void more_hours_in_a_monday_to_sunday_week_than_the_maximum_is_a_weekly_violation() {
        PlanDocument doc = base().horizon("2020-02-03", "2020-02-10")
                .volunteer(PlanBuilder.withMaxHoursPerWeek(anyone("W", null), 8))
                .assign("C2-G", "2020-02-03T07:00", 0, "W", false)
                .assign("C2-G", "2020-02-08T07:00", 0, "W", false)
                .assign("C2-G", "2020-02-10T07:00", 0, "W", false) // next week
                .build();
        assertThat(checker.check(doc)).isEmpty();
        PlanDocument over = base().horizon("2020-02-03", "2020-02-10")
                .volunteer(PlanBuilder.withMaxHoursPerWeek(anyone("W", null), 8))
                .assign("C2-G", "2020-02-03T07:00", 0, "W", false)
                .assign("C2-G", "2020-02-08T07:00", 0, "W", false)
                .assign("C2-G", "2020-02-09T07:00", 0, "W", false).build();
        assertThat(checker.check(over)).extracting(Violation::rule).containsExactly(Rule.WEEKLY_HOURS);
    }

    @Test
    void a_run_of_dates_longer_than_the_maximum_is_one_violation() {
        PlanBuilder builder = base().rules(10, 8, 2);
        for (int day = 3; day <= 6; day++) {
            builder.assign("C2-G", "2020-02-0" + day + "T07:00", 0, "P", false);
        }
        List<Violation> violations = checker.check(builder.build());
        assertThat(violations).extracting(Violation::rule).containsExactly(Rule.CONSECUTIVE_DAYS);
        assertThat(violations.get(0).seats()).hasSize(4);
    }

    @Test
    void a_changed_pinned_assignment_is_found_against_the_input() {
        PlanDocument input = base().assign("C2-G", "2020-02-03T07:00", 0, "P", true).build();
        PlanDocument kept = base().assign("C2-G", "2020-02-03T07:00", 0, "P", true).build();
        PlanDocument changed = base().assign("C2-G", "2020-02-03T07:00", 0, "L", false).build();
        assertThat(checker.check(input, kept)).isEmpty();
        assertThat(checker.check(input, changed)).extracting(Violation::rule)
                .containsExactly(Rule.PINNED_CHANGED);
    }

    @Test
    void why_not_names_the_rules_a_candidate_would_break_on_that_seat_only() {
        PlanDocument doc = base()
                .volunteer(PlanBuilder.withLeave(anyone("S", null), "2020-02-03T00:00", "2020-02-04T00:00"))
                .assign("C1-G", "2020-02-03T15:00", 0, "P", false)
                .assign("C2-G", "2020-02-03T07:00", 0, "P", false) // P would overlap this, rest too little and work 12 h
                .build();
        AssignmentDef seat = new AssignmentDef("C1-G", LocalDateTime.parse("2020-02-03T07:00"), 0, null, false);
        assertThat(checker.whyNot(doc, seat, "P")).extracting(Violation::rule)
                .containsExactlyInAnyOrder(Rule.MISSING_SKILL, Rule.OVERLAP, Rule.TOO_LITTLE_REST, Rule.DAILY_HOURS);
        assertThat(checker.whyNot(doc, seat, "S")).extracting(Violation::rule)
                .containsExactlyInAnyOrder(Rule.MISSING_SKILL, Rule.ON_LEAVE);
        assertThat(checker.whyNot(doc, seat, "L")).isEmpty();
    }

    @Test
    void an_assignment_to_an_unknown_seat_is_refused() {
        PlanDocument doc = base().assign("C2-G", "2020-02-03T08:00", 0, "P", false).build();
        assertThatThrownBy(() -> checker.check(doc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("C2-G");
    }
}
