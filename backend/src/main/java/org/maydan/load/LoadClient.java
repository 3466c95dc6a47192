package org.maydan.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One simulated client: until the deadline it sends requests drawn from the mix of
 * {@link LoadKind} weights, one at a time, and records each in the tally. Its writes are new
 * synthetic articles, and every fifth a resend of one of its own earlier articles, which must be
 * answered as already stored with the same id.
 */
final class LoadClient implements Runnable {

    /** The articles written during a run, by address, with the id the server gave each. */
    static final class Ledger {
        private final Map<String, Long> ids = new ConcurrentHashMap<>();
        private final Map<String, SyntheticArticles.Article> articles = new ConcurrentHashMap<>();

        void sent(SyntheticArticles.Article article) {
            articles.putIfAbsent(article.url(), article);
        }

        /**
         * Whether a write's answer is sound: a new article is remembered by its address with its id;
         * an article sent before must come back as stored under the id it got the first time.
         */
        boolean check(HttpResponse<String> answer) {
            try {
                JsonNode body = JSON.readTree(answer.body());
                String url = body.path("article").path("url").asText();
                long id = body.path("article").path("id").asLong();
                Long before = ids.putIfAbsent(url, id);
                return before == null || before == id && body.path("status").asText().equals("existing");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return false;
            }
        }

        Map<String, Long> ids() {
            return ids;
        }

        SyntheticArticles.Article article(String url) {
            return articles.get(url);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SEARCHES = List.of("كفرنبل", "سراقب", "حماة", "Kafr Nabl", "Idlib", "معرة",
            "Latakia", "اللطامنة");
    private static final int RESEND_EVERY = 5;
    private static final int PAGE_SIZE = 100;

    private final HttpClient http;
    private final LoadTarget target;
    private final @Nullable String apiKey;
    private final LoadTally tally;
    private final Ledger ledger;
    private final long deadlineNanos;
    private final Duration timeout;
    private final long seed;
    private final int number;
    private final boolean exporter;
    private final SplittableRandom random;
    private long written;
    private SyntheticArticles.@Nullable Article lastWritten;

    LoadClient(HttpClient http, LoadTarget target, @Nullable String apiKey, LoadTally tally, Ledger ledger,
            long deadlineNanos,
            Duration timeout, long seed, int number, boolean exporter) {
        this.http = http;
        this.target = target;
        this.apiKey = apiKey;
        this.tally = tally;
        this.ledger = ledger;
        this.deadlineNanos = deadlineNanos;
        this.timeout = timeout;
        this.seed = seed;
        this.number = number;
        this.exporter = exporter;
        this.random = new SplittableRandom(seed * 31 + number);
    }

    @Override
    public void run() {
        while (System.nanoTime() < deadlineNanos) {
            LoadKind kind = exporter ? LoadKind.EXPORT : pick();
            send(kind);
        }
    }

    private LoadKind pick() {
        int total = 0;
        for (LoadKind k : LoadKind.values()) {
            total += weight(k);
        }
        int draw = random.nextInt(total);
        for (LoadKind k : LoadKind.values()) {
            draw -= weight(k);
            if (draw < 0) {
                return k;
            }
        }
        throw new IllegalStateException("weights add up to " + total);
    }

    private int weight(LoadKind kind) {
        return kind == LoadKind.INGEST && apiKey == null ? 0 : kind.weight();
    }

    private void send(LoadKind kind) {
        HttpRequest request = request(kind);
        long start = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long elapsed = System.nanoTime() - start;
            int status = answer.statusCode();
            if (status == 429 || status == 503 && answer.body().contains("urn:maydan:problem:busy")) {
                tally.of(kind).refused();
            } else if (status >= 300 || kind == LoadKind.INGEST && !ledger.check(answer)) {
                tally.of(kind).error(status + " " + request.uri().getPath() + " " + answer.body());
            } else {
                tally.of(kind).ok(elapsed);
            }
        } catch (Exception e) {
            tally.of(kind).error(e.getClass().getSimpleName() + " " + request.uri().getPath() + " " + e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private HttpRequest request(LoadKind kind) {
        String month = "start=" + target.month()[0] + "&end=" + target.month()[1];
        return switch (kind) {
            case EVENT_PAGE -> get("/api/events?bbox=" + target.bbox() + "&" + month + "&limit=" + PAGE_SIZE);
            case COMPACT_PAGE -> get("/api/events?bbox=" + target.bbox() + "&" + month + "&limit=" + PAGE_SIZE
                    + "&props=compact");
            case TIMELINE -> get("/api/timeline");
            case TIMELINE_IN_BOX -> get("/api/timeline?bbox=" + target.bbox() + "&" + month);
            case PLACE_SEARCH -> get("/api/places?limit=10&q="
                    + URLEncoder.encode(SEARCHES.get(random.nextInt(SEARCHES.size())), StandardCharsets.UTF_8));
            case EVENT_DETAILS -> get("/api/events/" + target.eventIds().get(random.nextInt(target.eventIds().size())));
            case EXPORT -> get("/api/events/export?format=csv");
            case INGEST -> write();
        };
    }

    private HttpRequest get(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(target.base() + pathAndQuery)).timeout(timeout).GET().build();
    }

    private HttpRequest write() {
        SyntheticArticles.Article article;
        if (lastWritten != null && written % RESEND_EVERY == 0) {
            article = lastWritten;
        } else {
            article = SyntheticArticles.article(seed, (long) number * 1_000_000 + written);
            lastWritten = article;
            ledger.sent(article);
        }
        written++;
        return post(target.base(), apiKey, article, timeout);
    }

    /** The write of {@code article} with {@code apiKey}. */
    static HttpRequest post(String base, @Nullable String apiKey, SyntheticArticles.Article article, Duration timeout) {
        try {
            return HttpRequest.newBuilder(URI.create(base + "/api/articles")).timeout(timeout)
                    .header("Content-Type", "application/json").header("X-API-Key", String.valueOf(apiKey))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(article.json()))).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
