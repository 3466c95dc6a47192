package org.maydan.ingest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.maydan.article.ArticleStore;
import org.maydan.cli.LegacyCommand;
import org.maydan.cli.UsageException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code reprocess [--article ID ...] [--key=value ...]}: runs the pipeline again on stored articles
 * (all of them, or those named) after a gazetteer or rule change, replacing each one's evidence in
 * its own transaction; events left without evidence are deleted and the others recomputed, so
 * running it twice changes nothing the second time. Exit 0 when all succeed, 1 if any failed.
 */
public final class ReprocessCommand implements LegacyCommand {

    /** Article ids read per page while walking the whole store. */
    private static final int PAGE_SIZE = 500;
    private static final int EXIT_OK = 0;
    private static final int EXIT_FAILED = 1;

    @Override
    public String name() {
        return "reprocess";
    }

    @Override
    public String summary() {
        return "[--article ID ...]: run the pipeline again on stored articles, updating their events";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<Long> named = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--article") && i + 1 < args.size()) {
                named.add(articleId(args.get(++i)));
            } else if (BatchContext.isSetting(a)) {
                settings.add(a);
            } else {
                throw new UsageException("unexpected argument '" + a + "'; usage: reprocess [--article ID ...]");
            }
        }
        try (ConfigurableApplicationContext context = BatchContext.start(settings)) {
            context.getBean(Pipeline.class).requireGeoparser();
            Reprocessing reprocessing = new Reprocessing(context.getBean(ArticleIngest.class),
                    context.getBean(ArticleStore.class), PAGE_SIZE);
            Reprocessing.Summary summary = named.isEmpty() ? reprocessing.all() : reprocessing.these(named);
            out.printf("articles: %d reprocessed, %d failed%n", summary.reprocessed(), summary.failures().size());
            out.printf("events: %d new, %d merged with reports from other articles%n", summary.newEvents(),
                    summary.mergedEvents());
            summary.failures().forEach(f -> out.println("  " + f));
            return summary.failures().isEmpty() ? EXIT_OK : EXIT_FAILED;
        }
    }

    private static long articleId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--article needs a numeric id, got '" + value + "'");
        }
    }
}
