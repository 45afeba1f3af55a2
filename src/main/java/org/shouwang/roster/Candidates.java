package org.shouwang.roster;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.solver.Rule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ranks the volunteers of a plan document as candidates for one of its seats. */
final class Candidates {

    static final int HOME_FIT = 10;
    static final int PREFERRED_FIT = 5;
    static final int SPARE_HOURS_FIT = 5;

    private Candidates() {
    }

    /**
     * @param document a roster without the seat's own assignment
     * @param whyNot   the hard rules a volunteer (by code) would break on the seat
     */
    static List<SeatCandidate> rank(PlanDocument document, AssignmentDef seat, LocalDateTime end, String compoundCode,
                                    Map<String, Long> idsByCode, Function<String, List<Rule>> whyNot) {
        Map<String, Double> weekHours = weekHours(document, seat.start());
        Map<String, String> compoundNames = new HashMap<>();
        document.compounds().forEach(c -> compoundNames.put(c.code(), c.name()));
        List<SeatCandidate> candidates = new ArrayList<>();
        for (VolunteerDef v : document.volunteers()) {
            Long id = idsByCode.get(v.code());
            if (id == null) {
                continue;
            }
            boolean home = compoundCode.equals(v.home());
            boolean preferred = v.preferred().stream().anyMatch(w -> fits(w, seat.start(), end));
            double hours = weekHours.getOrDefault(v.code(), 0.0);
            double spare = v.maxHoursPerWeek() <= 0 ? 0 : Math.max(0, 1 - hours / v.maxHoursPerWeek());
            int fit = (home ? HOME_FIT : 0) + (preferred ? PREFERRED_FIT : 0) + (int) Math.round(SPARE_HOURS_FIT * spare);
            candidates.add(new SeatCandidate(id, v.code(), v.name(), v.role() == null ? null : v.role().name(),
                    v.home() == null ? null : compoundNames.get(v.home()), whyNot.apply(v.code()), home, preferred,
                    hours, v.maxHoursPerWeek(), fit));
        }
        candidates.sort(Comparator.comparing((SeatCandidate c) -> !c.eligible())
                .thenComparing(Comparator.comparingInt(SeatCandidate::fit).reversed())
                .thenComparing(SeatCandidate::code));
        return candidates;
    }

    /** Hours of each volunteer's duties that start in the Monday–Sunday week of {@code start}. */
    private static Map<String, Double> weekHours(PlanDocument document, LocalDateTime start) {
        LocalDate monday = start.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, ShiftDef> shifts = new HashMap<>();
        Shifts.expand(document).forEach(s -> shifts.put(s.post() + "|" + s.start(), s));
        Map<String, Double> hours = new HashMap<>();
        for (AssignmentDef a : document.assignments()) {
            ShiftDef shift = shifts.get(a.post() + "|" + a.start());
            LocalDate date = a.start().toLocalDate();
            if (a.volunteer() != null && shift != null && !date.isBefore(monday) && date.isBefore(monday.plusWeeks(1))) {
                hours.merge(a.volunteer(), shift.hours(), Double::sum);
            }
        }
        return hours;
    }

    /** A shift fits a weekly window when it lies wholly inside it ({@code to <= from}: the window ends next day). */
    static boolean fits(WeeklyWindow window, LocalDateTime start, LocalDateTime end) {
        for (int back = 0; back <= 1; back++) {
            LocalDate day = start.toLocalDate().minusDays(back);
            if (!window.days().contains(day.getDayOfWeek())) {
                continue;
            }
            LocalDateTime from = day.atTime(window.from());
            LocalDateTime to = (window.to().isAfter(window.from()) ? day : day.plusDays(1)).atTime(window.to());
            if (!start.isBefore(from) && !end.isAfter(to)) {
                return true;
            }
        }
        return false;
    }

    static double hours(LocalDateTime start, LocalDateTime end) {
        return Duration.between(start, end).toMinutes() / 60.0;
    }
}
