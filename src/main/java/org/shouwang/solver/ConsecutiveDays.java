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
 * Collects one person's seats into the runs of consecutive working dates that are longer than that
 * person's maximum. The result is a fresh immutable list, usually empty, so nothing downstream is
 * touched while a person stays within the rule.
 */
final class ConsecutiveDays implements UniConstraintCollector<Seat, ConsecutiveDays.Days, List<ConsecutiveDays.Run>> {

    /** A run of {@code length} consecutive working dates starting on epoch day {@code first}. */
    record Run(int first, int length) {
    }

    /** The dates worked (epoch day to the number of seats that day) and the person's maximum. */
    static final class Days {
        final TreeMap<Integer, Integer> counts = new TreeMap<>();
        int max = Integer.MAX_VALUE;
    }

    static final ConsecutiveDays TOO_LONG_RUNS = new ConsecutiveDays();

    private ConsecutiveDays() {
    }

    @Override
    public Supplier<Days> supplier() {
        return Days::new;
    }

    @Override
    public BiFunction<Days, Seat, Runnable> accumulator() {
        return (days, seat) -> {
            // Grouped by person: every seat of a group has the same person, and so the same maximum.
            days.max = seat.getPerson().getMaxConsecutiveDays();
            Integer day = seat.getShift().getDay();
            days.counts.merge(day, 1, Integer::sum);
            return () -> days.counts.computeIfPresent(day, (d, count) -> count == 1 ? null : count - 1);
        };
    }

    @Override
    public Function<Days, List<Run>> finisher() {
        return days -> {
            if (days.counts.size() <= days.max) {
                return List.of();
            }
            List<Run> runs = new ArrayList<>();
            int first = 0;
            int previous = 0;
            boolean open = false;
            for (Map.Entry<Integer, Integer> entry : days.counts.entrySet()) {
                int day = entry.getKey();
                if (open && day != previous + 1) {
                    addIfTooLong(runs, first, previous, days.max);
                    first = day;
                } else if (!open) {
                    first = day;
                    open = true;
                }
                previous = day;
            }
            if (open) {
                addIfTooLong(runs, first, previous, days.max);
            }
            return runs.isEmpty() ? List.of() : List.copyOf(runs);
        };
    }

    private static void addIfTooLong(List<Run> runs, int first, int last, int max) {
        if (last - first + 1 > max) {
            runs.add(new Run(first, last - first + 1));
        }
    }
}
