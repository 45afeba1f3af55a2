package org.shouwang.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.shouwang.base.DaysOfWeekConverter;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A weekly window such as "Mon–Fri 07:00–19:00"; {@code endsAt <= startsAt} runs into the next day. */
@Embeddable
public class AvailabilityWindow {

    @Convert(converter = DaysOfWeekConverter.class)
    @Column(name = "days", nullable = false, length = 30)
    private Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected AvailabilityWindow() {
    }

    public AvailabilityWindow(Set<DayOfWeek> days, LocalTime startsAt, LocalTime endsAt) {
        this.days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public Set<DayOfWeek> getDays() {
        return days;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AvailabilityWindow w && days.equals(w.days)
                && startsAt.equals(w.startsAt) && endsAt.equals(w.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(days, startsAt, endsAt);
    }
}
