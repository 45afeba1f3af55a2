package org.shouwang.roster;

import org.junit.jupiter.api.Test;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.plan.PlanBuilder.anyone;
import static org.shouwang.plan.PlanBuilder.oneGate;

/** A window onto the timeline: which dates its rules reach, and what a solve of it may change. */
class WindowTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 2, 5);

    @Test
    void the_neighbourhood_reaches_the_whole_weeks_and_the_consecutive_days_either_side() {
        RosterWindow window = new RosterWindow(1, 1, WEDNESDAY, WEDNESDAY.plusDays(1));

        // Six consecutive days at most: six days either side, more than the calendar week.
        assertThat(window.neighbourhood(10, 6)).containsExactly(WEDNESDAY.minusDays(6), WEDNESDAY.plusDays(7));
        // Two consecutive days at most: the calendar week (Monday to Sunday) is wider.
        assertThat(window.neighbourhood(10, 2)).containsExactly(LocalDate.of(2020, 2, 3), LocalDate.of(2020, 2, 9));
        // A rest longer than a day reaches further back than the week.
        assertThat(window.neighbourhood(40, 1)).containsExactly(WEDNESDAY.minusDays(3), LocalDate.of(2020, 2, 9));
    }

    @Test
    void a_window_holds_the_shifts_that_start_on_its_dates() {
        RosterWindow window = new RosterWindow(1, 1, WEDNESDAY, WEDNESDAY);

        assertThat(window.contains(WEDNESDAY.atStartOfDay())).isTrue();
        assertThat(window.contains(WEDNESDAY.atTime(23, 0))).as("a night shift starting then").isTrue();
        assertThat(window.contains(WEDNESDAY.plusDays(1).atStartOfDay())).isFalse();
        assertThat(window.contains(WEDNESDAY.minusDays(1).atTime(23, 0))).isFalse();
        assertThatThrownBy(() -> new RosterWindow(1, 1, WEDNESDAY, WEDNESDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_solve_may_change_only_the_windows_seats_that_have_not_started() {
        // One gate 07:00–11:00 with two seats, Monday to Friday; the window is Wednesday and Thursday.
        PlanDocument document = oneGate().horizon("2020-02-03", "2020-02-07").demand("A-N", "07:00", "11:00", 2)
                .volunteer(anyone("V1", "A")).volunteer(anyone("V2", "A"))
                .assign("A-N", "2020-02-04T07:00", 0, "V1", false)
                .assign("A-N", "2020-02-05T07:00", 0, "V2", false)
                .assign("A-N", "2020-02-06T07:00", 1, "V1", false)
                .build();
        RosterWindow window = new RosterWindow(1, 1, WEDNESDAY, WEDNESDAY.plusDays(1));
        // Wednesday's shift has started.
        LocalDateTime now = WEDNESDAY.atTime(8, 0);

        PlanDocument fixed = RosterService.fixedOutside(document, window, now);

        // Every seat outside the window or started comes pinned (filled or empty); Thursday's empty seat 0 stays free.
        assertThat(fixed.assignments()).hasSize(9);
        assertThat(fixed.assignments()).filteredOn(a -> !a.pinned()).extracting(AssignmentDef::start, AssignmentDef::seat,
                        AssignmentDef::volunteer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WEDNESDAY.plusDays(1).atTime(7, 0), 1, "V1"));
        assertThat(fixed.assignments()).filteredOn(AssignmentDef::pinned)
                .extracting(AssignmentDef::start, AssignmentDef::seat, AssignmentDef::volunteer)
                .contains(org.assertj.core.groups.Tuple.tuple(WEDNESDAY.minusDays(1).atTime(7, 0), 0, "V1"),
                        org.assertj.core.groups.Tuple.tuple(WEDNESDAY.atTime(7, 0), 0, "V2"),
                        org.assertj.core.groups.Tuple.tuple(WEDNESDAY.plusDays(2).atTime(7, 0), 1, null));
    }
}
