package org.shouwang.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The times of one step over all journeys, and its errors by kind. Thread-safe: journeys run at once.
 */
public final class StepStats {

    private final List<Long> millis = new ArrayList<>();
    private final Map<String, Integer> errors = new TreeMap<>();

    public synchronized void done(long elapsedMillis) {
        millis.add(elapsedMillis);
    }

    /** A failed attempt of the step, counted under its kind (the message, without numbers that vary). */
    public synchronized void failed(String kind) {
        errors.merge(kind, 1, Integer::sum);
    }

    public synchronized int count() {
        return millis.size();
    }

    public synchronized int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized Map<String, Integer> errors() {
        return new TreeMap<>(errors);
    }

    /** The p-th percentile (0 < p ≤ 100) of the times, by nearest rank; 0 without any. */
    public synchronized long percentile(double p) {
        return percentile(millis, p);
    }

    public synchronized long max() {
        return millis.isEmpty() ? 0 : Collections.max(millis);
    }

    @Override
    public synchronized String toString() {
        return millis.size() + " done, errors " + errors;
    }

    /**
     * The nearest-rank percentile: the smallest value with at least p percent of the values at or below
     * it (the value at rank ⌈p/100 × n⌉ of the sorted values).
     */
    static long percentile(List<Long> values, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("a percentile lies in (0, 100]: " + p);
        }
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
