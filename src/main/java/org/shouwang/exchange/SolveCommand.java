package org.shouwang.exchange;

/** The {@code solve} command: reads a plan document, solves it, writes the roster. */
public final class SolveCommand {

    private SolveCommand() {
    }

    /** @return the process exit code: 0 when a roster was written, 2 for bad arguments or a bad document */
    public static int run(String[] args) {
        System.err.println("solve: not implemented yet");
        return 2;
    }
}
