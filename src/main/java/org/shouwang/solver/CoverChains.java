package org.shouwang.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs in a re-plan after construction, which has given every empty seat a free volunteer where there
 * was one. An empty seat is then filled by a short chain if one exists, of at most three steps (a step
 * puts one person on one seat):
 * <ul>
 *     <li>volunteer A leaves seat s1 for it and B, who is free, takes s1;</li>
 *     <li>or B in turn leaves s2 and C, who is free, takes that;</li>
 *     <li>or A leaves both seats of one date (so A keeps the maximum of consecutive dates, or the hours
 *     of that date) and two free volunteers take them.</li>
 * </ul>
 * Where no such chain exists the seat stays empty: a longer reshuffle would move more people than the
 * seat is worth.
 * <p>
 * Chains are tried cheapest first, over all empty seats together: first those that move no given
 * volunteer (only people this re-plan placed), then those that move one, then two. A chain that moves
 * given volunteers fills a forced seat, or another empty seat while the roster fills fewer seats than the
 * given one did: the re-plan restores what the sickness took, often by filling a seat the given roster
 * left empty with a volunteer whose sick days freed hours, but does not reshuffle the given roster to fill
 * more than it did. Seats the given roster left empty are filled by free moves without that limit.
 * <p>
 * The chains are searched here rather than by local search: where weekly hours bind, the seat that frees
 * A lies days away from the empty one, among thousands, with a single free B; random moves, even aimed
 * with OptaPlanner's nearby selection, almost never find it (BENCHMARKS.md). Each chain found is checked
 * by the score before it is kept.
 */
final class CoverChains implements CustomPhaseCommand<RosterSolution> {

    /**
     * Candidate steps tried for one forced seat in one round before it is given up, so a large roster stays
     * quick (a seat of {@code medium} has some millions of three-step chains to try).
     */
    static final int BUDGET = 2_000_000;

    /**
     * The same for a seat that was empty before: there are many more of them (about 4,000 on L), and the
     * chains found for them came within 50,000 tries on {@code medium}.
     */
    static final int OTHER_BUDGET = 200_000;

    /** The most given volunteers one chain may move: a chain has three steps, the first onto the empty seat. */
    static final int MAX_COST = 2;

    private static final Logger LOG = LoggerFactory.getLogger(CoverChains.class);

