package org.maydan.extract;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One news article to extract from; {@code published} anchors relative dates (اليوم، أمس). */
public record NewsArticle(String id, String text, @Nullable LocalDate published, @Nullable String title,
        @Nullable String url, @Nullable String source) {

    public NewsArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** An article with only the fields extraction needs. */
    public static NewsArticle of(String id, String text, @Nullable LocalDate published) {
        return new NewsArticle(id, text, published, null, null, null);
    }
}
