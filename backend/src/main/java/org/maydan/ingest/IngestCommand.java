package org.maydan.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.cli.LegacyCommand;
import org.maydan.cli.UsageException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ingest PATH [--source NAME] [--reprocess] [--key=value ...]}: stores the articles of a JSONL
 * file or of a folder of .txt/.html files with their events, in the configured store (settings such
 * as {@code --maydan.store=postgis} go to Spring). One transaction per article: Ctrl-C loses at most
 * the article in flight, and running again skips what is stored. Exit 0 when every article is stored
 * or was already, 1 when some failed (listed with reasons), 2 on bad usage.
 */
public final class IngestCommand implements LegacyCommand {

    private static final int EXIT_OK = 0;
    private static final int EXIT_FAILED = 1;
    private static final String USAGE = "usage: ingest FILE.jsonl|FOLDER [--source NAME] [--reprocess] [--key=value ...]";

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "FILE.jsonl|FOLDER [--source NAME] [--reprocess]: store articles and their events";
    }

    private record Options(Path path, @Nullable String source, boolean reprocess, List<String> settings) {}

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = parse(args);
        if (!ArticleFiles.readable(options.path())) {
            throw new UsageException("cannot read " + options.path() + "; " + USAGE);
        }
        try (ConfigurableApplicationContext context = BatchContext.start(options.settings())) {
            context.getBean(Pipeline.class).requireGeoparser();
            IngestRun run = new IngestRun(context.getBean(ArticleIngest.class), context.getBean(ArticleInput.class),
                    out, err);
            Thread notice = new Thread(() -> err.printf("%ninterrupted after %d of %d articles; each stored article"
                    + " is complete: run the same command again to go on%n", run.tally().done, run.tally().total));
            Runtime.getRuntime().addShutdownHook(notice);
            boolean allStored = run.run(options.path(), options.source(), options.reprocess());
            Runtime.getRuntime().removeShutdownHook(notice);
            return allStored ? EXIT_OK : EXIT_FAILED;
        }
    }

    private static Options parse(List<String> args) {
        Path path = null;
        String source = null;
        boolean reprocess = false;
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--source")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--source needs a value; " + USAGE);
                }
                source = args.get(++i);
            } else if (a.equals("--reprocess")) {
                reprocess = true;
            } else if (BatchContext.isSetting(a)) {
                settings.add(a);
            } else if (a.startsWith("-") || path != null) {
                throw new UsageException("unexpected argument '" + a + "'; " + USAGE);
            } else {
                path = Path.of(a);
            }
        }
        if (path == null) {
            throw new UsageException("name a JSONL file or a folder; " + USAGE);
        }
        return new Options(path, source, reprocess, List.copyOf(settings));
    }
}
