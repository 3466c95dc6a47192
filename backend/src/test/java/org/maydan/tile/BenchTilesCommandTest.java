package org.maydan.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.cli.Commands;

/** {@code bench-tiles} is a registered job that refuses bad usage with exit code 2 before touching a database. */
class BenchTilesCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bench-tiles                                                     | Missing required option",
            "bench-tiles --jdbc jdbc:postgresql://localhost/x --tiles-per-zoom 0 | at least 1",
            "bench-tiles --jdbc jdbc:postgresql://localhost/x --no-load --events 1,2 | one --events count"})
    void badUsageExitsWithTwo(String line, String message) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Commands().run(line.strip().split(" +"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(Commands.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
    }
}
