package org.shouwang.base;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LoadAverageTest {

    @Test
    void the_kernels_line_as_uptime_shows_it() {
        assumeTrue(Files.exists(Path.of("/proc/loadavg")), "a Linux machine");
        assertThat(LoadAverage.now()).hasValueSatisfying(line ->
                assertThat(line).matches("\\d+\\.\\d+ \\d+\\.\\d+ \\d+\\.\\d+ \\d+/\\d+ \\d+"));
    }
}
