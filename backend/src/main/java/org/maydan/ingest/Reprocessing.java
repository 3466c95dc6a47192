package org.maydan.ingest;

import java.util.ArrayList;
import java.util.List;
import org.maydan.article.ArticleStore;

/** Reprocesses stored articles one transaction each, walking the store by id in pages. */
final class Reprocessing {

    /**
     * What a reprocessing run did.
     *
     * @param reprocessed articles processed again
     * @param newEvents events created
     * @param mergedEvents events the articles now share with other articles
     * @param failures one line per failed article
     */
    record Summary(int reprocessed, int newEvents, int mergedEvents, List<String> failures) {}

    private final ArticleIngest ingest;
    private final ArticleStore articles;
    private final int pageSize;

    /** @param pageSize article ids read per page while walking the whole store */
    Reprocessing(ArticleIngest ingest, ArticleStore articles, int pageSize) {
        this.ingest = ingest;
        this.articles = articles;
        this.pageSize = pageSize;
    }

    Summary all() {
        Counter counter = new Counter();
        long after = 0;
        List<Long> page;
        while (!(page = articles.ids(after, pageSize)).isEmpty()) {
            page.forEach(counter::reprocess);
            after = page.get(page.size() - 1);
        }
        return counter.summary();
    }

    Summary these(List<Long> ids) {
        Counter counter = new Counter();
        ids.forEach(counter::reprocess);
        return counter.summary();
    }

    private final class Counter {
        private int reprocessed;
        private int newEvents;
        private int mergedEvents;
        private final List<String> failures = new ArrayList<>();

        void reprocess(long id) {
            try {
                ArticleIngest.Result result = ingest.reprocess(id);
                reprocessed++;
                newEvents += result.newEvents();
                mergedEvents += result.mergedEvents();
            } catch (RuntimeException e) {
                failures.add("article " + id + ": " + e.getMessage());
            }
        }

        Summary summary() {
            return new Summary(reprocessed, newEvents, mergedEvents, List.copyOf(failures));
        }
    }
}
