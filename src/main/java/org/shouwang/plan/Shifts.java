package org.shouwang.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Expands recurring demands into the concrete shifts of a horizon: the one place that does so. */
public final class Shifts {

    /** Seats are listed in post, start, seat order: the order of the format's output. */
    public static final Comparator<ShiftDef> ORDER =
            Comparator.comparing(ShiftDef::post).thenComparing(ShiftDef::start);

    private Shifts() {
    }

    /** All shifts of the document's horizon, in {@link #ORDER}. */
    public static List<ShiftDef> expand(PlanDocument document) {
        return expand(document.demands(), document.horizon().from(), document.horizon().to());
    }

    /** All shifts that the demands make on the dates {@code from}..{@code to} (both included), in {@link #ORDER}. */
    public static List<ShiftDef> expand(List<PlanDocument.DemandDef> demands, LocalDate from, LocalDate to) {
        List<ShiftDef> shifts = new ArrayList<>();
        for (PlanDocument.DemandDef demand : demands) {
            LocalDate first = from;
            LocalDate last = to;
            if (demand.dates() != null) {
                first = max(first, demand.dates().from());
                last = min(last, demand.dates().to());
            }
            List<String> seatSkills = seatSkills(demand.headcount(), demand.skills());
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                if (demand.days().contains(date.getDayOfWeek())) {
                    LocalDateTime start = date.atTime(demand.from());
                    LocalDateTime end = (demand.to().isAfter(demand.from()) ? date : date.plusDays(1))
                            .atTime(demand.to());
                    shifts.add(new ShiftDef(demand.post(), start, end, seatSkills));
                }
            }
        }
        shifts.sort(ORDER);
        return shifts;
    }

    /**
     * The first start, on or after {@code onOrAfter}, of a shift that both demands make, or empty when they
     * never start a shift together (other post, other start time, no common weekday in their common dates).
     * A shift starts on its own date whether or not it runs overnight, so the end time plays no part.
     */
    public static Optional<LocalDateTime> firstSameStart(PlanDocument.DemandDef a, PlanDocument.DemandDef b,
                                                         LocalDate onOrAfter) {
        if (!a.post().equals(b.post()) || !a.from().equals(b.from())) {
            return Optional.empty();
        }
        LocalDate first = onOrAfter;
        LocalDate last = LocalDate.MAX;
        for (PlanDocument.DateRange dates : new PlanDocument.DateRange[] {a.dates(), b.dates()}) {
            if (dates != null) {
                first = max(first, dates.from());
                last = min(last, dates.to());
            }
        }
        // a week of common dates holds every weekday: looking further finds nothing new
        for (int i = 0; i < 7 && !first.isAfter(last); i++) {
            if (a.days().contains(first.getDayOfWeek()) && b.days().contains(first.getDayOfWeek())) {
                return Optional.of(first.atTime(a.from()));
            }
            if (first.equals(last)) {
                break;
            }
            first = first.plusDays(1);
        }
        return Optional.empty();
    }

    /** Seat i needs the skill of the i-th unit of the skill counts, in map order; the rest need none. */
    public static List<String> seatSkills(int headcount, Map<String, Integer> skills) {
        List<String> seats = new ArrayList<>(headcount);
        skills.forEach((skill, count) -> {
            for (int i = 0; i < count; i++) {
                seats.add(skill);
            }
        });
        while (seats.size() < headcount) {
            seats.add(null);
        }
        return seats;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
