package org.shouwang.solver;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.DateTimeRange;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the planning model from a {@code shouwang-plan/1} document and reads the assignments back.
 * Everything that depends only on the problem is computed here, once: times as minutes, which
 * shifts fit each person's windows and leave, and each seat's eligible people.
 */
public final class RosterModel {

    private RosterModel() {
    }

    /**
     * The planning problem of a document, its roster as given: pinned input assignments are pinned
     * seats; unpinned ones are the current value and the "previous" volunteer that stability protects,
     * even where they break a rule. For scoring and explaining a roster.
     *
     * @throws IllegalArgumentException when an assignment names an unknown seat or volunteer
     */
    public static RosterSolution build(PlanDocument document, RosterWeights weights) {
        return build(document, weights, false);
    }

    /**
     * The starting point of a solve. As {@link #build}, except that a given (unpinned) volunteer who can
     * no longer serve a seat does not stay its value: leave, availability, skill, home-only, or a clash
     * with the pinned duties or with given duties kept before it in time order (overlap, rest, hours per
     * date and week, consecutive dates). Such a seat starts empty and {@linkplain Seat#isForced() forced},
     * with that volunteer as previous; it is no longer a value the seat can take where the volunteer is
     * ineligible. So the search starts without a hard violation it could mend, and need not trade soft
     * score to dig out of one.
     *
     * @throws IllegalArgumentException when an assignment names an unknown seat or volunteer
     */
    public static RosterSolution startingPoint(PlanDocument document, RosterWeights weights) {
        return build(document, weights, true);
    }

    private static RosterSolution build(PlanDocument document, RosterWeights weights, boolean emptyForced) {
        LocalDateTime origin = document.horizon().from().atStartOfDay();
        Map<String, String> compoundOfPost = new HashMap<>();
        document.posts().forEach(post -> compoundOfPost.put(post.code(), post.compound()));

        List<ShiftDef> shiftDefs = Shifts.expand(document);
        List<Shift> shifts = new ArrayList<>(shiftDefs.size());
        for (ShiftDef def : shiftDefs) {
            int day = (int) def.start().toLocalDate().toEpochDay();
            shifts.add(new Shift(shifts.size(), def.post(), compoundOfPost.get(def.post()), def.start(),
                    minutes(origin, def.start()), minutes(origin, def.end()), day, Math.floorDiv(day + 3, 7)));
        }

        PlanDocument.Rules rules = document.rules();
        int maxDayMinutes = (int) Math.floor(rules.maxHoursPerDay() * 60);
        int restMinutes = (int) Math.ceil(rules.minRestHours() * 60);
        Map<String, Person> people = new LinkedHashMap<>();
        for (VolunteerDef volunteer : document.volunteers()) {
            people.put(volunteer.code(), person(volunteer, shiftDefs, maxDayMinutes, restMinutes,
                    rules.maxConsecutiveDays()));
        }

        Map<SeatRef, AssignmentDef> given = new HashMap<>();
        for (AssignmentDef assignment : document.assignments()) {
            if (assignment.volunteer() != null && !people.containsKey(assignment.volunteer())) {
                throw new IllegalArgumentException("Assignment names an unknown volunteer: " + assignment.volunteer());
            }
            given.put(new SeatRef(assignment.post(), assignment.start(), assignment.seat()), assignment);
        }

        List<Seat> seats = new ArrayList<>();
        // A seat's given volunteer (unpinned), in the order the seats are made.
        List<Person> givenPeople = new ArrayList<>();
        KeptDuties kept = new KeptDuties();
        for (int i = 0; i < shifts.size(); i++) {
            Shift shift = shifts.get(i);
            List<String> seatSkills = shiftDefs.get(i).seatSkills();
            Map<String, List<Person>> cache = new HashMap<>();
            for (int number = 0; number < seatSkills.size(); number++) {
                String skill = seatSkills.get(number);
                SeatRef ref = new SeatRef(shift.getPost(), shift.getStartTime(), number);
                AssignmentDef assignment = given.remove(ref);
                Person person = assignment == null || assignment.volunteer() == null
                        ? null : people.get(assignment.volunteer());
                boolean pinned = assignment != null && assignment.pinned();
                List<Person> eligible;
                if (pinned) {
                    // The solver never moves a pinned seat: it needs no value range, only its fixed value.
                    eligible = person == null ? List.of() : List.of(person);
                    if (person != null) {
                        kept.add(person, shift);
                    }
                } else {
                    eligible = cache.computeIfAbsent(String.valueOf(skill),
                            key -> eligible(people.values(), shift, skill));
                    if (person != null && !emptyForced && !canServe(person, shift, skill)) {
                        // Scoring a given roster: its volunteer stays a legal value, even one who breaks a rule.
                        eligible = new ArrayList<>(eligible);
                        eligible.add(person);
                    }
                }
                seats.add(new Seat(ref.toString(), shift, number, skill, eligible, pinned,
                        pinned ? null : person, person));
                givenPeople.add(pinned ? null : person);
            }
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Assignment names an unknown seat: " + given.keySet().iterator().next());
        }
        if (emptyForced) {
            emptyForced(seats, givenPeople, kept);
        }
        RosterSolution solution = new RosterSolution(new ArrayList<>(people.values()), shifts, seats, weights);
        solution.setProblem(document);
        return solution;
    }

