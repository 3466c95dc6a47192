package org.maydan.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@link ArticleStore} over the {@code article} table, the same SQL for PostGIS and H2GIS. */
@Repository
public class JdbcArticleStore implements ArticleStore {

    private static final String COLUMNS = "id, url, title, source, published, body, content_hash";

    private final JdbcClient jdbc;

    public JdbcArticleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Saved save(NewArticle article) {
        String hash = article.contentHash();
        Optional<Long> existing = findId(article.url(), hash);
        if (existing.isPresent()) {
            return new Saved(existing.get(), false);
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO article (url, title, source, published, body, content_hash)
                VALUES (:url, :title, :source, :published, :body, :hash)""")
                .param("url", article.url())
                .param("title", article.title())
                .param("source", article.source())
                .param("published", article.published())
                .param("body", article.text())
                .param("hash", hash)
                .update(key, "id");
        return new Saved(key.getKeyAs(Number.class).longValue(), true);
    }

    @Override
    public Optional<Article> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE id = :id")
                .param("id", id)
                .query(JdbcArticleStore::article)
                .optional();
    }

    private Optional<Long> findId(@Nullable String url, String hash) {
        return jdbc.sql("SELECT id FROM article WHERE content_hash = :hash OR url = :url ORDER BY id")
                .param("hash", hash)
                .param("url", url)
                .query(Long.class)
                .list().stream().findFirst();
    }

    private static Article article(ResultSet rs, int row) throws SQLException {
        return new Article(rs.getLong("id"), rs.getString("url"), rs.getString("title"),
                rs.getString("source"), rs.getObject("published", LocalDate.class),
                rs.getString("body"), rs.getString("content_hash"));
    }
}
