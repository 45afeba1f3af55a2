package org.shouwang.solver.baseline;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.PostDef;
import org.shouwang.plan.PlanDocument.Rules;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

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
        Calendar calendar = new Calendar(problem.horizon().from(), problem.horizon().to());
        List<VolunteerDef> volunteers = problem.volunteers();
        List<Schedule> schedules = new ArrayList<>();
        Map<String, Schedule> scheduleOf = new HashMap<>();
        for (VolunteerDef volunteer : volunteers) {
            Schedule schedule = new Schedule(volunteer, problem.rules(), calendar);
            schedules.add(schedule);
            scheduleOf.put(volunteer.code(), schedule);
        }

        List<SeatRef> seats = new ArrayList<>();
        for (ShiftDef shift : Shifts.expand(problem)) {
            Span span = calendar.span(shift);
            for (int i = 0; i < shift.headcount(); i++) {
                seats.add(new SeatRef(seats.size(), shift, span, i));
            }
        }
        Map<SeatKey, AssignmentDef> pinned = new HashMap<>();
        for (AssignmentDef assignment : problem.assignments()) {
            if (assignment.pinned()) {
                pinned.put(new SeatKey(assignment.post(), assignment.start(), assignment.seat()), assignment);
            }
        }

        String[] chosen = new String[seats.size()];
        List<SeatRef> open = new ArrayList<>();
        for (SeatRef seat : seats) {
            AssignmentDef pin = pinned.get(seat.key());
            if (pin == null) {
                open.add(seat);
            } else if (pin.volunteer() != null) {
                chosen[seat.position()] = pin.volunteer();
                scheduleOf.get(pin.volunteer()).add(seat.span());
            }
        }
        open.sort(Comparator.comparing((SeatRef seat) -> seat.shift().start())
                .thenComparing(seat -> seat.skill() == null)
                .thenComparing(seat -> seat.shift().post())
                .thenComparingInt(SeatRef::index));

        // Who is free (availability, leave) for a time span, worked out once per span: seats share spans.
        Map<Span, boolean[]> freeDuring = new HashMap<>();
        for (SeatRef seat : open) {
            String compound = compoundOfPost.get(seat.shift().post());
            boolean[] free = freeDuring.computeIfAbsent(seat.span(), span -> {
                boolean[] result = new boolean[volunteers.size()];
                for (int v = 0; v < result.length; v++) {
                    result[v] = Eligibility.isFree(volunteers.get(v), seat.shift().start(), seat.shift().end());
                }
                return result;
            });
            Schedule best = null;
            for (int v = 0; v < volunteers.size(); v++) {
                Schedule candidate = schedules.get(v);
                if (free[v] && Eligibility.hasSkill(candidate.volunteer, seat.skill())
                        && Eligibility.homeAllows(candidate.volunteer, compound)
                        && candidate.fits(seat.span())
                        && (best == null || candidate.isBetterThan(best, compound))) {
                    best = candidate;
                }
            }
            if (best != null) {
                best.add(seat.span());
                chosen[seat.position()] = best.volunteer.code();
            }
        }

        List<AssignmentDef> assignments = new ArrayList<>(seats.size());
        for (SeatRef seat : seats) {
            assignments.add(new AssignmentDef(seat.shift().post(), seat.shift().start(), seat.index(),
                    chosen[seat.position()], pinned.containsKey(seat.key())));
        }
        return problem.withAssignments(assignments, null);
    }

    private record SeatKey(String post, LocalDateTime start, int seat) {
    }

    /** @param position the seat's place in the output, in post, start, seat order */
    private record SeatRef(int position, ShiftDef shift, Span span, int index) {
        String skill() {
            return shift.seatSkills().get(index);
        }

        SeatKey key() {
            return new SeatKey(shift.post(), shift.start(), index);
        }
    }

    /** A shift's time as plain numbers: minutes from the horizon's first midnight, its date and week. */
    private record Span(long start, long end, int day, int week) {
        long minutes() {
            return end - start;
        }
    }

    /** Numbers the horizon's dates and Monday–Sunday weeks from 0, so schedules can use arrays. */
    private record Calendar(LocalDate first, LocalDate monday, int days, int weeks) {
        Calendar(LocalDate first, LocalDate last) {
            this(first, Eligibility.weekOf(first), (int) ChronoUnit.DAYS.between(first, last) + 1,
                    (int) ChronoUnit.WEEKS.between(Eligibility.weekOf(first), Eligibility.weekOf(last)) + 1);
        }

        Span span(ShiftDef shift) {
            LocalDate date = shift.start().toLocalDate();
            return new Span(ChronoUnit.MINUTES.between(first.atStartOfDay(), shift.start()),
                    ChronoUnit.MINUTES.between(first.atStartOfDay(), shift.end()),
                    (int) ChronoUnit.DAYS.between(first, date), (int) ChronoUnit.DAYS.between(monday, date) / 7);
        }
    }

    /** One volunteer's shifts so far, with the running totals the rules need. */
    private static final class Schedule {
        /** A shift lasts at most a day: shifts starting earlier than this before another cannot reach it. */
        private static final long LONGEST_SHIFT = 24 * 60;

        private final VolunteerDef volunteer;
        private final double maxDayMinutes;
        private final double maxWeekMinutes;
        private final int maxConsecutiveDays;
        private final long restMinutes;
        private final NavigableMap<Long, Long> shifts = new TreeMap<>();
        private final long[] minutesPerDay;
        private final long[] minutesPerWeek;
        private final boolean[] works;
        private long totalMinutes;

        Schedule(VolunteerDef volunteer, Rules rules, Calendar calendar) {
            this.volunteer = volunteer;
            this.maxDayMinutes = rules.maxHoursPerDay() * 60 + EPSILON;
            this.maxWeekMinutes = volunteer.maxHoursPerWeek() * 60 + EPSILON;
            this.maxConsecutiveDays = rules.maxConsecutiveDays();
            this.restMinutes = Math.round(rules.minRestHours() * 60);
            this.minutesPerDay = new long[calendar.days()];
            this.minutesPerWeek = new long[calendar.weeks()];
            this.works = new boolean[calendar.days()];
        }

        boolean fits(Span span) {
            return minutesPerDay[span.day()] + span.minutes() <= maxDayMinutes
                    && minutesPerWeek[span.week()] + span.minutes() <= maxWeekMinutes
                    && keepsRest(span)
                    && runThrough(span.day()) <= maxConsecutiveDays;
        }

        /** No overlap, and either touching or at least the minimum rest apart. */
        private boolean keepsRest(Span span) {
            for (Map.Entry<Long, Long> other : shifts.subMap(span.start() - LONGEST_SHIFT - restMinutes, true,
                    span.end() + restMinutes, true).entrySet()) {
                long otherStart = other.getKey();
                long otherEnd = other.getValue();
                if (span.start() < otherEnd && otherStart < span.end()) {
                    return false;
                }
                long gap = otherEnd > span.start() ? otherStart - span.end() : span.start() - otherEnd;
                if (gap > 0 && gap < restMinutes) {
                    return false;
                }
            }
            return true;
        }

        /** The length of the run of work dates that {@code day} would be part of; 0 if it is one already. */
        private int runThrough(int day) {
            if (works[day]) {
                return 0;
            }
            int run = 1;
            for (int d = day - 1; d >= 0 && works[d]; d--) {
                run++;
            }
            for (int d = day + 1; d < works.length && works[d]; d++) {
                run++;
            }
            return run;
        }

        void add(Span span) {
            shifts.put(span.start(), span.end());
            minutesPerDay[span.day()] += span.minutes();
            minutesPerWeek[span.week()] += span.minutes();
            works[span.day()] = true;
            totalMinutes += span.minutes();
        }

        boolean isBetterThan(Schedule other, String compound) {
            if (totalMinutes != other.totalMinutes) {
                return totalMinutes < other.totalMinutes;
            }
            return compound.equals(volunteer.home()) && !compound.equals(other.volunteer.home());
        }
    }
}
