package org.shouwang.solver;

import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects the dates a person works on into runs of consecutive dates. A fresh, immutable list of
 * runs is the result, so a changed run is always seen as a change downstream.
 */
final class ConsecutiveDays implements UniConstraintCollector<Seat, TreeMap<Integer, Integer>, List<ConsecutiveDays.Run>> {

    /** A run of {@code length} consecutive working dates starting on epoch day {@code first}. */
    record Run(int first, int length) {
    }

    static final ConsecutiveDays RUNS = new ConsecutiveDays();

    private ConsecutiveDays() {
    }

    @Override
    public Supplier<TreeMap<Integer, Integer>> supplier() {
        return TreeMap::new;
    }

    @Override
    public BiFunction<TreeMap<Integer, Integer>, Seat, Runnable> accumulator() {
        return (days, seat) -> {
            Integer day = seat.getShift().getDay();
            days.merge(day, 1, Integer::sum);
            return () -> days.computeIfPresent(day, (d, count) -> count == 1 ? null : count - 1);
        };
    }

    @Override
    public Function<TreeMap<Integer, Integer>, List<Run>> finisher() {
        return days -> {
            List<Run> runs = new ArrayList<>();
            int first = Integer.MIN_VALUE;
            int previous = Integer.MIN_VALUE;
            for (Map.Entry<Integer, Integer> entry : days.entrySet()) {
                int day = entry.getKey();
                if (previous == Integer.MIN_VALUE || day != previous + 1) {
                    if (previous != Integer.MIN_VALUE) {
                        runs.add(new Run(first, previous - first + 1));
                    }
                    first = day;
                }
                previous = day;
            }
            if (previous != Integer.MIN_VALUE) {
                runs.add(new Run(first, previous - first + 1));
            }
            return List.copyOf(runs);
        };
    }
}
