package org.shouwang.roster;

import org.shouwang.plan.PlanDocument;

/**
 * What a new solve of a roster must keep. Publishing sits above the roster and knows which seats are
 * published and which were released, so it provides this and the roster's editing asks for it here.
 */
public interface Replanning {

    PlanDocument forReplanning(long rosterId, PlanDocument snapshot);
}
