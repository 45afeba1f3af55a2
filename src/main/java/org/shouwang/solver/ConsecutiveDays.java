package org.shouwang.solver;

import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects one person's seats into the runs of consecutive working dates that are longer than that
 * person's maximum. The result is a fresh immutable list, usually the shared empty one: while a
 * person works on no more dates than the maximum in all, no run can be too long and nothing is scanned.
 */
final class ConsecutiveDays implements UniConstraintCollector<Seat, ConsecutiveDays.Days, List<ConsecutiveDays.Run>> {

    /** A run of {@code length} consecutive working dates starting on epoch day {@code first}. */
    record Run(int first, int length) {
    }

    /** Seats per date worked (by epoch day), how many dates have any, and the person's maximum. */
    static final class Days {
        final IntTally seats = new IntTally();
        int dates;
        int max = Integer.MAX_VALUE;

        void add(int day, int change) {
            int now = seats.add(day, change);
            if (change > 0 && now == change) {
                dates++;
            } else if (change < 0 && now == 0) {
                dates--;
            }
        }
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
            int day = seat.getShift().getDay();
            days.add(day, 1);
            return () -> days.add(day, -1);
        };
    }

    @Override
    public Function<Days, List<Run>> finisher() {
        return days -> {
            if (days.dates <= days.max) {
                return List.of();
            }
            List<Run> runs = new ArrayList<>();
            int first = 0;
            boolean open = false;
            for (int day = days.seats.firstKey(); day < days.seats.endKey(); day++) {
                boolean worked = days.seats.get(day) > 0;
                if (worked && !open) {
                    first = day;
                    open = true;
                } else if (!worked && open) {
                    addIfTooLong(runs, first, day - 1, days.max);
                    open = false;
                }
            }
            if (open) {
                addIfTooLong(runs, first, days.seats.endKey() - 1, days.max);
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
