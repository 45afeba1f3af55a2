package org.shouwang.solver;

import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Collects one person's seats into the dates (or weeks) whose shifts add up to more minutes than the
 * person may serve on one. How many are over is kept up to date as seats come and go, so the result is
 * the shared empty list without a scan while the person keeps the rule, which is almost always.
 * Grouping by person alone, not by person and date, saves a composite key and a group per date.
 */
final class MinutesOver implements UniConstraintCollector<Seat, MinutesOver.Sums, List<MinutesOver.Excess>> {

    /** The shifts starting on one date (epoch day) or in one week (its number) add up to {@code minutes}. */
    record Excess(int key, int minutes) {
    }

    /** Minutes per date or week, the person's maximum, and how many dates or weeks exceed it. */
    static final class Sums {
        final IntTally minutes = new IntTally();
        int max;
        int over;

        void add(int key, int change) {
            int now = minutes.add(key, change);
            boolean wasOver = now - change > max;
            if (!wasOver && now > max) {
                over++;
            } else if (wasOver && now <= max) {
                over--;
            }
        }
    }

    /** By the date a shift starts on, against the daily maximum. */
    static final MinutesOver PER_DAY = new MinutesOver(Shift::getDay, Person::getMaxDayMinutes);
    /** By the Monday–Sunday week a shift starts in, against the person's weekly maximum. */
    static final MinutesOver PER_WEEK = new MinutesOver(Shift::getWeek, Person::getMaxWeekMinutes);

    private final ToIntFunction<Shift> key;
    private final ToIntFunction<Person> limit;

    private MinutesOver(ToIntFunction<Shift> key, ToIntFunction<Person> limit) {
        this.key = key;
        this.limit = limit;
    }

    @Override
    public Supplier<Sums> supplier() {
        return Sums::new;
    }

    @Override
    public BiFunction<Sums, Seat, Runnable> accumulator() {
        return (sums, seat) -> {
            // Grouped by person: every seat of a group has the same person, and so the same maximum.
            sums.max = limit.applyAsInt(seat.getPerson());
            int k = key.applyAsInt(seat.getShift());
            int minutes = seat.getShift().getMinutes();
            sums.add(k, minutes);
            return () -> sums.add(k, -minutes);
        };
    }

    @Override
    public Function<Sums, List<Excess>> finisher() {
        return sums -> {
            if (sums.over == 0) {
                return List.of();
            }
            List<Excess> excesses = new ArrayList<>(sums.over);
            for (int k = sums.minutes.firstKey(); k < sums.minutes.endKey(); k++) {
                int minutes = sums.minutes.get(k);
                if (minutes > sums.max) {
                    excesses.add(new Excess(k, minutes));
                }
            }
            return List.copyOf(excesses);
        };
    }
}
