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
 */
public record Article(long id, @Nullable String url, @Nullable String title, String source,
        @Nullable LocalDate published, String text, String contentHash) {}
