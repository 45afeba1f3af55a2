package org.shouwang.supplies;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the roster's seats will use, per compound and day, against the stock on hand.
 *
 * @param from the first day counted: the roster's first day, or today when it started earlier
 */
public record Forecast(long rosterId, LocalDate from, LocalDate to, List<LocalDate> days, List<CompoundForecast> compounds) {

    /**
     * One compound's needs and how long its stock lasts.
     *
     * @param counted whether the stock was ever entered: an uncounted compound has no run-out date
     */
    public record CompoundForecast(long compoundId, String compound, List<Day> days, int thermometersNeeded,
                                   Stock stock, boolean counted) {

        public double masks() {
            return days.stream().mapToDouble(Day::masks).sum();
        }

        public double gloves() {
            return days.stream().mapToDouble(Day::gloves).sum();
        }

        public double disinfectantMl() {
            return days.stream().mapToDouble(Day::disinfectantMl).sum();
        }

        /** The first day whose masks the stock no longer covers; empty when it lasts the horizon. */
        public Optional<LocalDate> masksRunOut() {
            return runOut(stock.masks(), Day::masks);
        }

        public Optional<LocalDate> glovesRunOut() {
            return runOut(stock.gloves(), Day::gloves);
        }

        public Optional<LocalDate> disinfectantRunOut() {
            return runOut(stock.disinfectantMl(), Day::disinfectantMl);
        }

        /** Whole days the masks cover from the first day counted. */
        public long masksDaysLeft() {
            return masksRunOut().map(d -> days.stream().filter(x -> x.date().isBefore(d)).count())
                    .orElse((long) days.size());
        }

        public boolean thermometersShort() {
            return counted && stock.thermometers() < thermometersNeeded;
        }

        /** Short of anything within the horizon. */
        public boolean shortfall() {
            return masksRunOut().isPresent() || glovesRunOut().isPresent() || disinfectantRunOut().isPresent()
                    || thermometersShort();
        }

        private Optional<LocalDate> runOut(double onHand, java.util.function.ToDoubleFunction<Day> need) {
            if (!counted) {
                return Optional.empty();
            }
            double used = 0;
            for (Day day : days) {
                used += need.applyAsDouble(day);
                if (used > onHand + 1e-9) {
                    return Optional.of(day.date());
                }
            }
            return Optional.empty();
        }
    }

    /** One day's needs of a compound (seats starting that day). */
    public record Day(LocalDate date, double masks, double gloves, double disinfectantMl) {
    }
}
