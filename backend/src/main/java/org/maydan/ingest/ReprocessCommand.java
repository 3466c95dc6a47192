package org.maydan.ingest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.maydan.article.ArticleStore;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code reprocess [--article ID ...] [--key=value ...]}: runs the pipeline again on stored articles
 * (all of them, or those named) after a gazetteer or rule change, replacing each one's evidence in
 * its own transaction; events left without evidence are deleted and the others recomputed, so
 * running it twice changes nothing the second time. Exit 0 when all succeed, 1 if any failed.
 */
@CommandLine.Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = "run the pipeline again on stored articles, updating their events",
        footer = {"", "Each article in its own transaction; events no article supports any more are deleted.",
            BatchContext.SETTINGS_HELP,
            "Exit codes: 0 every article reprocessed, 1 some failed, 2 bad usage."})
public final class ReprocessCommand implements Command {

    /** Article ids read per page while walking the whole store. */
    private static final int PAGE_SIZE = 500;

    @CommandLine.Option(names = "--article", paramLabel = "ID",
            description = "the stored article to reprocess (repeatable; default: all of them)")
    List<Long> named = new ArrayList<>();

    @CommandLine.Unmatched
    List<String> settings = new ArrayList<>();

    @Override
    public int run(PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = BatchContext.start(BatchContext.settings(settings))) {
            context.getBean(Pipeline.class).requireGeoparser();
            Reprocessing reprocessing = new Reprocessing(context.getBean(ArticleIngest.class),
                    context.getBean(ArticleStore.class), PAGE_SIZE);
            Reprocessing.Summary summary = named.isEmpty() ? reprocessing.all() : reprocessing.these(named);
            out.printf("articles: %d reprocessed, %d failed%n", summary.reprocessed(), summary.failures().size());
            out.printf("events: %d new, %d merged with reports from other articles%n", summary.newEvents(),
                    summary.mergedEvents());
            summary.failures().forEach(f -> out.println("  " + f));
            return summary.failures().isEmpty() ? Commands.OK : Commands.FAILED;
        }
    }
}
