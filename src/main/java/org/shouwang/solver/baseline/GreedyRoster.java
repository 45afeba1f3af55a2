package org.shouwang.solver.baseline;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.PostDef;
import org.shouwang.plan.PlanDocument.Rules;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The baseline a careful secretary with a spreadsheet reaches: seats in time order, each given to the
 * eligible volunteer with the fewest hours so far, every hard rule of {@code shouwang-plan/1} kept.
 * Benchmarks compare the solver with it; the solver must never fill fewer seats.
 * <p>
 * Order: by shift start; at one start, seats that need a skill before those that do not (a leader
 * taken for a plain seat could leave a leader seat empty), then post and seat number. Ties in hours go
 * to a volunteer of the post's own compound, then to the earlier volunteer in the document.
 * Pinned input assignments are kept as they are and counted first; unpinned ones are ignored.
 */
public final class GreedyRoster {

    private static final double EPSILON = 1e-6;

    private GreedyRoster() {
    }

    /**
     * @return the problem with one assignment per seat, in post, start, seat order (volunteer
     *         {@code null} where no one could be found); the summary is left {@code null} for the caller's checker
     */
    public static PlanDocument solve(PlanDocument problem) {
        Map<String, String> compoundOfPost = new HashMap<>();
        for (PostDef post : problem.posts()) {
            compoundOfPost.put(post.code(), post.compound());
        }
        Map<String, Schedule> schedules = new HashMap<>();
        for (VolunteerDef volunteer : problem.volunteers()) {
            schedules.put(volunteer.code(), new Schedule(volunteer, problem.rules()));
        }

        List<SeatRef> seats = new ArrayList<>();
        for (ShiftDef shift : Shifts.expand(problem)) {
            for (int i = 0; i < shift.headcount(); i++) {
                seats.add(new SeatRef(shift, i));
            }
        }
        Map<SeatKey, AssignmentDef> pinned = new HashMap<>();
        for (AssignmentDef assignment : problem.assignments()) {
            if (assignment.pinned()) {
                pinned.put(new SeatKey(assignment.post(), assignment.start(), assignment.seat()), assignment);
            }
        }

        Map<SeatRef, String> chosen = new HashMap<>();
        List<SeatRef> open = new ArrayList<>();
        for (SeatRef seat : seats) {
            AssignmentDef pin = pinned.get(seat.key());
            if (pin == null) {
                open.add(seat);
            } else if (pin.volunteer() != null) {
                chosen.put(seat, pin.volunteer());
                schedules.get(pin.volunteer()).add(seat.shift());
            }
        }
        open.sort(Comparator.comparing((SeatRef seat) -> seat.shift().start())
                .thenComparing(seat -> seat.skill() == null)
                .thenComparing(seat -> seat.shift().post())
                .thenComparingInt(SeatRef::index));

        for (SeatRef seat : open) {
            String compound = compoundOfPost.get(seat.shift().post());
            Schedule best = null;
            for (VolunteerDef volunteer : problem.volunteers()) {
                Schedule schedule = schedules.get(volunteer.code());
                if (Eligibility.canServe(volunteer, seat.skill(), compound, seat.shift().start(), seat.shift().end())
                        && schedule.fits(seat.shift())
                        && (best == null || schedule.isBetterThan(best, compound))) {
                    best = schedule;
                }
            }
            if (best != null) {
                best.add(seat.shift());
                chosen.put(seat, best.volunteer.code());
            }
        }

        List<AssignmentDef> assignments = new ArrayList<>(seats.size());
        for (SeatRef seat : seats) {
            AssignmentDef pin = pinned.get(seat.key());
            assignments.add(new AssignmentDef(seat.shift().post(), seat.shift().start(), seat.index(),
                    chosen.get(seat), pin != null));
        }
        return problem.withAssignments(assignments, null);
    }

    private record SeatKey(String post, LocalDateTime start, int seat) {
    }

    private record SeatRef(ShiftDef shift, int index) {
        String skill() {
            return shift.seatSkills().get(index);
        }

        SeatKey key() {
            return new SeatKey(shift.post(), shift.start(), index);
        }
    }

    /** One volunteer's shifts so far, with the running totals the rules need. */
    private static final class Schedule {
        private final VolunteerDef volunteer;
        private final Rules rules;
        private final long restMinutes;
        private final NavigableMap<LocalDateTime, LocalDateTime> shifts = new TreeMap<>();
        private final Map<LocalDate, Long> minutesPerDate = new HashMap<>();
        private final Map<LocalDate, Long> minutesPerWeek = new HashMap<>();
        private final TreeSet<LocalDate> workDates = new TreeSet<>();
        private long totalMinutes;

        Schedule(VolunteerDef volunteer, Rules rules) {
            this.volunteer = volunteer;
            this.rules = rules;
            this.restMinutes = Math.round(rules.minRestHours() * 60);
        }

        boolean fits(ShiftDef shift) {
            long minutes = minutes(shift);
            LocalDate date = shift.start().toLocalDate();
            return minutesPerDate.getOrDefault(date, 0L) + minutes <= rules.maxHoursPerDay() * 60 + EPSILON
                    && minutesPerWeek.getOrDefault(Eligibility.weekOf(date), 0L) + minutes
                    <= volunteer.maxHoursPerWeek() * 60 + EPSILON
                    && keepsRest(shift)
                    && runThrough(date) <= rules.maxConsecutiveDays();
        }

        /** No overlap, and either touching or at least the minimum rest apart; a shift lasts at most a day. */
        private boolean keepsRest(ShiftDef shift) {
            LocalDateTime from = shift.start().minusDays(1).minusMinutes(restMinutes);
            LocalDateTime to = shift.end().plusMinutes(restMinutes);
            for (Map.Entry<LocalDateTime, LocalDateTime> other : shifts.subMap(from, true, to, true).entrySet()) {
                LocalDateTime otherStart = other.getKey();
                LocalDateTime otherEnd = other.getValue();
                if (shift.start().isBefore(otherEnd) && otherStart.isBefore(shift.end())) {
                    return false;
                }
                long gap = otherEnd.isAfter(shift.start())
                        ? Duration.between(shift.end(), otherStart).toMinutes()
                        : Duration.between(otherEnd, shift.start()).toMinutes();
                if (gap > 0 && gap < restMinutes) {
                    return false;
                }
            }
            return true;
        }

        /** The length of the run of work dates that {@code date} would be part of. */
        private int runThrough(LocalDate date) {
            if (workDates.contains(date)) {
                return 0;
            }
            int run = 1;
            for (LocalDate d = date.minusDays(1); workDates.contains(d); d = d.minusDays(1)) {
                run++;
            }
            for (LocalDate d = date.plusDays(1); workDates.contains(d); d = d.plusDays(1)) {
                run++;
            }
            return run;
        }

        void add(ShiftDef shift) {
            long minutes = minutes(shift);
            LocalDate date = shift.start().toLocalDate();
            shifts.put(shift.start(), shift.end());
            minutesPerDate.merge(date, minutes, Long::sum);
            minutesPerWeek.merge(Eligibility.weekOf(date), minutes, Long::sum);
            workDates.add(date);
            totalMinutes += minutes;
        }

        boolean isBetterThan(Schedule other, String compound) {
            if (totalMinutes != other.totalMinutes) {
                return totalMinutes < other.totalMinutes;
            }
            return compound.equals(volunteer.home()) && !compound.equals(other.volunteer.home());
        }

        private static long minutes(ShiftDef shift) {
            return Duration.between(shift.start(), shift.end()).toMinutes();
        }
    }
}
