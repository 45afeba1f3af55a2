package org.shouwang.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Runs in a re-plan after construction, which has given every forced seat a free volunteer where there
 * was one. Each forced seat still empty, hardest first, is filled by a short chain if one exists:
 * volunteer A leaves seat s1 for it and B, who is free, takes s1 (two steps); or B in turn leaves s2 and
 * C takes that (three steps). Where no such chain exists the seat stays empty: a longer reshuffle would
 * move more people than the seat is worth. Seats that were empty in the given roster get no chain: a
 * re-plan mends what changed, and fills older gaps only with free volunteers.
 * <p>
 * The chains are searched here rather than by local search: where weekly hours bind, the seat that frees
 * A lies days away from the empty one, among thousands, with a single free B; random moves, even aimed
 * with OptaPlanner's nearby selection, almost never find it (BENCHMARKS.md). Each chain found is checked
 * by the score before it is kept.
 */
final class CoverChains implements CustomPhaseCommand<RosterSolution> {

    /** Candidate steps tried for one empty seat before it is given up, so a large roster stays quick. */
    static final int BUDGET = 2_000_000;

    private final BooleanSupplier stop;
    private final Map<Person, List<Seat>> held = new HashMap<>();
    private final Map<Seat, List<Person>> freeTakers = new HashMap<>();
    private int tried;
    private HardMediumSoftScore current;

    /** @param stop whether the solve must end now (time up or stopped): a custom phase is not stopped by the solver */
    CoverChains(BooleanSupplier stop) {
        this.stop = stop;
    }

    /**
     * The phase's command for a solver configuration that may serve several solves at once (the app's
     * solver manager): each run gets its own chains, told to stop by the solution's stop signal.
     */
    static CustomPhaseCommand<RosterSolution> perSolve() {
        return director -> new CoverChains(director.getWorkingSolution()::stopRequested).changeWorkingSolution(director);
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RosterSolution> director) {
        RosterSolution solution = director.getWorkingSolution();
        held.clear();
        freeTakers.clear();
        current = score(director);
        for (Seat seat : solution.getSeats()) {
            if (seat.getPerson() != null) {
                held.computeIfAbsent(seat.getPerson(), p -> new ArrayList<>()).add(seat);
            }
        }
        List<Seat> open = solution.getSeats().stream()
                .filter(seat -> seat.isForced() && seat.getPerson() == null)
                .sorted(Comparator.comparingInt(seat -> seat.getEligible().size()))
                .toList();
        for (Seat empty : open) {
            if (stop.getAsBoolean()) {
                return;
            }
            tried = 0;
            List<Seat> firstSteps = firstSteps(solution, empty);
            if (!twoSteps(director, empty, firstSteps)) {
                threeSteps(director, empty, firstSteps);
            }
        }
    }

    /**
     * The seats s1 whose holder A could take the empty seat after leaving s1; seats whose holder is
     * not their given volunteer first, as moving them changes no given assignment.
     */
    private List<Seat> firstSteps(RosterSolution solution, Seat empty) {
        Set<Person> eligible = new HashSet<>(empty.getEligible());
        List<Seat> steps = new ArrayList<>();
        for (Seat seat : solution.getSeats()) {
            Person holder = seat.getPerson();
            if (holder != null && !seat.isPinned() && eligible.contains(holder)
                    && fits(holder, empty.getShift(), seat)) {
                steps.add(seat);
            }
        }
        steps.sort(Comparator.comparingInt(seat -> seat.getPrevious() == seat.getPerson() ? 1 : 0));
        return steps;
    }

    private boolean twoSteps(ScoreDirector<RosterSolution> director, Seat empty, List<Seat> firstSteps) {
        for (Seat first : firstSteps) {
            if (++tried > BUDGET) {
                return false;
            }
            Person a = first.getPerson();
            Person b = freeTaker(first, a);
            if (b != null && apply(director, List.of(empty, first), List.of(a, b))) {
                return true;
            }
        }
        return false;
    }

