package org.maydan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maydan.cli.SharedFolder;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import org.maydan.gazetteer.Geoparser;

/**
 * The 400 real articles of {@code ../shared/corpus/news.jsonl}, ingested as {@code ingest} does
 * with the shipped gazetteer into a fresh store of each kind: every one is stored, none fails.
 * The corpus is read in place and never copied; without it the test is skipped loudly (failed in CI).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusIngestTest {

    static final String CORPUS = "corpus/news.jsonl";

    private Path corpus;
    private long articles;
    private Pipeline pipeline;

    @BeforeAll
    void findCorpus() throws IOException {
        corpus = corpus().orElse(null);
        if (corpus == null) {
            return;
        }
        try (var lines = Files.lines(corpus, StandardCharsets.UTF_8)) {
            articles = lines.filter(l -> !l.isBlank()).count();
        }
        Geoparser geoparser = new Geoparser(Gazetteer.load(GazetteerConfig.defaults()));
        pipeline = Pipeline.over(geoparser);
    }

    /** The shared corpus, or empty after saying loudly why its tests are skipped (failing in CI). */
    static Optional<Path> corpus() {
        Optional<Path> found = SharedFolder.find(CORPUS);
        if (found.isEmpty()) {
            String why = "shared corpus not found (looked in " + SharedFolder.lookIn(CORPUS) + "): corpus tests SKIPPED";
            System.err.println("\n*** " + why + " ***\n");
            assertThat(System.getenv("CI")).as(why).isNotEqualTo("true");
        }
        return found;
    }

    @Test
    void everyRealArticleIsStoredInTheEmbeddedStore() throws IOException {
        ingestInto(TestDatabase::h2);
    }

    @Test
    void everyRealArticleIsStoredInPostgis() throws IOException {
        ingestInto(TestDatabase::postgis);
    }

    private void ingestInto(Supplier<TestDatabase> store) throws IOException {
        assumeTrue(corpus != null, "no shared corpus");
        try (TestDatabase db = store.get()) {
            db.empty();
            ArticleIngest ingest = new ArticleIngest(db.articles, db.events, pipeline, db.transaction,
                    new IngestProperties(1_000_000, 5));
            ByteArrayOutputStream summary = new ByteArrayOutputStream();
            IngestRun run = new IngestRun(ingest, new ArticleInput(new IngestProperties(1_000_000, 5)),
                    new PrintStream(summary, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

            boolean allStored = run.run(corpus, null, false);

            System.out.println("corpus ingest: " + summary.toString(StandardCharsets.UTF_8).strip());
            assertThat(run.tally().failures).isEmpty();
            assertThat(allStored).isTrue();
            assertThat(db.rows("article")).isEqualTo(articles);
            assertThat(db.jdbc.sql("SELECT COUNT(*) FROM (SELECT article_id, place_ref FROM article_place"
                    + " GROUP BY article_id, place_ref HAVING COUNT(*) > 1) AS twice").query(Long.class).single()).isZero();
        }
    }
}
