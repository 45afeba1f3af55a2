package org.shouwang.base;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Asks every feature's {@link ReferenceCounter} whether a record is still in use. */
@Component
public class References {

    private final List<ReferenceCounter> counters;

    public References(List<ReferenceCounter> counters) {
        this.counters = List.copyOf(counters);
    }

    /** Everything that refers to the record, in no particular order. */
    public List<Usage> usagesOf(Class<?> type, long id) {
        List<Usage> usages = new ArrayList<>();
        counters.forEach(counter -> counter.usagesOf(type, id).stream().filter(u -> u.count() > 0).forEach(usages::add));
        return usages;
    }

    /** @throws StillReferencedException when anything still refers to the record */
    public void requireUnused(Class<?> type, long id, String label) {
        List<Usage> usages = usagesOf(type, id);
        if (!usages.isEmpty()) {
            throw new StillReferencedException(label, usages);
        }
    }
}
