package org.maydan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.maydan.article.ArticlePlace;
import org.maydan.article.NewArticle;
import org.maydan.event.Corroboration;
import org.maydan.event.Event;
import org.maydan.event.SubEventType;
import org.maydan.extract.EventExtractor;
import org.maydan.extract.ExtractedEvent;
import org.maydan.extract.NewsArticle;

/**
 * Ingest on a real store, as the issue checks it: resends change nothing, concurrent sends store
 * once, reports of one event by several articles merge, and reprocessing after a gazetteer change
 * moves events without duplicates or orphans. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ArticleIngestContractTest {

    private static final int THREADS = 8;
    private static final long TIMEOUT_SECONDS = 60;
    private static final LocalDate MAY_6 = LocalDate.parse("2019-05-06");
    private static final String STRIKE_THREE = "قصفت طائرات حربية بلدة كفرنبل صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.";
    private static final String STRIKE_FIVE = "قتل خمسة مدنيين في غارات جوية على بلدة كفرنبل اليوم.";
    private static final String CHLORINE = "أصيب عشرات المدنيين بحالات اختناق إثر هجوم بغاز الكلور على قرية كباني اليوم.";
    /** Names no time but "recently": the publication day is only the latest possible day. */
    private static final String RETAKEN_RECENTLY = "استعادت قوات النظام مؤخراً السيطرة على بلدة سراقب بعد معارك عنيفة.";

    private TestDatabase db;
    private DictionaryGeoparser geoparser;
    private ArticleIngest ingest;

    protected abstract TestDatabase open();

    @BeforeAll
    void openDatabase() {
        db = open();
    }

    @AfterAll
    void closeDatabase() {
        // Null when open() skipped the class (no PostGIS outside CI).
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void emptyStore() {
        db.empty();
        geoparser = DictionaryGeoparser.standard();
        ingest = new ArticleIngest(db.articles, db.events, new Pipeline(geoparser), db.transaction,
                new IngestProperties(1_000_000, 5));
    }

    @Test
    void aNewArticleIsStoredWithItsEventsAndEvidence() {
        ArticleIngest.Result result = ingest.ingest(article("https://example.org/1", "desk A", CHLORINE), false);

        assertThat(result.status()).isEqualTo(ArticleIngest.Status.CREATED);
        assertThat(result.newEvents()).isEqualTo(1);
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.CHEMICAL_WEAPON);
            assertThat(e.place().ref()).isEqualTo("test:kabani");
            assertThat(e.eventDate()).isEqualTo(MAY_6);
        });
        assertThat(db.events.evidence(result.events().get(0).id())).singleElement()
                .satisfies(v -> assertThat(v.placeSpan().start()).isEqualTo(CHLORINE.indexOf("كباني")));
        assertThat(db.articles.places(result.article().id())).singleElement().satisfies(p -> {
            assertThat(p.ref()).isEqualTo("test:kabani");
            assertThat(p.start()).isEqualTo(CHLORINE.indexOf("كباني"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {CHLORINE, RETAKEN_RECENTLY})
    void storedEventsKeepTheConfidenceAndOpenDateTheExtractionGaveThem(String text) {
        List<ExtractedEvent> extracted = new EventExtractor(geoparser.get())
                .extract(NewsArticle.of("test", text, MAY_6)).events();

        ArticleIngest.Result result = ingest.ingest(article("https://example.org/c", "desk A", text), false);

        assertThat(result.events()).isNotEmpty().hasSameSizeAs(extracted);
        for (int i = 0; i < extracted.size(); i++) {
            Event stored = db.events.find(result.events().get(i).id()).orElseThrow();
            assertThat(stored.confidence()).isEqualTo(extracted.get(i).confidence());
            assertThat(stored.dateApproximate()).isEqualTo(extracted.get(i).dateApproximate());
        }
        assertThat(db.events.find(result.events().get(0).id()).orElseThrow().dateApproximate())
                .as("an open date only for the text that leaves it open").isEqualTo(text.equals(RETAKEN_RECENTLY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same url and text            | https://example.org/1 | false
            same url, corrected text     | https://example.org/1 | true
            same text at another address | https://example.org/2 | false
            same text without an address |                       | false
            """)
    void aResendReturnsTheStoredResultAndChangesNothing(String name, String url, boolean otherText) {
        ArticleIngest.Result first = ingest.ingest(article("https://example.org/1", "desk A", STRIKE_THREE), false);
        long eventRows = db.rows("event");
        long evidenceRows = db.rows("evidence");

        ArticleIngest.Result again = ingest.ingest(article(url, "desk A",
                otherText ? STRIKE_THREE + " وتضررت منازل." : STRIKE_THREE), false);

        assertThat(again.status()).isEqualTo(ArticleIngest.Status.EXISTING);
        assertThat(again.article()).isEqualTo(first.article());
        assertThat(again.events()).isEqualTo(first.events());
        assertThat(List.of(db.rows("article"), db.rows("event"), db.rows("evidence")))
                .containsExactly(1L, eventRows, evidenceRows);
    }

    @Test
    void concurrentSendsOfOneNewArticleStoreItOnceAndAllAnswerTheSame() throws Exception {
        NewArticle article = article("https://example.org/1", "desk A", STRIKE_THREE + " " + CHLORINE);

        List<ArticleIngest.Result> results = concurrently(() -> ingest.ingest(article, false));

        assertThat(results).extracting(ArticleIngest.Result::status)
                .containsOnlyOnce(ArticleIngest.Status.CREATED);
        assertThat(results).extracting(ArticleIngest.Result::article).containsOnly(results.get(0).article());
        assertThat(results).extracting(ArticleIngest.Result::events).containsOnly(results.get(0).events());
        assertThat(List.of(db.rows("article"), db.rows("article_place"), db.rows("event"), db.rows("evidence")))
                .containsExactly(1L, 2L, 2L, 2L);
    }

    @Test
    void concurrentArticlesReportingOneEventMergeIntoItWithEverySource() throws Exception {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            numbers.add(i);
        }
        List<Callable<ArticleIngest.Result>> sends = numbers.stream().<Callable<ArticleIngest.Result>>map(i ->
                () -> ingest.ingest(article("https://example.org/" + i, "desk " + i,
                        STRIKE_FIVE + " " + "ح".repeat(i + 1)), false)).toList();

        concurrently(sends);

        assertThat(db.rows("event")).isEqualTo(1);
        Event merged = db.events.find(db.jdbc.sql("SELECT id FROM event").query(Long.class).single()).orElseThrow();
        assertThat(merged.corroboration()).isEqualTo(new Corroboration(THREADS, 5, 5, false));
        assertThat(merged.source().split("; ")).hasSize(THREADS);
    }

    @Test
    void twoArticlesWithDifferentFiguresAreOneEventShowingTheHighestAndTheDispute() {
        ArticleIngest.Result first = ingest.ingest(article("https://example.org/1", "desk A", STRIKE_THREE), false);
        ArticleIngest.Result second = ingest.ingest(article("https://example.org/2", "desk B", STRIKE_FIVE), false);

        assertThat(second.newEvents()).isZero();
        assertThat(second.mergedEvents()).isEqualTo(1);
        Event merged = second.events().get(0);
        assertThat(merged.id()).isEqualTo(first.events().get(0).id());
        assertThat(merged.fatalities()).isEqualTo(5);
        assertThat(merged.corroboration()).isEqualTo(new Corroboration(2, 3, 5, true));
        assertThat(merged.source()).isEqualTo("desk A; desk B");
        assertThat(db.events.evidence(merged.id())).extracting(v -> v.fatalities()).containsExactly(3, 5);
    }

    @Test
    void reprocessingAfterAGazetteerChangeMovesEventsWithoutDuplicatesOrOrphans() {
        ArticleIngest.Result a = ingest.ingest(article("https://example.org/1", "desk A", STRIKE_THREE), false);
        ArticleIngest.Result b = ingest.ingest(article("https://example.org/2", "desk B", STRIKE_FIVE + " " + CHLORINE),
                false);
        long shared = a.events().get(0).id();
        geoparser.put("كفرنبل", new DictionaryGeoparser.Entry("test:kafr-nabl-centre", "Kafr Nabl", "Idleb", 35.6, 36.5));

        ArticleIngest.Result again = ingest.reprocess(a.article().id());

        assertThat(again.status()).isEqualTo(ArticleIngest.Status.REPROCESSED);
        assertThat(again.events()).singleElement()
                .satisfies(e -> assertThat(e.place().ref()).isEqualTo("test:kafr-nabl-centre"));
        assertThat(db.articles.places(a.article().id())).extracting(ArticlePlace::ref)
                .containsExactly("test:kafr-nabl-centre");
        Event left = db.events.find(shared).orElseThrow();
        assertThat(left.corroboration()).as("article B still reports the old place")
                .isEqualTo(new Corroboration(1, 5, 5, false));

        ingest.reprocess(b.article().id());

        assertThat(db.events.find(shared)).as("no orphan").isEmpty();
        assertThat(db.rows("event")).isEqualTo(2);
        assertThat(db.jdbc.sql("SELECT COUNT(*) FROM event e WHERE NOT EXISTS"
                + " (SELECT 1 FROM evidence v WHERE v.event_id = e.id)").query(Long.class).single()).isZero();
        Event moved = ingest.ingest(article("https://example.org/1", "desk A", STRIKE_THREE), false).events().get(0);
        assertThat(moved.corroboration()).isEqualTo(new Corroboration(2, 3, 5, true));
    }

    @Test
    void reprocessingWithNothingChangedChangesNothing() {
        ArticleIngest.Result first = ingest.ingest(article("https://example.org/1", "desk A", STRIKE_THREE + " "
                + CHLORINE), false);

        ArticleIngest.Result again = ingest.ingest(article("https://example.org/1", "desk A", STRIKE_THREE), true);

        assertThat(again.status()).isEqualTo(ArticleIngest.Status.REPROCESSED);
        assertThat(again.newEvents()).isZero();
        assertThat(again.events()).isEqualTo(first.events());
        assertThat(db.rows("evidence")).isEqualTo(2);
    }

    @Test
    void aPlaceNamedUnderTwoSurfacesIsStoredOnceWithBothMentions() {
        DictionaryGeoparser.Entry raqqa = new DictionaryGeoparser.Entry("test:raqqa", "Raqqa", "Ar-Raqqa", 35.95, 39.01);
        geoparser.put("الرقة", raqqa).put("للرقة", raqqa);
        String text = "قصفت طائرات حربية مدينة الرقة صباح اليوم. ووصلت تعزيزات عسكرية للرقة مساء اليوم.";

        ArticleIngest.Result result = ingest.ingest(article("https://example.org/raqqa", "desk A", text), false);

        assertThat(result.status()).isEqualTo(ArticleIngest.Status.CREATED);
        assertThat(db.articles.places(result.article().id())).singleElement().satisfies(p -> {
            assertThat(p.ref()).isEqualTo("test:raqqa");
            assertThat(p.surface()).isEqualTo("الرقة");
            assertThat(p.start()).isEqualTo(text.indexOf("الرقة"));
            assertThat(p.mentions()).isEqualTo(2);
        });
    }

    @Test
    void aSentenceLongerThanTheEvidenceColumnIsStoredCutAtWordsAroundItsPlace() {
        String report = "قصفت طائرات حربية بلدة كفرنبل صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين";
        String text = "وقال المصدر " + "إن الوضع صعب ".repeat(1200) + report + " ثم قال ".repeat(1000) + ".";

        ArticleIngest.Result result = ingest.ingest(article("https://example.org/long", "desk A", text), false);

        assertThat(result.events()).singleElement().satisfies(e -> assertThat(e.fatalities()).isEqualTo(3));
        assertThat(db.events.evidence(result.events().get(0).id())).singleElement().satisfies(v -> {
            assertThat(v.sentence()).contains("كفرنبل").hasSizeLessThanOrEqualTo(2000);
            assertThat(text.substring(v.sentenceSpan().start(), v.sentenceSpan().end())).isEqualTo(v.sentence());
        });
    }

    @Test
    void eventsBeyondTheCapOfOneArticleAreLeftOutAndCounted() {
        ArticleIngest capped = new ArticleIngest(db.articles, db.events, new Pipeline(geoparser), db.transaction,
                new IngestProperties(1_000_000, 5, 2, 500, 2000));
        String text = "قصفت طائرات حربية بلدة كفرنبل اليوم. قصفت طائرات حربية بلدة سراقب اليوم."
                + " قصفت طائرات حربية قرية كباني اليوم.";

        ArticleIngest.Result result = capped.ingest(article("https://example.org/many", "desk A", text), false);

        assertThat(result.events()).hasSize(2);
        assertThat(result.eventsLeftOut()).isEqualTo(1);
        assertThat(db.rows("event")).isEqualTo(2);
    }

    @Test
    void theStoredArticleKeepsTheAddressAsSentAndTheNameOfTheKeyThatAddedIt() {
        ArticleInput input = new ArticleInput(new IngestProperties(1_000_000, 5));
        NewArticle sent = input.article("عنوان", CHLORINE, "2019-05-06", "https://example.org/أخبار/\"قصف\"", null)
                .addedBy("desk-a");

        ArticleIngest.Result result = ingest.ingest(sent, false);

        assertThat(result.article().url()).isEqualTo(
                "https://example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%22%D9%82%D8%B5%D9%81%22");
        assertThat(result.article().displayUrl()).isEqualTo("https://example.org/أخبار/\"قصف\"");
        assertThat(result.article().addedBy()).isEqualTo("desk-a");
        assertThat(result.article().source()).isEqualTo("example.org");
        assertThat(ingest.ingest(input.article(null, CHLORINE, (String) null, result.article().url(), "desk B"), false).status())
                .as("the encoded address finds the article").isEqualTo(ArticleIngest.Status.EXISTING);
    }

    private static NewArticle article(String url, String source, String text) {
        return new NewArticle(url, "عنوان تجريبي", source, MAY_6, text);
    }

    private List<ArticleIngest.Result> concurrently(Callable<ArticleIngest.Result> send) throws Exception {
        List<Callable<ArticleIngest.Result>> sends = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            sends.add(send);
        }
        return concurrently(sends);
    }

    /** Runs the calls on as many threads, released together. */
    private static List<ArticleIngest.Result> concurrently(List<Callable<ArticleIngest.Result>> calls)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ArticleIngest.Result>> futures = new ArrayList<>();
            for (Callable<ArticleIngest.Result> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<ArticleIngest.Result> results = new ArrayList<>();
            for (Future<ArticleIngest.Result> f : futures) {
                results.add(f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
