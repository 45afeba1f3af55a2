package org.shouwang.solver;

/**
 * Sums of whole numbers by a small integer key (an epoch day or a week number), for the collectors
 * of the grouped hard rules. One person's keys lie within the horizon, so the sums sit in an array
 * offset by the smallest key seen, grown when a key falls outside: no boxing and no hashing when the
 * solver moves a seat, which it does for every score calculation.
 */
final class IntTally {

    private int base;
    private int[] sums = new int[0];

    /** Adds {@code amount} to the key's sum and returns the new sum. */
    int add(int key, int amount) {
        if (key < base || key >= base + sums.length) {
            grow(key);
        }
        return sums[key - base] += amount;
    }

    int get(int key) {
        return key < base || key >= base + sums.length ? 0 : sums[key - base];
    }

    /** The smallest key that may have a sum; every key with a sum lies in {@code [firstKey, endKey)}. */
    int firstKey() {
        return base;
    }

    int endKey() {
        return base + sums.length;
    }

    private void grow(int key) {
        int first = sums.length == 0 ? key : Math.min(base, key);
        int end = sums.length == 0 ? key + 1 : Math.max(base + sums.length, key + 1);
        // Room on both sides, so a person's keys rarely make it grow again.
        int slack = 8 + (end - first) / 2;
        int[] grown = new int[end - first + 2 * slack];
        if (sums.length > 0) {
            System.arraycopy(sums, 0, grown, base - (first - slack), sums.length);
        }
        base = first - slack;
        sums = grown;
    }
}
