package org.maydan.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.article.NewArticle;

/**
 * One run of the {@code ingest} command over an input, without Spring: each article goes through
 * {@link ArticleIngest} in its own transaction, so an interrupted run keeps what it stored and a
 * second run skips it (by URL or content hash). A progress bar goes to {@code err}, the summary to
 * {@code out}.
 */
final class IngestRun {

    /** Characters of the progress bar. */
    private static final int BAR_WIDTH = 30;

    private final ArticleIngest ingest;
    private final ArticleInput input;
    private final PrintStream out;
    private final PrintStream err;
    private final Tally tally = new Tally();

    IngestRun(ArticleIngest ingest, ArticleInput input, PrintStream out, PrintStream err) {
        this.ingest = ingest;
        this.input = input;
        this.out = out;
        this.err = err;
    }

    /** What a run did so far; read by the interrupt message while the run goes on. */
    static final class Tally {
        volatile int done;
        volatile long total;
        int created;
        int existing;
        int reprocessed;
        int newEvents;
        int mergedEvents;
        final List<String> failures = new ArrayList<>();
    }

    Tally tally() {
        return tally;
    }

    /**
     * Ingests every article of {@code path}.
     *
     * @param defaultSource publisher of articles that name none (and have no URL), or {@code null}
     * @return whether every article was stored or found stored
     */
    boolean run(Path path, @Nullable String defaultSource, boolean reprocess) throws IOException {
        tally.total = ArticleFiles.count(path);
        try (ArticleFiles.Reader reader = ArticleFiles.open(path)) {
            ArticleFiles.Item item;
            while ((item = reader.next()) != null) {
                one(item, defaultSource, reprocess);
                tally.done++;
                progress();
            }
        }
        err.println();
        summary();
        return tally.failures.isEmpty();
    }

    private void one(ArticleFiles.Item item, @Nullable String defaultSource, boolean reprocess) {
        RawArticle raw = item.article();
        if (raw == null) {
            tally.failures.add(item.label() + ": " + item.problem());
            return;
        }
        try {
            RawArticle fields = raw.withDefaultSource(defaultSource);
            NewArticle article = input.article(fields.title(), fields.text(), fields.published(), fields.url(),
                    fields.source());
            ArticleIngest.Result result = ingest.ingest(article, reprocess);
            switch (result.status()) {
                case CREATED -> tally.created++;
                case EXISTING -> tally.existing++;
                case REPROCESSED -> tally.reprocessed++;
            }
            tally.newEvents += result.newEvents();
            tally.mergedEvents += result.mergedEvents();
        } catch (RuntimeException e) {
            tally.failures.add(item.label() + ": " + e.getMessage());
        }
    }

    private void progress() {
        long total = Math.max(tally.total, tally.done);
        int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * tally.done / total);
        err.printf("\r[%s%s] %d/%d articles, %d new events, %d failed", "#".repeat(filled),
                " ".repeat(BAR_WIDTH - filled), tally.done, total, tally.newEvents, tally.failures.size());
        err.flush();
    }

    private void summary() {
        out.printf("articles: %d (%d new, %d already stored, %d reprocessed, %d failed)%n", tally.done,
                tally.created, tally.existing, tally.reprocessed, tally.failures.size());
        out.printf("events: %d new, %d merged with reports from other articles%n", tally.newEvents,
                tally.mergedEvents);
        if (!tally.failures.isEmpty()) {
            out.println("failures:");
            tally.failures.forEach(f -> out.println("  " + f));
        }
    }
}
