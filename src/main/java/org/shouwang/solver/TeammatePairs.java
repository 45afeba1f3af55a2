package org.shouwang.solver;

import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects all filled seats of a roster into the number of distinct pairs of volunteers who share a
 * shift (one post, one start), kept up to date seat by seat: a seat that comes or goes touches only the
 * pairs of its own shift's crew. The stable-teams rule used to join every shift's seats with each other
 * and group the pairs, which made every move update a join and a group per pair: score calculation on M
 * ran 30–40 % slower with the rule on; with this one count, under 10 % (BENCHMARKS.md).
 */
final class TeammatePairs implements UniConstraintCollector<Seat, TeammatePairs.Crews, TeammatePairs.Count> {

    static final TeammatePairs COUNT = new TeammatePairs();

    /**
     * @param pairs      distinct pairs of volunteers who share at least one shift
     * @param volunteers volunteers who hold at least one seat
     */
    record Count(int pairs, int volunteers) {
    }

    /** Who sits on each shift, how many shifts each pair shares, and how many seats each volunteer holds. */
    static final class Crews {
        private final Map<Shift, List<Person>> crews = new HashMap<>();
        private final Map<Pair, int[]> shared = new HashMap<>();
        private final Map<Person, int[]> seats = new HashMap<>();
        private int pairs;

        void add(Shift shift, Person person) {
            List<Person> crew = crews.computeIfAbsent(shift, key -> new ArrayList<>(4));
            for (Person other : crew) {
                share(person, other, 1);
            }
            crew.add(person);
            seats.computeIfAbsent(person, key -> new int[1])[0]++;
        }

        void remove(Shift shift, Person person) {
            List<Person> crew = crews.get(shift);
            crew.remove(person);
            for (Person other : crew) {
                share(person, other, -1);
            }
            int[] held = seats.get(person);
            if (--held[0] == 0) {
                seats.remove(person);
            }
        }

        private void share(Person a, Person b, int change) {
            // A volunteer in two seats of one shift (a broken hard rule) is no pair with themselves.
            if (a == b) {
                return;
            }
            Pair pair = Pair.of(a, b);
            int[] count = shared.computeIfAbsent(pair, key -> new int[1]);
            int before = count[0];
            count[0] += change;
            if (before == 0) {
                pairs++;
            } else if (count[0] == 0) {
                pairs--;
                shared.remove(pair);
            }
        }
    }

    /** Two volunteers in code order, so a pair is the same whichever seat each holds. */
    private record Pair(Person first, Person second) {

        static Pair of(Person a, Person b) {
            return a.getCode().compareTo(b.getCode()) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    private TeammatePairs() {
    }

    @Override
    public Supplier<Crews> supplier() {
        return Crews::new;
    }

    @Override
    public BiFunction<Crews, Seat, Runnable> accumulator() {
        return (crews, seat) -> {
            // The seat's volunteer may have changed by the time the engine takes the seat out again:
            // take out whom it put in.
            Shift shift = seat.getShift();
            Person person = seat.getPerson();
            crews.add(shift, person);
            return () -> crews.remove(shift, person);
        };
    }

    @Override
    public Function<Crews, Count> finisher() {
        return crews -> new Count(crews.pairs, crews.seats.size());
    }
}
