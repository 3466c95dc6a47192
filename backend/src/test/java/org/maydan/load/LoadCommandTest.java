package org.maydan.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maydan.cli.Commands;
import org.maydan.system.RunningApp;

/**
 * A short load run (the real one is 60 s at 32 clients, a command, not a test) against the whole
 * application: every kind of request is sent, none fails, every article written is stored once.
 */
class LoadCommandTest {

    private static final String KEY = "load-test-key";

    @TempDir
    Path dir;

    @Test
    void aShortRunOfEveryKindOfRequestHasNoErrorAndNoLostOrDuplicatedWrite() throws Exception {
        try (RunningApp app = RunningApp.embedded(dir, "--maydan.write.api-key=" + KEY,
                "--maydan.limits.rate.writes=100000/1m")) {
            Path json = dir.resolve("load.json");
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            int exit = new Commands().run(new String[] {"load", "--url", "http://127.0.0.1:" + app.port(),
                    "--seconds", "4", "--clients", "4", "--exports", "1", "--api-key", KEY, "--json", json.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(printed).isZero();
            JsonNode figures = new ObjectMapper().readTree(json.toFile()).path("figures");
            assertThat(figures.path("errors").asLong()).isZero();
            assertThat(figures.path("per_second").asDouble()).isPositive();
            assertThat(figures.path("writes_stored").asLong()).isPositive();
            assertThat(figures.path("writes_lost").asLong()).isZero();
            assertThat(figures.path("writes_duplicated").asLong()).isZero();
            assertThat(figures.path("event_page").path("requests").asLong()).isPositive();
            assertThat(figures.path("export").path("requests").asLong()).isPositive();
            assertThat(printed).contains("p99 ms", "all but exports");
        }
    }
}
