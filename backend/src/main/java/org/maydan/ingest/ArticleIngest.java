package org.maydan.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.maydan.article.Article;
import org.maydan.article.ArticleStore;
import org.maydan.article.NewArticle;
import org.maydan.event.Event;
import org.maydan.event.EventStore;
import org.maydan.system.NotFoundException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingests articles: runs the pipeline on an article and stores the article, the places it names,
 * its events and their evidence in one transaction. Idempotent: an article already stored (same URL or same content hash)
 * is answered with its stored events and not processed again; concurrent sends of one new article
 * store it once, the losers of the race answering with the winner's result. Reprocessing runs the
 * pipeline again on a stored article and replaces its places and evidence, deleting events left
 * without any.
 *
 * <p>The pipeline runs outside the transaction, so a slow gazetteer holds no database locks. A
 * transaction that loses a race for a row (a duplicate key on H2, a deadlock on PostgreSQL) is
 * tried again, up to {@link IngestProperties#maxAttempts()} times.
 */
public class ArticleIngest {

    /** What happened to the article. */
    public enum Status {
        /** It was new and is now stored with its events. */
        CREATED,
        /** It was already stored; nothing changed. */
        EXISTING,
        /** It was stored and has been processed again. */
        REPROCESSED
    }

    /**
     * The outcome of one article.
     *
     * @param article the stored article
     * @param status what happened to it
     * @param newEvents events this call created
     * @param mergedEvents events this call added the article to as one more source
     * @param events all events with evidence from the article
     * @param eventsLeftOut events the text reports beyond {@link IngestProperties#maxEventsPerArticle()}
     */
    public record Result(Article article, Status status, int newEvents, int mergedEvents, List<Event> events,
            int eventsLeftOut) {}

    /** The longest pause before the first retry; later ones wait up to a multiple of it. */
    private static final long RETRY_PAUSE_MILLIS = 20;

    private final ArticleStore articles;
    private final EventStore events;
    private final Pipeline pipeline;
    private final TransactionTemplate transaction;
    private final int maxAttempts;
    private final ExtractionCaps caps;

    public ArticleIngest(ArticleStore articles, EventStore events, Pipeline pipeline, TransactionTemplate transaction,
            IngestProperties properties) {
        this.articles = articles;
        this.events = events;
        this.pipeline = pipeline;
        this.transaction = transaction;
        this.maxAttempts = properties.maxAttempts();
        this.caps = new ExtractionCaps(properties);
    }

    /** Stores a new article with its events, or answers with the stored one; see the class comment. */
    public Result ingest(NewArticle article, boolean reprocess) {
        Optional<Article> stored = articles.findByUrlOrContent(article.url(), article.contentHash());
        if (stored.isPresent()) {
            return reprocess ? reprocess(stored.get()) : existing(stored.get());
        }
        ExtractionCaps.Bounded output = extract(article.text(), article.published());
        return retrying(() -> {
            ArticleStore.Saved saved = articles.save(article);
            Article created = articles.find(saved.id()).orElseThrow();
            return saved.created() ? store(created, output, Status.CREATED) : existing(created);
        });
    }

    /**
     * Runs the pipeline again on a stored article and replaces its events' evidence.
     *
     * @throws NotFoundException if no article has this id
     */
    public Result reprocess(long articleId) {
        return reprocess(articles.find(articleId)
                .orElseThrow(() -> new NotFoundException("no article with id " + articleId)));
    }

    private Result reprocess(Article article) {
        ExtractionCaps.Bounded output = extract(article.text(), article.published());
        return retrying(() -> store(article, output, Status.REPROCESSED));
    }

    private ExtractionCaps.Bounded extract(String text, @Nullable LocalDate published) {
        return caps.apply(text, pipeline.run(text, published));
    }

    private Result store(Article article, ExtractionCaps.Bounded bounded, Status status) {
        Pipeline.Output output = bounded.output();
        articles.replacePlaces(article.id(), output.places());
        List<EventStore.Recorded> recorded = events.replaceEvidence(article.id(),
                output.findings().stream().map(f -> f.report(article.id())).toList());
        int created = count(recorded, EventStore.Outcome.NEW);
        int merged = count(recorded, EventStore.Outcome.MERGED);
        return new Result(article, status, created, merged, events.eventsOf(article.id()), bounded.eventsLeftOut());
    }

    private Result existing(Article article) {
        return new Result(article, Status.EXISTING, 0, 0, events.eventsOf(article.id()), 0);
    }

    private Result retrying(Supplier<Result> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** A random pause growing with the attempt, so racing writers do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(RETRY_PAUSE_MILLIS * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an article", e);
        }
    }

    private static int count(List<EventStore.Recorded> recorded, EventStore.Outcome outcome) {
        return (int) recorded.stream().map(EventStore.Recorded::eventId).distinct()
                .filter(id -> recorded.stream().anyMatch(r -> r.eventId() == id && r.outcome() == outcome))
                .count();
    }
}
