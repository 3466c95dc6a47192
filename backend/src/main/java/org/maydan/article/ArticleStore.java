package org.maydan.article;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The port to stored articles. Saving is idempotent: an article whose URL or content hash is
 * already stored is not stored again, and its existing id is returned.
 */
public interface ArticleStore {

    /**
     * Stores the article unless it is already stored. Two writers racing to store the same new
     * article store it once: on PostgreSQL the second waits for the first and finds its row; on H2
     * the second may fail with a {@code DuplicateKeyException}, and retrying finds the row.
     */
    Saved save(NewArticle article);

    /** The article with this id. */
    Optional<Article> find(long id);

    /** The stored article with this URL (if not null) or this content hash, the oldest if both match. */
    Optional<Article> findByUrlOrContent(@Nullable String url, String contentHash);

    /**
     * Makes {@code places} the places of a stored article, replacing those stored before; part of the
     * caller's transaction, so an article and its places are stored together. Entries with the same
     * ref are one place ({@link ArticlePlace#merge}): whatever a geoparser reports twice is stored once.
     *
     * @throws IllegalArgumentException if the article is not stored
     */
    void replacePlaces(long articleId, List<ArticlePlace> places);

    /** The stored places of an article, in text order. */
    List<ArticlePlace> places(long articleId);

    /** Up to {@code maxRows} article ids greater than {@code afterId}, ascending: a page of all articles. */
    List<Long> ids(long afterId, int maxRows);

    /**
     * The outcome of {@link #save}.
     *
     * @param id the stored article's id
     * @param created whether this call stored it, rather than finding it already stored
     */
    record Saved(long id, boolean created) {}
}
