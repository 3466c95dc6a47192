package org.maydan.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.UsageException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code ingest PATH [--source NAME] [--reprocess] [--key=value ...]}: stores the articles of a JSONL
 * file or of a folder of .txt/.html files with their events, in the configured store (settings such
 * as {@code --maydan.store=postgis} go to Spring). One transaction per article: Ctrl-C loses at most
 * the article in flight, and running again skips what is stored. Exit 0 when every article is stored
 * or was already, 1 when some failed (listed with reasons), 2 on bad usage.
 */
@CommandLine.Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "store articles and their events (JSONL file or folder of .txt/.html)",
        footer = {"", "One transaction per article: Ctrl-C loses at most the article in flight, and a second run"
                + " skips what is stored. A progress bar goes to stderr, a summary with every failure to stdout.",
            BatchContext.SETTINGS_HELP,
            "Exit codes: 0 every article stored (or already), 1 some failed, 2 bad usage."})
public final class IngestCommand implements Command {

    @CommandLine.Parameters(index = "0", paramLabel = "FILE.jsonl|FOLDER",
            description = "JSON Lines, one {\"id\", \"text\", \"published\", \"title\"?, \"url\"?, \"source\"?} a line,"
                    + " or a folder of .txt, .html and .htm files (walked in name order)")
    Path path = Path.of("");

    @CommandLine.Option(names = "--source", paramLabel = "NAME",
            description = "publisher of articles that name none and have no URL")
    @Nullable String source;

    @CommandLine.Option(names = "--reprocess", description = "run the pipeline again on articles already stored")
    boolean reprocess;

    @CommandLine.Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public int run(PrintStream out, PrintStream err) throws Exception {
        List<String> springSettings = BatchContext.settings(settings);
        if (!ArticleFiles.readable(path)) {
            throw new UsageException("cannot read " + path + ": name a JSONL file or a folder");
        }
        try (ConfigurableApplicationContext context = BatchContext.start(springSettings)) {
            context.getBean(Pipeline.class).requireGeoparser();
            IngestRun run = new IngestRun(context.getBean(ArticleIngest.class), context.getBean(ArticleInput.class),
                    out, err);
            Thread notice = new Thread(() -> err.printf("%ninterrupted after %d of %d articles; each stored article"
                    + " is complete: run the same command again to go on%n", run.tally().done, run.tally().total));
            Runtime.getRuntime().addShutdownHook(notice);
            boolean allStored = run.run(path, source, reprocess);
            Runtime.getRuntime().removeShutdownHook(notice);
            return allStored ? Commands.OK : Commands.FAILED;
        }
    }
}
