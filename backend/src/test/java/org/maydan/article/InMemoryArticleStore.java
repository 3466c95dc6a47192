package org.maydan.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A fake {@link ArticleStore} in a list, for tests that need no database. */
public class InMemoryArticleStore implements ArticleStore {

    private final List<Article> articles = new ArrayList<>();

    @Override
    public synchronized Saved save(NewArticle article) {
        String hash = article.contentHash();
        Optional<Article> existing = articles.stream()
                .filter(a -> a.contentHash().equals(hash) || (a.url() != null && Objects.equals(a.url(), article.url())))
                .findFirst();
        if (existing.isPresent()) {
            return new Saved(existing.get().id(), false);
        }
        long id = articles.size() + 1L;
        articles.add(new Article(id, article.url(), article.title(), article.source(), article.published(),
                article.text(), hash));
        return new Saved(id, true);
    }

    @Override
    public synchronized Optional<Article> find(long id) {
        return articles.stream().filter(a -> a.id() == id).findFirst();
    }
}
