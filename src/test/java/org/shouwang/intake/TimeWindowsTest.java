package org.shouwang.intake;

import org.junit.jupiter.api.Test;
import org.shouwang.volunteer.AvailabilityWindow;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeWindowsTest {

    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Test
    void the_issues_example_reads_as_two_windows() {
        assertThat(TimeWindows.parse("周一至周五 18:00-22:00; 周六 08:00-12:00")).containsExactly(
                new AvailabilityWindow(WEEKDAYS, LocalTime.of(18, 0), LocalTime.of(22, 0)),
                new AvailabilityWindow(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(12, 0)));
    }

    @Test
    void english_days_lists_full_width_marks_and_no_days_are_read_too() {
        assertThat(TimeWindows.parse("Mon-Fri 18:00-22:00")).containsExactly(
                new AvailabilityWindow(WEEKDAYS, LocalTime.of(18, 0), LocalTime.of(22, 0)));
        assertThat(TimeWindows.parse("星期六、周日 9：00～11：30；每天 22:00-06:00")).containsExactly(
                new AvailabilityWindow(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(9, 0),
                        LocalTime.of(11, 30)),
                new AvailabilityWindow(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0)));
        assertThat(TimeWindows.parse("07:00-19:00")).containsExactly(
                new AvailabilityWindow(EnumSet.allOf(DayOfWeek.class), LocalTime.of(7, 0), LocalTime.of(19, 0)));
        assertThat(TimeWindows.parse("  ")).isEmpty();
    }

    @Test
    void a_range_over_the_weekend_wraps_to_monday() {
        assertThat(TimeWindows.parse("周六至周一 08:00-12:00").get(0).getDays())
                .containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
    }

    @Test
    void what_is_written_reads_back_the_same() {
        List<AvailabilityWindow> windows = List.of(
                new AvailabilityWindow(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY, DayOfWeek.SUNDAY), LocalTime.of(7, 30), LocalTime.of(11, 0)),
                new AvailabilityWindow(EnumSet.allOf(DayOfWeek.class), LocalTime.of(23, 0), LocalTime.of(7, 0)));

        String text = TimeWindows.format(windows);

        assertThat(text).isEqualTo("周一、周三至周五、周日 07:30-11:00; 每天 23:00-07:00");
        assertThat(TimeWindows.parse(text)).isEqualTo(windows);
    }

    @Test
    void unreadable_windows_name_the_part_that_is_wrong() {
        assertThatThrownBy(() -> TimeWindows.parse("周一至周五 18:00-22:00; 周八 08:00-12:00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("周八 08:00-12:00");
        assertThatThrownBy(() -> TimeWindows.parse("晚上有空")).hasMessage("晚上有空");
        assertThatThrownBy(() -> TimeWindows.parse("周一 25:00-26:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeWindows.parse("周一 08:00-08:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