    private final BooleanSupplier stop;
    private final Map<Person, List<Seat>> held = new HashMap<>();
    private final Map<Seat, List<Person>> freeTakers = new HashMap<>();
    private int tried;
    private int budget;
    private HardMediumSoftScore current;
    private int filled;
    /** Seats the given roster filled (pinned ones included): chains that move given volunteers fill no more. */
    private int restoreTo;

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
        filled = 0;
        restoreTo = 0;
        for (Seat seat : solution.getSeats()) {
            if (seat.getPerson() != null) {
                held.computeIfAbsent(seat.getPerson(), p -> new ArrayList<>()).add(seat);
                filled++;
            }
            if (seat.getPrevious() != null || seat.isPinned() && seat.getPerson() != null) {
                restoreTo++;
            }
        }
        // Forced seats first (they are why the roster is re-planned), then the hardest.
        List<Seat> open = solution.getSeats().stream()
                .filter(seat -> !seat.isPinned() && !seat.getEligible().isEmpty())
                .sorted(Comparator.comparing((Seat seat) -> !seat.isForced())
                        .thenComparingInt(seat -> seat.getEligible().size()))
                .toList();
        long started = System.nanoTime();
        int before = filled;
        for (int cost = 0; cost <= MAX_COST; cost++) {
            // Free chains are cheap to look for: repeat them while one makes room for another. Chains that
            // move given volunteers get one pass over the seats, the forced ones first.
            boolean progress = true;
            while (progress) {
                progress = false;
                for (Seat empty : open) {
                    if (stop.getAsBoolean()) {
                        return;
                    }
                    if (empty.getPerson() == null && (cost == 0 || empty.isForced() || filled < restoreTo)) {
                        tried = 0;
                        budget = empty.isForced() ? BUDGET : OTHER_BUDGET;
                        boolean covered = cover(director, empty, cost);
                        if (covered) {
                            LOG.debug("{} {} covered at cost {} after {} tries", empty.isForced() ? "forced" : "other",
                                    empty, cost, tried);
                        }
                        progress |= covered && cost == 0;
                    }
                }
            }
            LOG.debug("Chains moving at most {} given volunteers: {} seats filled in all, {} ms", cost,
                    filled - before, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** One way for A to make room for the empty seat: the seats A leaves (none, one, or both of one date). */
    private record FirstStep(Person person, List<Seat> leaves, int cost) {
    }

    /** Fills the empty seat by the first chain that moves at most {@code maxCost} given volunteers. */
    private boolean cover(ScoreDirector<RosterSolution> director, Seat empty, int maxCost) {
        List<FirstStep> firstSteps = firstSteps(empty, maxCost);
        for (FirstStep first : firstSteps) {
            if (++tried > budget) {
                return false;
            }
            if (first.leaves().isEmpty()) {
                if (apply(director, List.of(empty), List.of(first.person()))) {
                    return true;
                }
                continue;
            }
            Seat s1 = first.leaves().get(0);
            if (first.leaves().size() == 1) {
                Person b = freeTaker(s1, first.person(), null);
                if (b != null && apply(director, List.of(empty, s1), List.of(first.person(), b))) {
                    return true;
                }
                continue;
            }
            // Both seats of a date: two different free volunteers, whichever of them the first seat needs.
            Seat s1b = first.leaves().get(1);
            for (Person b : freeTakers(s1)) {
                Person c = b == first.person() ? null : freeTaker(s1b, first.person(), b);
                if (c != null && apply(director, List.of(empty, s1, s1b), List.of(first.person(), b, c))) {
                    return true;
                }
            }
        }
        for (FirstStep first : firstSteps) {
            if (first.leaves().size() == 1 && threeSteps(director, empty, first, maxCost)) {
                return true;
            }
            if (tried > budget) {
                return false;
            }
        }
        return false;
    }

    /**
     * The ways an eligible volunteer A can take the empty seat, cheapest first: free as they are, or after
     * leaving one seat or both seats of one date. Seats whose holder is their given volunteer cost one
     * each; the others were placed by this re-plan and cost nothing to move.
     */
    private List<FirstStep> firstSteps(Seat empty, int maxCost) {
        Shift shift = empty.getShift();
        List<FirstStep> steps = new ArrayList<>();
        for (Person a : empty.getEligible()) {
            List<Seat> seats = held.getOrDefault(a, List.of());
            tried++;
            if (fits(a, shift, List.of())) {
                steps.add(new FirstStep(a, List.of(), 0));
                continue;
            }
            for (int i = 0; i < seats.size(); i++) {
                Seat seat = seats.get(i);
                int cost = cost(seat);
                if (seat.isPinned() || cost > maxCost) {
                    continue;
                }
                tried++;
                if (fits(a, shift, List.of(seat))) {
                    steps.add(new FirstStep(a, List.of(seat), cost));
                }
                Seat other = otherSeatOfDate(seats, i);
                if (other != null && cost + cost(other) <= maxCost) {
                    tried++;
                    List<Seat> both = List.of(seat, other);
                    if (fits(a, shift, both)) {
                        steps.add(new FirstStep(a, both, cost + cost(other)));
                    }
                }
            }
        }
        steps.sort(Comparator.comparingInt(FirstStep::cost).thenComparingInt(step -> step.leaves().size()));
        return steps;
    }

    /**
     * The other seat of the date of {@code seats.get(i)}, if the person holds exactly two that date, the
     * other one unpinned and later in the list (so each pair comes up once); otherwise {@code null}.
     */
    private static Seat otherSeatOfDate(List<Seat> seats, int i) {
        int day = seats.get(i).getShift().getDay();
        Seat other = null;
        for (int j = 0; j < seats.size(); j++) {
            if (j != i && seats.get(j).getShift().getDay() == day) {
                if (other != null || j < i || seats.get(j).isPinned()) {
                    return null;
                }
                other = seats.get(j);
            }
        }
        return other;
    }

    private boolean threeSteps(ScoreDirector<RosterSolution> director, Seat empty, FirstStep first, int maxCost) {
        Seat s1 = first.leaves().get(0);
        Person a = first.person();
        for (Person b : s1.getEligible()) {
            if (b == a) {
                continue;
            }
            for (Seat s2 : held.getOrDefault(b, List.of())) {
                if (++tried > budget) {
                    return false;
                }
                if (s2.isPinned() || first.cost() + cost(s2) > maxCost || !fits(b, s1.getShift(), List.of(s2))) {
                    continue;
                }
                Person c = freeTaker(s2, a, null);
                if (c != null && apply(director, List.of(empty, s1, s2), List.of(a, b, c))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Moving the seat's holder away changes a given assignment: one more phone call. */
    private static int cost(Seat seat) {
        return seat.getPerson() == seat.getPrevious() ? 1 : 0;
    }

    /**
     * Someone other than the two excepted who can take the seat as the roster stands, or {@code null}.
     * The same seats come up again and again in the search, so the first three such people of each seat
     * are remembered until a chain changes the roster.
     */
    private Person freeTaker(Seat seat, Person except, Person alsoExcept) {
        for (Person taker : freeTakers(seat)) {
            if (taker != except && taker != alsoExcept) {
                return taker;
            }
        }
        return null;
    }

    /** The first three people who can take the seat as the roster stands (see {@link #freeTaker}). */
    private List<Person> freeTakers(Seat seat) {
        List<Person> takers = freeTakers.get(seat);
        if (takers == null) {
            takers = new ArrayList<>(3);
            for (Person person : seat.getEligible()) {
                tried++;
                if (person != seat.getPerson() && fits(person, seat.getShift(), List.of())) {
                    takers.add(person);
                    if (takers.size() == 3) {
                        break;
                    }
                }
            }
            freeTakers.put(seat, takers);
        }
        return takers;
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
            filled++;
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
     * Whether the person can take the shift next to the seats they hold, {@code without} some of them:
     * overlap, rest, hours per date and week, consecutive dates. Skill, windows, leave and home-only are
     * the seat's eligible list.
     */
    private boolean fits(Person person, Shift shift, List<Seat> without) {
        int day = shift.getDay();
        int maxRun = person.getMaxConsecutiveDays();
        int dayMinutes = shift.getMinutes();
        int weekMinutes = shift.getMinutes();
        // Dates worked within reach of a too-long run through the shift's date: index day - date + maxRun.
        boolean[] worked = new boolean[2 * maxRun + 1];
        worked[maxRun] = true;
        boolean sameDate = false;
        for (Seat seat : held.getOrDefault(person, List.of())) {
            if (without.contains(seat)) {
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
