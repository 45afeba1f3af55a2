package org.shouwang.solver;

/** A running solve, handed out when it starts, that another thread can end early. */
@FunctionalInterface
public interface SolveHandle {

    /** Ends the solve as soon as possible; its best roster so far is returned as usual. */
    void terminateEarly();
}
