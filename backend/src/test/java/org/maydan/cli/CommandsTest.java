package org.maydan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dispatch, help and the shared exit codes of command-line jobs. */
class CommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Every option the README documents, per job. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            extract         ; --in, --out, --gazetteer
            evaluate        ; --gold, --pred, --json, --boundaries
            ingest          ; FILE.jsonl|FOLDER, --source, --reprocess, --maydan.store=postgis
            reprocess       ; --article, --maydan.store=postgis
            import          ; --ocha-communities, --ocha-admin, --ocha-neighbourhoods, --ocha-aliases, --geonames, \
                              --alternate-names, --tsv, --boundaries, --data-dir
            bench-extract   ; --in, --gazetteer, --size, --warm-up, --seconds, --json
            bench-gazetteer ; --gazetteer, --json
            """)
    void helpListsEveryOptionOfAJobAndExitsZero(String job, String options) {
        int code = run(job, "--help");

        assertThat(code).isEqualTo(Commands.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: " + job).contains("--help")
                .contains(options.split(",\\s*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            an unknown option             ; bench-gazetteer --no-such-option ; --no-such-option
            a required option missing     ; extract                          ; Missing required option: '--in
            a number that is not one      ; bench-extract --size ten         ; Invalid value for option '--size'
            an id that is not a number    ; reprocess --article seven        ; Invalid value for option '--article'
            a non-positive count          ; bench-extract --seconds 0        ; --seconds takes a positive whole number
            a non-positive warm-up        ; bench-extract --warm-up 0        ; --warm-up takes a positive whole number
            an input that is not there    ; bench-extract --in nowhere.jsonl ; no such file or folder: nowhere.jsonl
            no input for ingest           ; ingest                           ; Missing required parameter: 'FILE.jsonl|FOLDER'
            an unreadable ingest input    ; ingest nowhere.jsonl             ; cannot read nowhere.jsonl
            an option that is no setting  ; ingest a.jsonl --fast            ; unknown option '--fast'
            two ingest inputs             ; ingest a.jsonl b.jsonl           ; unexpected argument 'b.jsonl'
            nothing to import             ; import --data-dir somewhere      ; nothing to import
            an import source not there    ; import --tsv nowhere.tsv         ; no such file: nowhere.tsv
            """)
    void badUsageIsExitCode2WithOneMessageNamingTheJob(String description, String commandLine, String message) {
        String[] args = commandLine.split(" ");

        int code = run(args);

        assertThat(code).isEqualTo(Commands.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("maydan " + args[0] + ": ").contains(message)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithTheListOfJobs() {
        int code = run("no-such-job");

        assertThat(code).isEqualTo(Commands.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'no-such-job'", "bench-gazetteer",
                "extract", "evaluate", "ingest", "reprocess", "import", "bench-extract", "bench-events");
    }

    private int run(String... args) {
        return new Commands().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
