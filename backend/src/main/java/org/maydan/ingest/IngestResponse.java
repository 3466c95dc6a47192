package org.maydan.ingest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.maydan.article.Article;
import org.maydan.event.EventFeature;

/**
 * The answer to {@code POST /api/articles}: the stored article, what happened to it, and its events
 * as a GeoJSON FeatureCollection with the same properties as {@code /api/events}.
 *
 * @param article the stored article
 * @param status {@code created}, {@code existing} or {@code reprocessed}
 * @param newEvents events this request created
 * @param mergedEvents events this request added the article to as one more source
 * @param events the article's events
 * @param eventsLeftOut events the text reports beyond {@code maydan.ingest.max-events-per-article}, not stored
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IngestResponse(StoredArticle article, String status, int newEvents, int mergedEvents,
        FeatureCollection events, int eventsLeftOut) {

    static IngestResponse of(ArticleIngest.Result result) {
        Article a = result.article();
        return new IngestResponse(new StoredArticle(a.id(), a.url(), a.displayUrl(), a.title(), a.source(),
                a.published(), a.contentHash(), a.addedBy()), result.status().name().toLowerCase(Locale.ROOT),
                result.newEvents(), result.mergedEvents(), new FeatureCollection("FeatureCollection",
                        result.events().stream().map(e -> EventFeature.of(e, null)).toList()), result.eventsLeftOut());
    }

    /**
     * The article as stored, without its text.
     *
     * @param id its id
     * @param url its address in RFC 3986 form (percent-encoded where the address as sent was not)
     * @param displayUrl its address as sent, for display
     * @param title its headline
     * @param source its publisher
     * @param published its date
     * @param contentHash SHA-256 of its normalised text
     * @param addedBy the name of the API key that added it, if it came through the API
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StoredArticle(long id, @Nullable String url, @Nullable String displayUrl, @Nullable String title,
            String source, @Nullable LocalDate published, String contentHash, @Nullable String addedBy) {}

    /**
     * A GeoJSON FeatureCollection.
     *
     * @param type always {@code FeatureCollection}
     * @param features the events
     */
    public record FeatureCollection(String type, List<EventFeature> features) {}
}
