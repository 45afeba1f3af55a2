package org.shouwang.supplies;

/** Supplies on hand in a compound. */
public record Stock(int masks, int gloves, int disinfectantMl, int thermometers) {

    public static final Stock NONE = new Stock(0, 0, 0, 0);

    public Stock {
        if (masks < 0 || gloves < 0 || disinfectantMl < 0 || thermometers < 0) {
            throw new IllegalArgumentException("supplies.error.negative");
        }
    }
}
