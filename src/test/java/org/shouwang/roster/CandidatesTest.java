package org.shouwang.roster;

import org.junit.jupiter.api.Test;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;
import org.shouwang.solver.Rule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.plan.PlanBuilder.MONDAY;
import static org.shouwang.plan.PlanBuilder.anyone;
import static org.shouwang.plan.PlanBuilder.oneGate;
import static org.shouwang.plan.PlanBuilder.window;
import static org.shouwang.plan.PlanBuilder.withMaxHoursPerWeek;
import static org.shouwang.plan.PlanBuilder.withPreferred;

class CandidatesTest {

    private static final LocalDateTime MONDAY_7 = MONDAY.atTime(7, 0);
    private static final AssignmentDef SEAT = new AssignmentDef("A-N", MONDAY_7, 1, null, false);
    private static final Map<String, Long> IDS = Map.of("V1", 1L, "V2", 2L, "V3", 3L, "V4", 4L);

    @Test
    void eligible_volunteers_come_first_best_fit_first_and_the_others_keep_their_reasons() {
        WeeklyWindow mornings = window("06:00", "12:00");
        PlanDocument plan = oneGate().demand("A-N", "07:00", "11:00", 2)
                .volunteer(withMaxHoursPerWeek(anyone("V1", "B"), 24))
                .volunteer(withPreferred(withMaxHoursPerWeek(anyone("V2", "A"), 24), mornings))
                .volunteer(withMaxHoursPerWeek(anyone("V3", "A"), 24))
                .volunteer(withPreferred(withMaxHoursPerWeek(anyone("V4", "A"), 24), mornings)).build();

        List<SeatCandidate> ranked = Candidates.rank(plan, SEAT, MONDAY_7.plusHours(4), "A", IDS,
                code -> code.equals("V4") ? List.of(Rule.ON_LEAVE) : List.of());

        assertThat(ranked).extracting(SeatCandidate::code).containsExactly("V2", "V3", "V1", "V4");
        assertThat(ranked.get(0).home()).isTrue();
        assertThat(ranked.get(0).preferred()).isTrue();
        assertThat(ranked.get(3).reasons()).containsExactly(Rule.ON_LEAVE);
        assertThat(ranked.get(3).eligible()).isFalse();
    }

    @Test
    void hours_already_served_in_the_week_lower_the_fit() {
        PlanDocument plan = oneGate().demand("A-N", "07:00", "11:00", 2)
                .volunteer(withMaxHoursPerWeek(anyone("V1", "A"), 8))
                .volunteer(withMaxHoursPerWeek(anyone("V2", "A"), 8))
                .assign("A-N", "2020-02-04T07:00", 0, "V1", false).build();

        List<SeatCandidate> ranked = Candidates.rank(plan, SEAT, MONDAY_7.plusHours(4), "A", IDS, code -> List.of());

        assertThat(ranked).extracting(SeatCandidate::code).containsExactly("V2", "V1");
        assertThat(ranked.get(1).weekHours()).isEqualTo(4.0);
    }

    @Test
    void an_overnight_window_holds_a_night_shift_of_the_next_morning() {
        WeeklyWindow nights = new WeeklyWindow(List.of(DayOfWeek.MONDAY), LocalTime.of(22, 0), LocalTime.of(8, 0));

        assertThat(Candidates.fits(nights, LocalDate.of(2020, 2, 4).atTime(3, 0), LocalDate.of(2020, 2, 4).atTime(7, 0))).isTrue();
        assertThat(Candidates.fits(nights, LocalDate.of(2020, 2, 4).atTime(7, 0), LocalDate.of(2020, 2, 4).atTime(11, 0))).isFalse();
        assertThat(Candidates.fits(nights, LocalDate.of(2020, 2, 3).atTime(23, 0), LocalDate.of(2020, 2, 4).atTime(7, 0))).isTrue();
    }
}
