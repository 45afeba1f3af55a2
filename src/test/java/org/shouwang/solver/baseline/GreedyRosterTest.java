package org.shouwang.solver.baseline;

import org.junit.jupiter.api.Test;
import org.shouwang.plan.PlanBuilder;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.plan.PlanBuilder.MONDAY;
import static org.shouwang.plan.PlanBuilder.onlyHome;
import static org.shouwang.plan.PlanBuilder.person;
import static org.shouwang.plan.PlanBuilder.window;
import static org.shouwang.plan.PlanBuilder.withAvailable;
import static org.shouwang.plan.PlanBuilder.withLeave;

class GreedyRosterTest {

    @Test
    void gives_each_seat_to_the_volunteer_with_the_fewest_hours_so_far() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(1)
                .demand("A-G", "07:00", "11:00", 1).demand("A-G", "11:00", "15:00", 1)
                .demand("A-G", "15:00", "19:00", 1).demand("A-G", "19:00", "23:00", 1)
                .volunteer(person("V1", 40)).volunteer(person("V2", 40)).build());

        assertThat(roster.assignments()).extracting(AssignmentDef::volunteer)
                .containsExactly("V1", "V2", "V1", "V2");
    }

    @Test
    void writes_one_assignment_per_seat_in_post_start_seat_order_and_leaves_unfillable_seats_empty() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(1)
                .demand("B-G", "07:00", "11:00", 2).demand("A-G", "11:00", "15:00", 1)
                .volunteer(person("V1", 40)).build());

        assertThat(roster.assignments()).extracting(AssignmentDef::post, AssignmentDef::seat)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-G", 0), org.assertj.core.groups.Tuple.tuple("B-G", 0),
                        org.assertj.core.groups.Tuple.tuple("B-G", 1));
        assertThat(roster.assignments()).extracting(AssignmentDef::volunteer).containsExactly("V1", "V1", null);
    }

    @Test
    void a_seat_needing_a_skill_goes_only_to_someone_who_has_it() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(1)
                .demand("A-G", "07:00", "11:00", 1, "LEAD").demand("B-G", "07:00", "11:00", 1, "TEMPERATURE")
                .volunteer(person("V1", 40)).volunteer(person("V2", 40, "LEAD")).build());

        assertThat(volunteerAt(roster, "A-G", "07:00", 0)).isEqualTo("V2");
        assertThat(volunteerAt(roster, "B-G", "07:00", 0)).isNull();
    }

    @Test
    void skilled_seats_are_filled_before_plain_seats_of_the_same_start() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(1)
                .demand("A-G", "07:00", "11:00", 1).demand("B-G", "07:00", "11:00", 1, "LEAD")
                .volunteer(person("V1", 40, "LEAD")).build());

        assertThat(volunteerAt(roster, "B-G", "07:00", 0)).isEqualTo("V1");
        assertThat(volunteerAt(roster, "A-G", "07:00", 0)).isNull();
    }

    @Test
    void a_shift_must_lie_wholly_inside_an_availability_window() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(2)
                .demand("A-G", "07:00", "11:00", 1).demand("A-G", "09:00", "13:00", 1)
                .volunteer(withAvailable(person("V1", 40), window("07:00", "12:00", DayOfWeek.MONDAY))).build());

        assertThat(volunteerAt(roster, "A-G", "07:00", 0)).isEqualTo("V1");
        assertThat(volunteerAt(roster, "A-G", "09:00", 0)).isNull();
        assertThat(filled(roster)).as("Tuesday is outside the window").isEqualTo(1);
    }

    @Test
    void a_window_ending_at_or_before_its_start_runs_into_the_next_day() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(2)
                .demand("A-G", "23:00", "07:00", 1)
                .volunteer(withAvailable(person("V1", 40), window("19:00", "07:00", DayOfWeek.MONDAY))).build());

        assertThat(volunteerAt(roster, "A-G", "23:00", 0)).isEqualTo("V1");
        assertThat(filled(roster)).as("Tuesday night starts outside the Monday window").isEqualTo(1);
    }

    @Test
    void no_shift_overlapping_leave_is_given() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(2)
                .demand("A-G", "07:00", "11:00", 1)
                .volunteer(withLeave(person("V1", 40), "2020-02-03T10:59", "2020-02-04T07:00")).build());

        assertThat(roster.assignments()).extracting(AssignmentDef::volunteer).containsExactly(null, "V1");
    }

    @Test
    void one_volunteer_never_takes_two_overlapping_shifts() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(1)
                .demand("A-G", "07:00", "11:00", 2).demand("B-G", "10:00", "12:00", 1)
                .volunteer(person("V1", 40)).build());

        assertThat(filled(roster)).isEqualTo(1);
    }

    @Test
    void shifts_of_one_volunteer_touch_or_keep_the_minimum_rest() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(1).rules(8, 24, 7)
                .demand("A-G", "07:00", "11:00", 1).demand("A-G", "11:00", "15:00", 1)
                .demand("A-G", "18:00", "20:00", 1).demand("A-G", "23:00", "23:30", 1)
                .volunteer(person("V1", 40)).build());

        assertThat(roster.assignments()).extracting(AssignmentDef::volunteer)
                .containsExactly("V1", "V1", null, "V1");
    }

    @Test
    void hours_of_shifts_starting_on_one_date_stay_within_the_daily_maximum() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(1).rules(0, 8, 7)
                .demand("A-G", "07:00", "11:00", 1).demand("A-G", "11:00", "15:00", 1)
                .demand("A-G", "15:00", "19:00", 1).demand("A-G", "20:00", "04:00", 1)
                .volunteer(person("V1", 40)).build());

        assertThat(filled(roster)).isEqualTo(2);
    }

    @Test
    void hours_per_monday_to_sunday_week_stay_within_the_volunteers_maximum() {
        // 3 hours a day for 10 days from a Monday: 7 days of week one, 3 of week two; 10 hours a week at most.
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(10)
                .demand("A-G", "08:00", "11:00", 1).volunteer(person("V1", 10)).build());

        assertThat(roster.assignments()).extracting(AssignmentDef::volunteer)
                .containsExactly("V1", "V1", "V1", null, null, null, null, "V1", "V1", "V1");
    }

    @Test
    void a_volunteer_works_at_most_the_maximum_consecutive_days() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(7).rules(0, 24, 3)
                .demand("A-G", "08:00", "10:00", 1).volunteer(person("V1", 40)).build());

        assertThat(roster.assignments()).extracting(AssignmentDef::volunteer)
                .containsExactly("V1", "V1", "V1", null, "V1", "V1", "V1");
    }

    @Test
    void a_pinned_assignment_in_the_middle_of_a_run_counts_for_consecutive_days() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(5).rules(0, 24, 2)
                .demand("A-G", "08:00", "10:00", 1).volunteer(person("V1", 40))
                .pin("A-G", MONDAY.plusDays(2).atTime(8, 0), 0, "V1").build());

        assertThat(roster.assignments()).extracting(AssignmentDef::volunteer)
                .containsExactly("V1", null, "V1", "V1", null);
    }

    @Test
    void home_only_volunteers_serve_their_own_compound_only() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(1)
                .demand("A-G", "07:00", "11:00", 1).demand("B-G", "11:00", "15:00", 1)
                .volunteer(onlyHome(person("V1", 40), "B")).build());

        assertThat(roster.assignments()).extracting(AssignmentDef::volunteer).containsExactly(null, "V1");
    }

    @Test
    void pinned_assignments_are_kept_even_empty_and_count_towards_the_hours() {
        PlanDocument roster = GreedyRoster.solve(PlanBuilder.twoGates(1)
                .demand("A-G", "07:00", "11:00", 1).demand("A-G", "11:00", "15:00", 1)
                .demand("A-G", "15:00", "19:00", 1)
                .volunteer(person("V1", 40)).volunteer(person("V2", 40))
                .pin("A-G", MONDAY.atTime(7, 0), 0, null)
                .pin("A-G", MONDAY.atTime(15, 0), 0, "V1").build());

        assertThat(roster.assignments()).extracting(AssignmentDef::volunteer).containsExactly(null, "V2", "V1");
        assertThat(roster.assignments()).extracting(AssignmentDef::pinned).containsExactly(true, false, true);
    }

    static String volunteerAt(PlanDocument roster, String post, String time, int seat) {
        LocalDateTime start = MONDAY.atTime(java.time.LocalTime.parse(time));
        return roster.assignments().stream()
                .filter(a -> a.post().equals(post) && a.start().equals(start) && a.seat() == seat)
                .findFirst().orElseThrow().volunteer();
    }

    static long filled(PlanDocument roster) {
        return roster.assignments().stream().map(AssignmentDef::volunteer).filter(Objects::nonNull).count();
    }
}
