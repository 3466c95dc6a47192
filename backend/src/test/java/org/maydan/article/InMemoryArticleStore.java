package org.maydan.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A fake {@link ArticleStore} in a list, for tests that need no database. */
public class InMemoryArticleStore implements ArticleStore {

    private final List<Article> articles = new ArrayList<>();
    private final Map<Long, List<ArticlePlace>> places = new HashMap<>();

    @Override
    public synchronized Saved save(NewArticle article) {
        String hash = article.contentHash();
        Optional<Article> existing = findByUrlOrContent(article.url(), hash);
        if (existing.isPresent()) {
            return new Saved(existing.get().id(), false);
        }
        long id = articles.size() + 1L;
        articles.add(new Article(id, article.url(), article.title(), article.source(), article.published(),
                article.text(), hash, article.originalUrl(), article.addedBy()));
        return new Saved(id, true);
    }

    @Override
    public synchronized Optional<Article> find(long id) {
        return articles.stream().filter(a -> a.id() == id).findFirst();
    }

    @Override
    public synchronized Optional<Article> findByUrlOrContent(@Nullable String url, String contentHash) {
        return articles.stream()
                .filter(a -> a.contentHash().equals(contentHash) || (a.url() != null && Objects.equals(a.url(), url)))
                .findFirst();
    }

    @Override
    public synchronized List<Long> ids(long afterId, int maxRows) {
        return articles.stream().map(Article::id).filter(id -> id > afterId).limit(maxRows).toList();
    }

    @Override
    public synchronized void replacePlaces(long articleId, List<ArticlePlace> given) {
        if (find(articleId).isEmpty()) {
            throw new IllegalArgumentException("no stored article with id " + articleId);
        }
        places.put(articleId, ArticlePlace.merge(given).stream()
                .sorted(Comparator.comparingInt(ArticlePlace::start).thenComparing(ArticlePlace::ref)).toList());
    }

    @Override
    public synchronized List<ArticlePlace> places(long articleId) {
        return places.getOrDefault(articleId, List.of());
    }
}
