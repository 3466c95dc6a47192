package org.maydan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Dispatch, help and the shared exit codes of command-line jobs. */
class CommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpListsEveryOptionOfAJobAndExitsZero() {
        int code = run("bench-gazetteer", "--help");

        assertThat(code).isEqualTo(Commands.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--gazetteer", "--json", "--help");
    }

    @Test
    void anUnknownOptionIsAUsageErrorNamingIt() {
        int code = run("bench-gazetteer", "--no-such-option");

        assertThat(code).isEqualTo(Commands.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("maydan bench-gazetteer:", "--no-such-option", "--help");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithTheListOfJobs() {
        int code = run("no-such-job");

        assertThat(code).isEqualTo(Commands.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'no-such-job'", "bench-gazetteer");
    }

    private int run(String... args) {
        return new Commands().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
