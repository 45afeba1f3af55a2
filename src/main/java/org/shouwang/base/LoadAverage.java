package org.shouwang.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The machine's load as the benchmark commands print it beside their figures: on 2 cores, timings taken at a
 * load average of 10 are not the app's own. Plain Java, so that the commands that measure the app from
 * outside (they start no Spring context) may use it.
 */
public final class LoadAverage {

    private static final Path PROC = Path.of("/proc/loadavg");

    private LoadAverage() {
    }

    /**
     * The kernel's line as {@code uptime} shows it (1, 5 and 15 minutes, running/all tasks, last process id),
     * or empty where there is no {@code /proc/loadavg} (not Linux).
     */
    public static Optional<String> now() {
        try {
            return Files.exists(PROC) ? Optional.of(Files.readString(PROC).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
