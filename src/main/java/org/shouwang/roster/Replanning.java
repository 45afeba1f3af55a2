package org.shouwang.roster;

import org.shouwang.plan.PlanDocument;

/**
 * What a new solve of a window must keep. Publishing sits above the roster and knows which seats are
 * published and which were released, so it provides this and the roster's editing asks for it here.
 */
public interface Replanning {

    /** The snapshot with the window's released seats emptied, so the solver may give them to anyone. */
    PlanDocument forReplanning(RosterWindow window, PlanDocument snapshot);
}
