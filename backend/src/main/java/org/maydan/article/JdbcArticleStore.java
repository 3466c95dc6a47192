package org.maydan.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maydan.system.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link ArticleStore} over the {@code article} table, the same SQL for PostGIS and H2GIS except the
 * insert-if-absent statement of the {@link SqlDialect}.
 */
@Repository
public class JdbcArticleStore implements ArticleStore {

    private static final String COLUMNS = "id, url, title, source, published, body, content_hash, original_url, added_by";

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    public JdbcArticleStore(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    @Override
    public Saved save(NewArticle article) {
        String hash = article.contentHash();
        Optional<Long> existing = findId(article.url(), hash);
        if (existing.isPresent()) {
            return new Saved(existing.get(), false);
        }
        int inserted = jdbc.sql(dialect.insertIfAbsent("article",
                        "url, title, source, published, body, content_hash, original_url, added_by",
                        ":url, :title, :source, :published, :body, :hash, :originalUrl, :addedBy",
                        "content_hash = :hash OR url = :url"))
                .param("url", article.url())
                .param("originalUrl", article.originalUrl())
                .param("addedBy", article.addedBy())
                .param("title", article.title())
                .param("source", article.source())
                .param("published", article.published())
                .param("body", article.text())
                .param("hash", hash)
                .update();
        long id = findId(article.url(), hash)
                .orElseThrow(() -> new IllegalStateException("article " + hash + " neither inserted nor found"));
        return new Saved(id, inserted > 0);
    }

    @Override
    public Optional<Article> findByUrlOrContent(@Nullable String url, String contentHash) {
        return findId(url, contentHash).flatMap(this::find);
    }

    @Override
    public List<Long> ids(long afterId, int maxRows) {
        return jdbc.sql("SELECT id FROM article WHERE id > :after ORDER BY id LIMIT :rows")
                .param("after", afterId)
                .param("rows", maxRows)
                .query(Long.class)
                .list();
    }

    @Override
    public Optional<Article> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article WHERE id = :id")
                .param("id", id)
                .query(JdbcArticleStore::article)
                .optional();
    }

    @Override
    public void replacePlaces(long articleId, List<ArticlePlace> places) {
        if (find(articleId).isEmpty()) {
            throw new IllegalArgumentException("no stored article with id " + articleId);
        }
        jdbc.sql("DELETE FROM article_place WHERE article_id = :article").param("article", articleId).update();
        for (ArticlePlace p : ArticlePlace.merge(places)) {
            jdbc.sql("""
                    INSERT INTO article_place (article_id, place_ref, surface, name, name_ar, kind, latitude, longitude,
                        confidence, start_offset, end_offset, mentions)
                    VALUES (:article, :ref, :surface, :name, :nameAr, :kind, :lat, :lon, :confidence, :start, :end,
                        :mentions)""")
                    .param("article", articleId)
                    .param("ref", p.ref())
                    .param("surface", p.surface())
                    .param("name", p.name())
                    .param("nameAr", p.nameAr())
                    .param("kind", p.kind())
                    .param("lat", p.latitude())
                    .param("lon", p.longitude())
                    .param("confidence", p.confidence())
                    .param("start", p.start())
                    .param("end", p.end())
                    .param("mentions", p.mentions())
                    .update();
        }
    }

    @Override
    public List<ArticlePlace> places(long articleId) {
        return jdbc.sql("""
                SELECT place_ref, surface, name, name_ar, kind, latitude, longitude, confidence, start_offset, end_offset,
                       mentions
                FROM article_place WHERE article_id = :article ORDER BY start_offset, place_ref""")
                .param("article", articleId)
                .query((rs, row) -> new ArticlePlace(rs.getString("place_ref"), rs.getString("surface"),
                        rs.getString("name"), rs.getString("name_ar"), rs.getString("kind"),
                        rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                        rs.getDouble("confidence"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                        rs.getInt("mentions")))
                .list();
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
                rs.getString("body"), rs.getString("content_hash"), rs.getString("original_url"),
                rs.getString("added_by"));
    }
}
