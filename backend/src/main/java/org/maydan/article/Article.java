package org.maydan.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stored article.
 *
 * @param id store-assigned id
 * @param url its address, if it has one
 * @param title its headline, if it has one
 * @param source its publisher
 * @param published its publication date, if known
 * @param text its body
 * @param contentHash see {@link NewArticle#contentHash()}
 * @param originalUrl see {@link NewArticle#originalUrl()}: the address as sent, if it differs from {@code url}
 * @param addedBy see {@link NewArticle#addedBy()}
 */
public record Article(long id, @Nullable String url, @Nullable String title, String source,
        @Nullable LocalDate published, String text, String contentHash, @Nullable String originalUrl,
        @Nullable String addedBy) {

    /** The address to show: as the client sent it. */
    public @Nullable String displayUrl() {
        return originalUrl != null ? originalUrl : url;
    }
}
