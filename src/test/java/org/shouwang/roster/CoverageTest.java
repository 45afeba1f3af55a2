package org.shouwang.roster;

import org.junit.jupiter.api.Test;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.plan.PlanBuilder.MONDAY;
import static org.shouwang.plan.PlanBuilder.anyone;
import static org.shouwang.plan.PlanBuilder.oneGate;
import static org.shouwang.plan.PlanBuilder.withMaxHoursPerWeek;

class CoverageTest {

    @Test
    void each_time_band_of_a_compound_counts_its_seats_filled_and_empty() {
        PlanDocument plan = oneGate().demand("A-N", "07:00", "11:00", 2).demand("A-N", "19:00", "23:00", 1)
                .volunteer(withMaxHoursPerWeek(anyone("V1", "A"), 24))
                .assign("A-N", "2020-02-03T07:00", 0, "V1", false).build();

        List<CoverageRow> rows = Coverage.of(plan);

        assertThat(rows).extracting(CoverageRow::from, CoverageRow::seats, CoverageRow::filled, CoverageRow::empty)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalTime.of(7, 0), 14, 1, 13),
                        org.assertj.core.groups.Tuple.tuple(LocalTime.of(19, 0), 7, 0, 7));
        assertThat(rows.get(0).compoundName()).isEqualTo("甲院");
    }

    @Test
    void people_needed_is_the_busiest_day_when_hours_allow_one_shift_a_day() {
        // 2 seats a day, 4-hour shifts, 40 h a week allow 6 shifts (consecutive-days rule): 14 / 6 -> 3 > 2.
        PlanDocument plan = oneGate().demand("A-N", "07:00", "11:00", 2).volunteer(anyone("V1", "A")).build();

        assertThat(Coverage.of(plan).get(0).peopleNeeded()).isEqualTo(3);
    }

    @Test
    void people_needed_grows_when_weekly_hours_allow_few_shifts() {
        // 1 seat a day, 4-hour shifts, 8 h a week allow 2 shifts each: 7 empty seats need 4 people.
        PlanDocument plan = oneGate().demand("A-N", "19:00", "23:00", 1)
                .volunteer(withMaxHoursPerWeek(anyone("V1", "A"), 8)).build();

        CoverageRow row = Coverage.of(plan).get(0);
        assertThat(row.peopleNeeded()).isEqualTo(4);
        assertThat(row.emptyDays()).isEqualTo(EnumSet.allOf(DayOfWeek.class));
    }

    @Test
    void a_band_whose_seats_are_all_filled_needs_nobody() {
        List<AssignmentDef> all = new ArrayList<>();
        for (LocalDate d = MONDAY; !d.isAfter(MONDAY.plusDays(6)); d = d.plusDays(1)) {
            all.add(new AssignmentDef("A-N", d.atTime(19, 0), 0, "V1", false));
        }
        PlanDocument plan = oneGate().demand("A-N", "19:00", "23:00", 1).volunteer(anyone("V1", "A"))
                .assignments(all).build();

        CoverageRow row = Coverage.of(plan).get(0);
        assertThat(row.empty()).isZero();
        assertThat(row.peopleNeeded()).isZero();
        assertThat(row.emptyDays()).isEmpty();
    }

    @Test
    void empty_weekend_seats_are_reported_on_weekend_days_only() {
        PlanDocument plan = oneGate().demand("A-N", List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), "07:00", "11:00", 1)
                .volunteer(withMaxHoursPerWeek(anyone("V1", "A"), 24)).build();

        assertThat(Coverage.of(plan).get(0).emptyDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
}