    /**
     * Keeps each given volunteer, in time order, who can still serve their seat next to the pinned
     * duties and the duties kept before; empties the others' seats as forced.
     */
    private static void emptyForced(List<Seat> seats, List<Person> givenPeople, KeptDuties kept) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            if (givenPeople.get(i) != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(i -> seats.get(i).getShift().getStart())
                .thenComparingInt(i -> seats.get(i).getShift().getIndex())
                .thenComparingInt(i -> seats.get(i).getNumber()));
        for (int i : order) {
            Seat seat = seats.get(i);
            Person person = givenPeople.get(i);
            if (canServe(person, seat.getShift(), seat.getSkill()) && kept.fits(person, seat.getShift())) {
                kept.add(person, seat.getShift());
            } else {
                seats.set(i, Seat.forced(seat.getId(), seat.getShift(), seat.getNumber(), seat.getSkill(),
                        seat.getEligible(), person));
            }
        }
    }

    /** One assignment per seat, in post, start, seat order (the order of the format's output). */
    public static List<AssignmentDef> assignments(RosterSolution solution) {
        List<AssignmentDef> assignments = new ArrayList<>(solution.getSeats().size());
        for (Seat seat : solution.getSeats()) {
            assignments.add(new AssignmentDef(seat.getShift().getPost(), seat.getShift().getStartTime(),
                    seat.getNumber(), seat.getPerson() == null ? null : seat.getPerson().getCode(), seat.isPinned()));
        }
        return assignments;
    }

    /** The Monday that starts a week as numbered by {@link Shift#getWeek()}. */
    public static LocalDate monday(int week) {
        return LocalDate.ofEpochDay(week * 7L - 3);
    }

    private static Person person(VolunteerDef volunteer, List<ShiftDef> shifts, int maxDayMinutes, int restMinutes,
                                 int maxConsecutiveDays) {
        BitSet available = new BitSet(shifts.size());
        BitSet onLeave = new BitSet(shifts.size());
        BitSet preferred = volunteer.preferred().isEmpty() ? null : new BitSet(shifts.size());
        for (int i = 0; i < shifts.size(); i++) {
            ShiftDef shift = shifts.get(i);
            available.set(i, volunteer.available().isEmpty() || fitsAnyWindow(volunteer.available(), shift));
            onLeave.set(i, overlapsAnyRange(volunteer.unavailable(), shift));
            if (preferred != null) {
                preferred.set(i, fitsAnyWindow(volunteer.preferred(), shift));
            }
        }
        return new Person(volunteer.code(), volunteer.name(), volunteer.home(), volunteer.onlyHome(),
                new HashSet<>(volunteer.skills()), (int) Math.floor(volunteer.maxHoursPerWeek() * 60),
                maxDayMinutes, restMinutes, maxConsecutiveDays, available, onLeave, preferred);
    }

    /** Who could take a seat of this shift needing this skill, judging each person alone. */
    private static List<Person> eligible(Iterable<Person> people, Shift shift, String skill) {
        List<Person> eligible = new ArrayList<>();
        for (Person person : people) {
            if (canServe(person, shift, skill)) {
                eligible.add(person);
            }
        }
        return eligible;
    }

    /** Skill, weekly windows, leave, home-only, and limits no single shift may exceed. */
    private static boolean canServe(Person person, Shift shift, String skill) {
        return (skill == null || person.hasSkill(skill))
                && person.isAvailable(shift)
                && !person.isOnLeave(shift)
                && (!person.isOnlyHome() || person.getHome().equals(shift.getCompound()))
                && shift.getMinutes() <= person.getMaxDayMinutes()
                && shift.getMinutes() <= person.getMaxWeekMinutes()
                && person.getMaxConsecutiveDays() >= 1;
    }

    /** A shift fits a weekly window when it lies wholly inside one occurrence of it. */
    private static boolean fitsAnyWindow(List<WeeklyWindow> windows, ShiftDef shift) {
        LocalDate date = shift.start().toLocalDate();
        for (WeeklyWindow window : windows) {
            // An occurrence that starts the day before can reach into the shift's date overnight.
            for (LocalDate day = date.minusDays(1); !day.isAfter(date); day = day.plusDays(1)) {
                if (window.days().contains(day.getDayOfWeek())) {
                    LocalDateTime from = day.atTime(window.from());
                    LocalDateTime to = (window.to().isAfter(window.from()) ? day : day.plusDays(1)).atTime(window.to());
                    if (!shift.start().isBefore(from) && !shift.end().isAfter(to)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean overlapsAnyRange(List<DateTimeRange> ranges, ShiftDef shift) {
        for (DateTimeRange range : ranges) {
            if (range.from().isBefore(shift.end()) && shift.start().isBefore(range.to())) {
                return true;
            }
        }
        return false;
    }

    private static int minutes(LocalDateTime origin, LocalDateTime time) {
        return (int) Duration.between(origin, time).toMinutes();
    }
}
