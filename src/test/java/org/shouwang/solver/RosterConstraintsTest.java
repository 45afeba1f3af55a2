package org.shouwang.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

class RosterConstraintsTest {

    private static final LocalDate MONDAY = LocalDate.of(2020, 2, 3);
    private static final RosterWeights WEIGHTS = new RosterWeights(10, 5, 3, 2, 50);

    private final ConstraintVerifier<RosterConstraints, RosterSolution> verifier =
            ConstraintVerifier.build(new RosterConstraints(), RosterSolution.class, Seat.class);

    // ---- hard ----

    @Test
    void missingSkill() {
        Shift shift = shift(0, "P1", "C1", 0, 7, 4);
        Person lead = person("A").skills("LEAD").build();
        Person plain = person("B").build();
        verifier.verifyThat(RosterConstraints::missingSkill)
                .given(seat(shift, 0, "LEAD", plain))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::missingSkill)
                .given(seat(shift, 0, "LEAD", lead), seat(shift, 1, null, plain))
                .penalizesBy(0);
    }

    @Test
    void outsideAvailability() {
        Shift shift = shift(0, "P1", "C1", 0, 7, 4);
        verifier.verifyThat(RosterConstraints::outsideAvailability)
                .given(seat(shift, 0, null, person("A").unavailableFor(0).build()))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::outsideAvailability)
                .given(seat(shift, 0, null, person("A").build()))
                .penalizesBy(0);
    }

    @Test
    void onLeave() {
        Shift shift = shift(0, "P1", "C1", 0, 7, 4);
        verifier.verifyThat(RosterConstraints::onLeave)
                .given(seat(shift, 0, null, person("A").onLeaveFor(0).build()))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::onLeave)
                .given(seat(shift, 0, null, person("A").build()))
                .penalizesBy(0);
    }

    @Test
    void outsideHome() {
        Shift away = shift(0, "P2", "C2", 0, 7, 4);
        Shift home = shift(1, "P1", "C1", 1, 7, 4);
        Person homeOnly = person("A").home("C1").onlyHome().build();
        verifier.verifyThat(RosterConstraints::outsideHome)
                .given(seat(away, 0, null, homeOnly), seat(home, 0, null, homeOnly))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::outsideHome)
                .given(seat(away, 0, null, person("B").home("C1").build()))
                .penalizesBy(0);
    }

    @Test
    void overlappingShifts() {
        Person a = person("A").build();
        Shift morning = shift(0, "P1", "C1", 0, 7, 4);
        Shift overlapping = shift(1, "P2", "C1", 0, 9, 4);
        Shift touching = shift(2, "P2", "C1", 0, 11, 4);
        verifier.verifyThat(RosterConstraints::overlappingShifts)
                .given(seat(morning, 0, null, a), seat(overlapping, 0, null, a))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::overlappingShifts)
                .given(seat(morning, 0, null, a), seat(morning, 1, null, a))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::overlappingShifts)
                .given(seat(morning, 0, null, a), seat(touching, 0, null, a),
                        seat(overlapping, 0, null, person("B").build()))
                .penalizesBy(0);
    }

    @Test
    void tooLittleRest() {
        Person a = person("A").build(); // 10 h rest
        Shift morning = shift(0, "P1", "C1", 0, 7, 4);
        Shift afternoon = shift(1, "P1", "C1", 0, 15, 4);
        Shift touching = shift(2, "P1", "C1", 0, 11, 4);
        Shift tomorrow = shift(3, "P1", "C1", 1, 7, 4);
        verifier.verifyThat(RosterConstraints::tooLittleRest)
                .given(seat(morning, 0, null, a), seat(afternoon, 0, null, a))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::tooLittleRest)
                .given(seat(morning, 0, null, a), seat(touching, 0, null, a), seat(tomorrow, 0, null, a))
                .penalizesBy(0);
    }

    @Test
    void tooManyHoursPerDay() {
        Person a = person("A").rest(0).build(); // 8 h a day
        Shift first = shift(0, "P1", "C1", 0, 7, 4);
        Shift second = shift(1, "P1", "C1", 0, 11, 4);
        Shift third = shift(2, "P1", "C1", 0, 15, 3);
        verifier.verifyThat(RosterConstraints::tooManyHoursPerDay)
                .given(seat(first, 0, null, a), seat(second, 0, null, a), seat(third, 0, null, a))
                .penalizesBy(3);
        verifier.verifyThat(RosterConstraints::tooManyHoursPerDay)
                .given(seat(first, 0, null, a), seat(second, 0, null, a))
                .penalizesBy(0);
        // Two dates over the limit, a later one given first: one match per date.
        Shift later = shift(3, "P1", "C1", 9, 7, 5);
        Shift laterAgain = shift(4, "P1", "C1", 9, 13, 4);
        verifier.verifyThat(RosterConstraints::tooManyHoursPerDay)
                .given(seat(later, 0, null, a), seat(laterAgain, 0, null, a),
                        seat(first, 0, null, a), seat(second, 0, null, a), seat(third, 0, null, a))
                .penalizes(2);
    }

    @Test
    void tooManyHoursPerWeek() {
        Person a = person("A").maxWeekHours(8).build();
        Shift monday = shift(0, "P1", "C1", 0, 7, 4);
        Shift tuesday = shift(1, "P1", "C1", 1, 7, 4);
        Shift sunday = shift(2, "P1", "C1", 6, 7, 4);
        Shift nextMonday = shift(3, "P1", "C1", 7, 7, 4);
        verifier.verifyThat(RosterConstraints::tooManyHoursPerWeek)
                .given(seat(monday, 0, null, a), seat(tuesday, 0, null, a), seat(sunday, 0, null, a))
                .penalizesBy(4);
        verifier.verifyThat(RosterConstraints::tooManyHoursPerWeek)
                .given(seat(monday, 0, null, a), seat(sunday, 0, null, a), seat(nextMonday, 0, null, a))
                .penalizesBy(0);
    }

    @Test
    void tooManyConsecutiveDays() {
        Person a = person("A").maxConsecutiveDays(2).build();
        List<Shift> days = List.of(shift(0, "P1", "C1", 0, 7, 4), shift(1, "P1", "C1", 1, 7, 4),
                shift(2, "P1", "C1", 2, 7, 4), shift(3, "P1", "C1", 3, 7, 4), shift(4, "P1", "C1", 4, 7, 4),
                shift(5, "P1", "C1", 5, 7, 4));
        verifier.verifyThat(RosterConstraints::tooManyConsecutiveDays)
                .given(seat(days.get(0), 0, null, a), seat(days.get(1), 0, null, a), seat(days.get(2), 0, null, a),
                        seat(days.get(3), 0, null, a))
                .penalizesBy(2);
        verifier.verifyThat(RosterConstraints::tooManyConsecutiveDays)
                .given(seat(days.get(0), 0, null, a), seat(days.get(1), 0, null, a), seat(days.get(3), 0, null, a),
                        seat(days.get(4), 0, null, a))
                .penalizesBy(0);
        // Two runs too long: each is a match of its own.
        verifier.verifyThat(RosterConstraints::tooManyConsecutiveDays)
                .given(seat(days.get(0), 0, null, a), seat(days.get(1), 0, null, a), seat(days.get(2), 0, null, a),
                        seat(days.get(4), 0, null, a), seat(days.get(5), 0, null, a),
                        seat(shift(6, "P1", "C1", 6, 7, 4), 0, null, a))
                .penalizes(2);
    }

    // ---- medium ----

    @Test
    void emptySeat() {
        Shift shift = shift(0, "P1", "C1", 0, 7, 4);
        verifier.verifyThat(RosterConstraints::emptySeat)
                .given(seat(shift, 0, null, null), seat(shift, 1, null, person("A").build()))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::emptySeat)
                .given(seat(shift, 0, null, person("A").build()))
                .penalizesBy(0);
    }

    // ---- soft ----

    @Test
    void awayFromHome() {
        Shift away = shift(0, "P2", "C2", 0, 7, 4);
        Shift home = shift(1, "P1", "C1", 1, 7, 4);
        Person a = person("A").home("C1").build();
        verifier.verifyThat(RosterConstraints::awayFromHome)
                .given(WEIGHTS, seat(away, 0, null, a), seat(home, 0, null, a))
                .penalizesBy(10);
        verifier.verifyThat(RosterConstraints::awayFromHome)
                .given(WEIGHTS, seat(home, 0, null, a), seat(away, 0, null, person("B").build()))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraints::awayFromHome)
                .given(new RosterWeights(0, 5, 1, 2, 50), seat(away, 0, null, a))
                .penalizesBy(0);
    }

    @Test
    void notPreferred() {
        Shift morning = shift(0, "P1", "C1", 0, 7, 4);
        Shift evening = shift(1, "P1", "C1", 1, 19, 4);
        Person a = person("A").prefers(1).build();
        verifier.verifyThat(RosterConstraints::notPreferred)
                .given(WEIGHTS, seat(morning, 0, null, a), seat(evening, 0, null, a))
                .penalizesBy(5);
        verifier.verifyThat(RosterConstraints::notPreferred)
                .given(WEIGHTS, seat(evening, 0, null, a), seat(morning, 0, null, person("B").build()))
                .penalizesBy(0);
    }

    @Test
    void unfairLoad() {
        Person a = person("A").maxWeekHours(8).build();
        Shift first = shift(0, "P1", "C1", 0, 7, 4);
        Shift second = shift(1, "P1", "C1", 1, 7, 4);
        // 8 h served against an 8 h maximum: 8 points, times the fairness weight 3.
        verifier.verifyThat(RosterConstraints::unfairLoad)
                .given(WEIGHTS, seat(first, 0, null, a), seat(second, 0, null, a))
                .penalizesBy(24);
        // The same hours on two people cost less: 2 + 2 points, times 3.
        verifier.verifyThat(RosterConstraints::unfairLoad)
                .given(WEIGHTS, seat(first, 0, null, a), seat(second, 0, null, person("B").maxWeekHours(8).build()))
                .penalizesBy(12);
        verifier.verifyThat(RosterConstraints::unfairLoad)
                .given(new RosterWeights(10, 5, 0, 2, 50), seat(first, 0, null, a))
                .penalizesBy(0);
    }

    @Test
    void scatteredPosts() {
        Person a = person("A").build();
        Shift p1 = shift(0, "P1", "C1", 0, 7, 4);
        Shift p2 = shift(1, "P2", "C1", 1, 7, 4);
        Shift p3 = shift(2, "P3", "C1", 2, 7, 4);
        Shift p1Again = shift(3, "P1", "C1", 3, 7, 4);
        verifier.verifyThat(RosterConstraints::scatteredPosts)
                .given(WEIGHTS, seat(p1, 0, null, a), seat(p2, 0, null, a), seat(p3, 0, null, a))
                .penalizesBy(4);
        verifier.verifyThat(RosterConstraints::scatteredPosts)
                .given(WEIGHTS, seat(p1, 0, null, a), seat(p1Again, 0, null, a))
                .penalizesBy(0);
    }

    @Test
    void changedAssignment() {
        Shift shift = shift(0, "P1", "C1", 0, 7, 4);
        Person a = person("A").build();
        Person b = person("B").build();
        verifier.verifyThat(RosterConstraints::changedAssignment)
                .given(WEIGHTS, seat(shift, 0, null, b, a), seat(shift, 1, null, null, a))
                .penalizesBy(100);
        verifier.verifyThat(RosterConstraints::changedAssignment)
                .given(WEIGHTS, seat(shift, 0, null, a, a), seat(shift, 1, null, b, null))
                .penalizesBy(0);
    }

    @Test
    void scatteredTeammates() {
        RosterWeights teams = WEIGHTS.withTeams(3);
        Person a = person("A").build();
        Person b = person("B").build();
        Person c = person("C").build();
        Shift monday = shift(0, "P1", "C1", 0, 7, 4);
        Shift tuesday = shift(1, "P1", "C1", 1, 7, 4);
        Shift wednesday = shift(2, "P2", "C1", 2, 7, 4);
        // A and B twice (one pair), then A and C: two pairs, in one match for the whole roster.
        verifier.verifyThat(RosterConstraints::scatteredTeammates)
                .given(teams, seat(monday, 0, null, a), seat(monday, 1, null, b), seat(tuesday, 0, null, b),
                        seat(tuesday, 1, null, a), seat(wednesday, 0, null, a), seat(wednesday, 1, null, c))
                .penalizesBy(6);
        verifier.verifyThat(RosterConstraints::scatteredTeammates)
                .given(teams, seat(monday, 0, null, a), seat(monday, 1, null, b), seat(tuesday, 0, null, b),
                        seat(tuesday, 1, null, a), seat(wednesday, 0, null, a), seat(wednesday, 1, null, c))
                .penalizes(1);
        // Three on one shift are three pairs; someone in two seats of a shift is no pair with themselves.
        verifier.verifyThat(RosterConstraints::scatteredTeammates)
                .given(teams, seat(monday, 0, null, a), seat(monday, 1, null, b), seat(monday, 2, null, c),
                        seat(tuesday, 0, null, a), seat(tuesday, 1, null, a))
                .penalizesBy(9);
        // The same team on every shift, and someone serving alone: one pair.
        verifier.verifyThat(RosterConstraints::scatteredTeammates)
                .given(teams, seat(monday, 0, null, a), seat(monday, 1, null, b), seat(tuesday, 0, null, a),
                        seat(tuesday, 1, null, b), seat(wednesday, 0, null, c), seat(wednesday, 1, null, null))
                .penalizesBy(3);
        // Off by default.
        verifier.verifyThat(RosterConstraints::scatteredTeammates)
                .given(WEIGHTS, seat(monday, 0, null, a), seat(monday, 1, null, b), seat(tuesday, 0, null, a),
                        seat(tuesday, 1, null, c))
                .penalizesBy(0);
    }

    // ---- factories ----

    private static Shift shift(int index, String post, String compound, int dayOffset, int startHour, int hours) {
        LocalDate date = MONDAY.plusDays(dayOffset);
        int start = dayOffset * 1440 + startHour * 60;
        int day = (int) date.toEpochDay();
        return new Shift(index, post, compound, date.atTime(startHour, 0), start, start + hours * 60, day,
                Math.floorDiv(day + 3, 7));
    }

    private static Seat seat(Shift shift, int number, String skill, Person person) {
        return seat(shift, number, skill, person, null);
    }

    private static Seat seat(Shift shift, int number, String skill, Person person, Person previous) {
        return new Seat(shift + "#" + number, shift, number, skill, List.of(), false, previous, person);
    }

    private static PersonSpec person(String code) {
        return new PersonSpec(code);
    }

    /** A person available for the first 64 shifts, 40 h a week, 8 h a day, 10 h rest, 5 days in a row. */
    private static final class PersonSpec {
        private final String code;
        private String home;
        private boolean onlyHome;
        private Set<String> skills = Set.of();
        private int maxWeekHours = 40;
        private int restHours = 10;
        private int maxConsecutiveDays = 5;
        private final BitSet available = new BitSet();
        private final BitSet onLeave = new BitSet();
        private BitSet preferred;

        PersonSpec(String code) {
            this.code = code;
            available.set(0, 64);
        }

        PersonSpec home(String compound) {
            home = compound;
            return this;
        }

        PersonSpec onlyHome() {
            onlyHome = true;
            return this;
        }

        PersonSpec skills(String... names) {
            skills = Set.of(names);
            return this;
        }

        PersonSpec maxWeekHours(int hours) {
            maxWeekHours = hours;
            return this;
        }

        PersonSpec rest(int hours) {
            restHours = hours;
            return this;
        }

        PersonSpec maxConsecutiveDays(int days) {
            maxConsecutiveDays = days;
            return this;
        }

        PersonSpec unavailableFor(int shiftIndex) {
            available.clear(shiftIndex);
            return this;
        }

        PersonSpec onLeaveFor(int shiftIndex) {
            onLeave.set(shiftIndex);
            return this;
        }

        PersonSpec prefers(int shiftIndex) {
            preferred = new BitSet();
            preferred.set(shiftIndex);
            return this;
        }

        Person build() {
            return new Person(code, code, home, onlyHome, skills, maxWeekHours * 60, 8 * 60, restHours * 60,
                    maxConsecutiveDays, available, onLeave, preferred);
        }
    }
}
