package org.maydan.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the page's JavaScript unit tests ({@code src/test/js/*.test.js}: URL state, binning,
 * filtering, clustering, playback stepping, number and date formatting) with Node's built-in test
 * runner, so {@code ./mvnw verify} runs them. Without Node the test is skipped with a loud message,
 * and fails in CI ({@code CI=true}).
 */
class JavaScriptUnitTest {

    private static final Path TESTS = Path.of("src", "test", "js");
    private static final String NODE = envOr("MAYDAN_NODE", "node");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Test
    void nodeTestRunnerPassesEveryJavaScriptTest() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(NODE, "--test", "--test-reporter=spec"));
        try (Stream<Path> files = Files.list(TESTS)) {
            files.filter(f -> f.getFileName().toString().endsWith(".test.js")).sorted()
                    .forEach(f -> command.add(f.toString()));
        }
        assertThat(command).as("JavaScript test files in " + TESTS).hasSizeGreaterThan(3);
        Process node;
        try {
            node = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            String message = "JavaScript unit tests need Node.js (`node` on the PATH or MAYDAN_NODE); "
                    + "on Debian: apt-get install nodejs";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message, e);
            }
            System.err.println("\n*** SKIPPING JAVASCRIPT UNIT TESTS: " + message + " ***\n");
            Assumptions.abort(message);
            return;
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = node.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        System.out.println(output);
        assertThat(finished).as("node --test finished within " + TIMEOUT).isTrue();
        assertThat(node.exitValue()).as("node --test exit code; its output:\n" + output).isZero();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
