package org.shouwang.exchange;

import java.util.List;

/**
 * Published once the demo communities exist, so that other features can add what belongs to them
 * (the security feature adds demo accounts).
 */
public record DemoDataLoadedEvent(List<PlanImportService.ImportResult> communities) {

    public DemoDataLoadedEvent {
        communities = List.copyOf(communities);
    }
}