    private boolean threeSteps(ScoreDirector<RosterSolution> director, Seat empty, List<Seat> firstSteps) {
        for (Seat first : firstSteps) {
            Person a = first.getPerson();
            for (Person b : first.getEligible()) {
                if (b == a) {
                    continue;
                }
                for (Seat second : held.getOrDefault(b, List.of())) {
                    if (++tried > BUDGET) {
                        return false;
                    }
                    if (second.isPinned() || !fits(b, first.getShift(), second)) {
                        continue;
                    }
                    Person c = freeTaker(second, a);
                    if (c != null && apply(director, List.of(empty, first, second), List.of(a, b, c))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Someone other than {@code except} who can take the seat as the roster stands, or {@code null}.
     * The same seats come up again and again in the search, so the first two such people of each seat
     * are remembered until a chain changes the roster.
     */
    private Person freeTaker(Seat seat, Person except) {
        List<Person> takers = freeTakers.get(seat);
        if (takers == null) {
            takers = new ArrayList<>(2);
            for (Person person : seat.getEligible()) {
                tried++;
                if (person != seat.getPerson() && fits(person, seat.getShift(), null)) {
                    takers.add(person);
                    if (takers.size() == 2) {
                        break;
                    }
                }
            }
            freeTakers.put(seat, takers);
        }
        for (Person taker : takers) {
            if (taker != except) {
                return taker;
            }
        }
        return null;
    }

    /**
     * Puts each person on the seat at the same position, and keeps the change only if it breaks no
     * further hard rule and fills more seats; otherwise puts everything back.
     */
    private boolean apply(ScoreDirector<RosterSolution> director, List<Seat> seats, List<Person> people) {
        List<Person> old = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            old.add(seats.get(i).getPerson());
            set(director, seats.get(i), people.get(i));
        }
        HardMediumSoftScore after = score(director);
        if (after.hardScore() >= current.hardScore() && after.mediumScore() > current.mediumScore()) {
            current = after;
            freeTakers.clear();
            for (int i = 0; i < seats.size(); i++) {
                if (old.get(i) != null) {
                    held.get(old.get(i)).remove(seats.get(i));
                }
                held.computeIfAbsent(people.get(i), p -> new ArrayList<>()).add(seats.get(i));
            }
            return true;
        }
        for (int i = seats.size() - 1; i >= 0; i--) {
            set(director, seats.get(i), old.get(i));
        }
        score(director);
        return false;
    }

    private static HardMediumSoftScore score(ScoreDirector<RosterSolution> director) {
        director.triggerVariableListeners();
        return (HardMediumSoftScore) ((InnerScoreDirector<RosterSolution, ?>) director).calculateScore();
    }

    private static void set(ScoreDirector<RosterSolution> director, Seat seat, Person person) {
        director.beforeVariableChanged(seat, "person");
        seat.setPerson(person);
        director.afterVariableChanged(seat, "person");
    }

    /**
     * Whether the person can take the shift next to the seats they hold, {@code without} one of them
     * (or {@code null}): overlap, rest, hours per date and week, consecutive dates. Skill, windows,
     * leave and home-only are the seat's eligible list.
     */
    private boolean fits(Person person, Shift shift, Seat without) {
        int day = shift.getDay();
        int maxRun = person.getMaxConsecutiveDays();
        int dayMinutes = shift.getMinutes();
        int weekMinutes = shift.getMinutes();
        // Dates worked within reach of a too-long run through the shift's date: index day - date + maxRun.
        boolean[] worked = new boolean[2 * maxRun + 1];
        worked[maxRun] = true;
        boolean sameDate = false;
        for (Seat seat : held.getOrDefault(person, List.of())) {
            if (seat == without) {
                continue;
            }
            Shift other = seat.getShift();
            int gap = shift.getStart() <= other.getStart()
                    ? other.getStart() - shift.getEnd() : shift.getStart() - other.getEnd();
            if (gap < 0 || gap > 0 && gap < person.getRestMinutes()) {
                return false;
            }
            if (other.getDay() == day) {
                dayMinutes += other.getMinutes();
                sameDate = true;
            }
            if (other.getWeek() == shift.getWeek()) {
                weekMinutes += other.getMinutes();
            }
            int offset = other.getDay() - day + maxRun;
            if (offset >= 0 && offset < worked.length) {
                worked[offset] = true;
            }
        }
        if (dayMinutes > person.getMaxDayMinutes() || weekMinutes > person.getMaxWeekMinutes()) {
            return false;
        }
        if (sameDate) {
            return true;
        }
        int run = 1;
        for (int i = maxRun - 1; i >= 0 && worked[i]; i--) {
            run++;
        }
        for (int i = maxRun + 1; i < worked.length && worked[i]; i++) {
            run++;
        }
        return run <= maxRun;
    }
}
