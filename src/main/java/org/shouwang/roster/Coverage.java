package org.shouwang.roster;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.solver.SeatRef;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Seats, filled and empty per compound and time band, and the recruiting needs that follow. */
final class Coverage {

    /** Weekly hours assumed for a new volunteer when the community has nobody to average over. */
    static final double DEFAULT_WEEKLY_HOURS = 24;

    private Coverage() {
    }

    /** The coverage of a plan document with its assignments, by compound code, then band start. */
    static List<CoverageRow> of(PlanDocument document) {
        Set<SeatRef> filledSeats = new HashSet<>();
        document.assignments().stream().filter(a -> a.volunteer() != null)
                .forEach(a -> filledSeats.add(new SeatRef(a.post(), a.start(), a.seat())));
        Map<String, String> compoundOfPost = new HashMap<>();
        document.posts().forEach(p -> compoundOfPost.put(p.code(), p.compound()));
        Map<String, String> compoundNames = new HashMap<>();
        document.compounds().forEach(c -> compoundNames.put(c.code(), c.name()));
        double weeklyHours = document.volunteers().stream()
                .mapToDouble(PlanDocument.VolunteerDef::maxHoursPerWeek).average().orElse(DEFAULT_WEEKLY_HOURS);
        int maxDaysInARow = document.rules() == null ? 7 : Math.max(1, document.rules().maxConsecutiveDays());

        Map<Band, Tally> tallies = new TreeMap<>();
        for (ShiftDef shift : Shifts.expand(document)) {
            Band band = new Band(compoundOfPost.get(shift.post()), shift.start().toLocalTime(), shift.end().toLocalTime());
            Tally tally = tallies.computeIfAbsent(band, b -> new Tally(shift.hours()));
            for (int seat = 0; seat < shift.headcount(); seat++) {
                tally.seats++;
                if (filledSeats.contains(new SeatRef(shift.post(), shift.start(), seat))) {
                    tally.filled++;
                } else {
                    tally.emptyPerDate.merge(shift.start().toLocalDate(), 1, Integer::sum);
                }
            }
        }
        List<CoverageRow> rows = new ArrayList<>();
        tallies.forEach((band, tally) -> rows.add(new CoverageRow(band.compound, compoundNames.get(band.compound),
                band.from, band.to, tally.seats, tally.filled, tally.emptyDays(),
                tally.peopleNeeded(weeklyHours, maxDaysInARow))));
        return rows;
    }

    private record Band(String compound, LocalTime from, LocalTime to) implements Comparable<Band> {
        private static final Comparator<Band> ORDER = Comparator.comparing(Band::compound)
                .thenComparing(Band::from).thenComparing(Band::to);

        @Override
        public int compareTo(Band other) {
            return ORDER.compare(this, other);
        }
    }

    private static final class Tally {
        final double shiftHours;
        final Map<LocalDate, Integer> emptyPerDate = new TreeMap<>();
        int seats;
        int filled;

        Tally(double shiftHours) {
            this.shiftHours = shiftHours;
        }

        Set<DayOfWeek> emptyDays() {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            emptyPerDate.keySet().forEach(date -> days.add(date.getDayOfWeek()));
            return days;
        }

        /**
         * One new person takes at most one shift of the band a day, as many a week as their hours and
         * the consecutive-days rule allow; so a week needs at least its busiest day's empty seats, and
         * at least its empty seats divided by the shifts one person can take.
         */
        int peopleNeeded(double weeklyHours, int maxDaysInARow) {
            int shiftsPerPerson = (int) Math.max(1, Math.min(Math.min(7, maxDaysInARow),
                    Math.floor(weeklyHours / Math.max(shiftHours, 0.5))));
            Map<LocalDate, int[]> weeks = new TreeMap<>();
            emptyPerDate.forEach((date, empty) -> {
                int[] week = weeks.computeIfAbsent(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        d -> new int[2]);
                week[0] += empty;
                week[1] = Math.max(week[1], empty);
            });
            int needed = 0;
            for (int[] week : weeks.values()) {
                int byHours = (week[0] + shiftsPerPerson - 1) / shiftsPerPerson;
                needed = Math.max(needed, Math.max(week[1], byHours));
            }
            return needed;
        }
    }
}
