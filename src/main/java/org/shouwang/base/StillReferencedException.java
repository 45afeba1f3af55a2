package org.shouwang.base;

import java.util.List;

/** A delete refused because other records still refer to the record; the UI lists {@link #usages()}. */
public class StillReferencedException extends RuntimeException {

    private final String label;
    private final transient List<Usage> usages;

    public StillReferencedException(String label, List<Usage> usages) {
        super(label + " is still referred to by " + usages);
        this.label = label;
        this.usages = List.copyOf(usages);
    }

    /** The name of the record that could not be deleted. */
    public String label() {
        return label;
    }

    public List<Usage> usages() {
        return usages;
    }
}
