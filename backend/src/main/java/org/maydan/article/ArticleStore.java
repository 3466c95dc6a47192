package org.maydan.article;

import java.util.Optional;

/**
 * The port to stored articles. Saving is idempotent: an article whose URL or content hash is
 * already stored is not stored again, and its existing id is returned.
 */
public interface ArticleStore {

    /**
     * Stores the article unless it is already stored. Two writers racing to store the same new
     * article: the unique constraints make the second fail rather than duplicate it.
     */
    Saved save(NewArticle article);

    /** The article with this id. */
    Optional<Article> find(long id);

    /**
     * The outcome of {@link #save}.
     *
     * @param id the stored article's id
     * @param created whether this call stored it, rather than finding it already stored
     */
    record Saved(long id, boolean created) {}
}
