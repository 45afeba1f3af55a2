package org.shouwang.supplies;

import org.shouwang.plan.PostKind;

import java.util.EnumMap;
import java.util.Map;

/** Supplies one person uses on one shift: masks, pairs of gloves, millilitres of disinfectant. */
public record Rate(double masks, double gloves, double disinfectantMl) {

    public Rate {
        if (masks < 0 || gloves < 0 || disinfectantMl < 0) {
            throw new IllegalArgumentException("supplies.error.negative");
        }
    }

    /**
     * Sensible amounts when the community set none: a fresh mask and pair of gloves per shift; screening
     * teams, who enter homes, two of each and disinfectant to spray.
     */
    public static Map<PostKind, Rate> defaults() {
        Map<PostKind, Rate> rates = new EnumMap<>(PostKind.class);
        rates.put(PostKind.GATE, new Rate(1, 1, 0));
        rates.put(PostKind.SCREENING, new Rate(2, 2, 200));
        rates.put(PostKind.PATROL, new Rate(1, 1, 0));
        rates.put(PostKind.DESK, new Rate(1, 1, 0));
        return rates;
    }
}
