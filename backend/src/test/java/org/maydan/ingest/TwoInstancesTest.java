package org.maydan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.maydan.MaydanApplication;
import org.maydan.article.NewArticle;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import org.maydan.gazetteer.Geoparser;
import org.maydan.load.SyntheticArticles;
import org.maydan.system.StoreFingerprint;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances (two Spring contexts, each with its own connection pool and ingest)
 * on one PostGIS database ingest the same 200 articles at once, two writers each, in different
 * orders. The store ends exactly as one instance ingesting them alone leaves it: the same
 * articles, events, merged figures, sources and evidence, and no duplicate.
 */
class TwoInstancesTest {

    private static final int ARTICLES = 200;
    private static final int WRITERS_PER_INSTANCE = 2;
    private static final long SEED = 2;
    private static final long PATIENCE_MINUTES = 10;

    @Test
    void twoInstancesIngestingTheSameArticlesAtOnceLeaveTheStoreOfOneRun() throws Exception {
        String url = TestDatabase.postgisUrl();
        Geoparser geoparser = new Geoparser(Gazetteer.load(GazetteerConfig.defaults()));
        List<SyntheticArticles.Article> articles = SyntheticArticles.series(SEED, ARTICLES);

        StoreFingerprint two;
        try (ConfigurableApplicationContext a = instance(url, "maydan_two", geoparser);
                ConfigurableApplicationContext b = instance(url, "maydan_two", geoparser)) {
            List<Callable<Void>> writers = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(a, b)) {
                for (int w = 0; w < WRITERS_PER_INSTANCE; w++) {
                    List<SyntheticArticles.Article> order = new ArrayList<>(articles);
                    Collections.shuffle(order, new Random(writers.size()));
                    writers.add(() -> ingestAll(instance, order));
                }
            }
            runTogether(writers);
            JdbcClient jdbc = JdbcClient.create(a.getBean(HikariDataSource.class));
            assertThat(StoreFingerprint.duplicateEvents(jdbc)).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single()).isEqualTo(ARTICLES);
            two = StoreFingerprint.of(jdbc);
        }
        StoreFingerprint one;
        try (ConfigurableApplicationContext alone = instance(url, "maydan_one", geoparser)) {
            ingestAll(alone, articles);
            one = StoreFingerprint.of(JdbcClient.create(alone.getBean(HikariDataSource.class)));
        }

        assertThat(two.articles()).isEqualTo(one.articles());
        assertThat(two.places()).isEqualTo(one.places());
        assertThat(two.events()).isEqualTo(one.events());
        assertThat(two.evidence()).isEqualTo(one.evidence());
        assertThat(one.events()).as("the articles share events").hasSizeLessThan(one.evidence().size());
    }

    /** An instance on {@code schema} of the test database, emptied first; the geoparser shared to save memory. */
    private static ConfigurableApplicationContext instance(String url, String schema, Geoparser geoparser) {
        String user = TestDatabase.postgisUser();
        String password = TestDatabase.postgisPassword();
        try (HikariDataSource admin = new HikariDataSource()) {
            admin.setJdbcUrl(url);
            admin.setUsername(user);
            admin.setPassword(password);
            JdbcClient.create(admin).sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
        }
        return new SpringApplicationBuilder(MaydanApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> context.getBeanFactory().registerSingleton("sharedGeoparser", geoparser))
                .run("--maydan.store=postgis",
                        "--maydan.postgis.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public",
                        "--maydan.postgis.username=" + user, "--maydan.postgis.password=" + password,
                        "--spring.flyway.schemas=" + schema, "--maydan.sample-data.enabled=false",
                        "--logging.level.org.flywaydb=WARN");
    }

    private static Void ingestAll(ConfigurableApplicationContext instance, List<SyntheticArticles.Article> articles) {
        ArticleIngest ingest = instance.getBean(ArticleIngest.class);
        ArticleInput input = instance.getBean(ArticleInput.class);
        for (SyntheticArticles.Article a : articles) {
            NewArticle article = input.article(a.title(), a.text(), a.published().toString(), a.url(), a.source());
            ingest.ingest(article, false);
        }
        return null;
    }

    private static void runTogether(List<Callable<Void>> writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> writer : writers) {
                running.add(pool.submit(() -> {
                    start.await();
                    return writer.call();
                }));
            }
            start.countDown();
            for (Future<Void> f : running) {
                f.get(PATIENCE_MINUTES, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
