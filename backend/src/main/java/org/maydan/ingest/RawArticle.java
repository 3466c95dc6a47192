package org.maydan.ingest;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An article's fields as read from a file, before {@link ArticleInput} checks them.
 *
 * @param title headline
 * @param text body
 * @param published publication day, read by the rule of {@code PublishedDate}
 * @param url address
 * @param source publisher
 */
record RawArticle(@Nullable String title, @Nullable String text, @Nullable LocalDate published, @Nullable String url,
        @Nullable String source) {

    /** The same fields with {@code source} filled in where the file named none. */
    RawArticle withDefaultSource(@Nullable String fallback) {
        return source != null && !source.isBlank() ? this : new RawArticle(title, text, published, url, fallback);
    }
}
