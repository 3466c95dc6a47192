package org.maydan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maydan.article.NewArticle;

/** The {@code reprocess} walk over every stored article, on the embedded store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReprocessingTest {

    private static final int PAGE_SIZE = 2;
    private static final int ARTICLES = 2 * PAGE_SIZE + 1;
    private TestDatabase db;

    @BeforeAll
    void open() {
        db = TestDatabase.h2();
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void everyStoredArticleIsReprocessedOnceAcrossPagesAndAGazetteerChangeMovesItsEvents() {
        DictionaryGeoparser geoparser = DictionaryGeoparser.standard();
        ArticleIngest ingest = new ArticleIngest(db.articles, db.events, new Pipeline(geoparser), db.transaction,
                new IngestProperties(1_000_000, 5));
        for (int i = 0; i < ARTICLES; i++) {
            ingest.ingest(new NewArticle(null, null, "desk " + i, LocalDate.parse("2019-05-06"),
                    "اندلعت اشتباكات عنيفة في محيط سراقب أمس. " + "ح".repeat(i + 1)), false);
        }
        geoparser.put("سراقب", new DictionaryGeoparser.Entry("test:saraqib-east", "Saraqib", "Idleb", 35.86, 36.81));

        Reprocessing.Summary summary = new Reprocessing(ingest, db.articles, PAGE_SIZE).all();

        assertThat(summary).isEqualTo(new Reprocessing.Summary(ARTICLES, 1, ARTICLES - 1, List.of()));
        assertThat(db.jdbc.sql("SELECT place_ref FROM event").query(String.class).list())
                .containsExactly("test:saraqib-east");
        assertThat(db.jdbc.sql("SELECT source_count FROM event").query(Integer.class).single()).isEqualTo(ARTICLES);
    }
}
