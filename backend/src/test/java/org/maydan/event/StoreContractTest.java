package org.maydan.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.maydan.event.Fixtures.KABANI;
import static org.maydan.event.Fixtures.KAFR_NABUDAH;
import static org.maydan.event.Fixtures.LATTAKIA;
import static org.maydan.event.Fixtures.SARAQIB;
import static org.maydan.event.Fixtures.article;
import static org.maydan.event.Fixtures.event;
import static org.maydan.event.Fixtures.evidence;
import static org.maydan.event.SubEventType.AIR_DRONE_STRIKE;
import static org.maydan.event.SubEventType.ARMED_CLASH;
import static org.maydan.event.SubEventType.SHELLING_ARTILLERY_MISSILE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.maydan.article.Article;
import org.maydan.article.ArticlePlace;
import org.maydan.article.ArticleStore;
import org.maydan.article.NewArticle;

/**
 * What every {@link EventStore} and {@link ArticleStore} must do. Run against embedded H2GIS,
 * PostGIS and the in-memory fake by the subclasses; the read filters are in {@link ReadContractTest}.
 */
abstract class StoreContractTest extends ReadContractTest {

    private ArticleStore articles;
    private EventStore events;

    @BeforeEach
    void emptyTheStores() {
        Stores stores = emptyStores();
        articles = stores.articles();
        events = stores.events();
    }

    @Test
    void aRecordedEventKeepsItsAcledFieldsAndPlaceNames() {
        long article = articles.save(article("desk A", "نص أول")).id();

        long id = events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06"), evidence(article, 3));

        Event stored = events.find(id).orElseThrow();
        assertThat(stored.eventDate()).isEqualTo(LocalDate.parse("2019-05-06"));
        assertThat(stored.subEventType()).isEqualTo(AIR_DRONE_STRIKE);
        assertThat(stored.place()).isEqualTo(KAFR_NABUDAH);
        assertThat(stored.timePrecision()).isEqualTo(NewEvent.EXACT);
        assertThat(stored.geoPrecision()).isEqualTo(NewEvent.EXACT);
        assertThat(stored.fatalities()).isEqualTo(3);
        assertThat(stored.notes()).isEqualTo(Fixtures.SENTENCE);
        assertThat(stored.source()).isEqualTo("desk A");
        assertThat(events.count()).isEqualTo(1);
    }

    @Test
    void reportsOfTheSameTypePlaceAndDayAreOneEventWithEachSourcesFigure() {
        long first = articles.save(article("desk A", "نص أول")).id();
        long second = articles.save(article("desk B", "نص ثان")).id();

        long a = events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06"), evidence(first, 3));
        long b = events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06"), evidence(second, 4));

        assertThat(b).isEqualTo(a);
        assertThat(events.count()).isEqualTo(1);
        Event merged = events.find(a).orElseThrow();
        assertThat(merged.fatalities()).as("the highest figure").isEqualTo(4);
        assertThat(merged.source()).isEqualTo("desk A; desk B");
        assertThat(events.evidence(a)).extracting(SourceEvidence::source, SourceEvidence::fatalities)
                .containsExactly(tuple("desk A", 3),
                        tuple("desk B", 4));
    }

    @ParameterizedTest(name = "figures {0} and {1} show {2}, spread {3}..{4}, disputed {5}")
    @CsvSource(nullValues = "-", textBlock = """
            3, 3, 3, 3, 3, false
            3, 5, 5, 3, 5, true
            -, 4, 4, 4, 4, false
            -, -, -, -, -, false
            """)
    void mergedSourcesShowTheAgreedOrHighestFigureWithTheDisagreementVisible(Integer first, Integer second,
            Integer shown, Integer min, Integer max, boolean disputed) {
        long a = articles.save(article("desk A", "نص أول")).id();
        long b = articles.save(article("desk B", "نص ثان")).id();
        NewEvent strike = event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06");

        long id = events.record(strike, evidence(a, first));
        events.record(strike, evidence(b, second));

        Event merged = events.find(id).orElseThrow();
        assertThat(merged.fatalities()).isEqualTo(shown);
        assertThat(merged.corroboration()).isEqualTo(new Corroboration(2, min, max, disputed));
        assertThat(events.evidence(id)).extracting(SourceEvidence::fatalities).containsExactly(first, second);
    }

    @Test
    void twoSentencesOfOneArticleAreOneSource() {
        long a = articles.save(article("desk A", "نص أول")).id();
        NewEvent strike = event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06");

        long id = events.record(strike, evidence(a, 0, 2));
        events.record(strike, evidence(a, 60, 2));

        assertThat(events.find(id).orElseThrow().corroboration().sourceCount()).isEqualTo(1);
        assertThat(events.evidence(id)).hasSize(2);
    }

    @Test
    void replacingAnArticlesEvidenceUpdatesSharedEventsAndDeletesOrphans() {
        long a = articles.save(article("desk A", "نص أول")).id();
        long b = articles.save(article("desk B", "نص ثان")).id();
        NewEvent shared = event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06");
        NewEvent onlyA = event(ARMED_CLASH, KABANI, "2019-05-06");
        NewEvent movedTo = event(ARMED_CLASH, SARAQIB, "2019-05-06");
        events.replaceEvidence(b, List.of(new EventStore.Report(shared, evidence(b, 0, 4))));
        List<EventStore.Recorded> first = events.replaceEvidence(a, List.of(
                new EventStore.Report(shared, evidence(a, 0, 6)), new EventStore.Report(onlyA, evidence(a, 40, null))));
        long sharedId = first.get(0).eventId();
        long orphanId = first.get(1).eventId();

        List<EventStore.Recorded> again = events.replaceEvidence(a, List.of(
                new EventStore.Report(shared, evidence(a, 0, 4)), new EventStore.Report(movedTo, evidence(a, 40, null))));

        assertThat(first).extracting(EventStore.Recorded::outcome)
                .containsExactly(EventStore.Outcome.MERGED, EventStore.Outcome.NEW);
        assertThat(again).extracting(EventStore.Recorded::eventId, EventStore.Recorded::outcome)
                .containsExactly(tuple(sharedId, EventStore.Outcome.MERGED),
                        tuple(again.get(1).eventId(), EventStore.Outcome.NEW));
        assertThat(events.find(orphanId)).as("an event left without evidence is deleted").isEmpty();
        assertThat(events.count()).isEqualTo(2);
        Event merged = events.find(sharedId).orElseThrow();
        assertThat(merged.fatalities()).isEqualTo(4);
        assertThat(merged.corroboration()).isEqualTo(new Corroboration(2, 4, 4, false));
        assertThat(events.evidence(sharedId)).hasSize(2);
        assertThat(events.eventsOf(a)).extracting(e -> e.place().ref())
                .containsExactlyInAnyOrder(KAFR_NABUDAH.ref(), SARAQIB.ref());
        assertThat(events.eventsOf(b)).extracting(Event::id).containsExactly(sharedId);
    }

    @Test
    void replacingWithTheSameReportsChangesNothingAndWithNoneWithdrawsTheArticle() {
        long a = articles.save(article("desk A", "نص أول")).id();
        List<EventStore.Report> reports = List.of(
                new EventStore.Report(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06"), evidence(a, 0, 3)));
        long id = events.replaceEvidence(a, reports).get(0).eventId();
        Event before = events.find(id).orElseThrow();

        List<EventStore.Recorded> again = events.replaceEvidence(a, reports);

        assertThat(again).containsExactly(new EventStore.Recorded(id, EventStore.Outcome.KEPT));
        assertThat(events.find(id)).contains(before);
        assertThat(events.evidence(id)).hasSize(1);

        events.replaceEvidence(a, List.of());
        assertThat(events.count()).isZero();
        assertThat(events.eventsOf(a)).isEmpty();
    }

    @Test
    void evidenceOfAnotherArticleCannotReplaceAnArticlesEvidence() {
        long a = articles.save(article("desk A", "نص أول")).id();
        long b = articles.save(article("desk B", "نص ثان")).id();

        assertThatThrownBy(() -> events.replaceEvidence(a, List.of(
                new EventStore.Report(event(AIR_DRONE_STRIKE, KABANI, "2019-05-06"), evidence(b, 1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDifferentTypePlaceOrDayIsAnotherEvent() {
        long article = articles.save(article("desk A", "نص")).id();

        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06"), evidence(article, 0, null));
        events.record(event(ARMED_CLASH, KAFR_NABUDAH, "2019-05-06"), evidence(article, 40, null));
        events.record(event(AIR_DRONE_STRIKE, KABANI, "2019-05-06"), evidence(article, 80, null));
        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-07"), evidence(article, 120, null));

        assertThat(events.count()).isEqualTo(4);
    }

    @Test
    void recordingTheSameEvidenceAgainChangesNothing() {
        long article = articles.save(article("desk A", "نص")).id();
        NewEvent strike = event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06");

        long first = events.record(strike, evidence(article, 3));
        long again = events.record(strike, evidence(article, 3));

        assertThat(again).isEqualTo(first);
        assertThat(events.evidence(first)).hasSize(1);
        assertThat(events.find(first).orElseThrow().source()).isEqualTo("desk A");
    }

    @Test
    void everyWriteAdvancesTheChangeVersionAndReadsLeaveIt() {
        long article = articles.save(article("desk A", "نص")).id();
        StoreVersion before = events.version();

        long id = events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06"), evidence(article, 3));
        StoreVersion recorded = events.version();
        events.find(id);
        events.evidence(id);
        events.stream(new EventQuery(EventFilter.NONE, null, 10), e -> { });
        events.timeline(EventFilter.NONE);
        StoreVersion afterReads = events.version();
        events.replaceEvidence(article, List.of());
        StoreVersion withdrawn = events.version();

        assertThat(recorded.version()).isGreaterThan(before.version());
        assertThat(afterReads).isEqualTo(recorded);
        assertThat(withdrawn.version()).isGreaterThan(recorded.version());
        assertThat(withdrawn.etag()).isNotEqualTo(recorded.etag()).startsWith("\"").endsWith("\"");
    }

    @Test
    void fatalitiesStayUnknownUntilASourceGivesAFigure() {
        long first = articles.save(article("desk A", "نص أول")).id();
        long second = articles.save(article("desk B", "نص ثان")).id();
        NewEvent clash = event(ARMED_CLASH, KABANI, "2019-05-19");

        long id = events.record(clash, evidence(first, null));
        assertThat(events.find(id).orElseThrow().fatalities()).isNull();

        events.record(clash, evidence(second, 7));
        assertThat(events.find(id).orElseThrow().fatalities()).isEqualTo(7);
    }

    @Test
    void evidenceKeepsTheSentenceItsSpansAndTheArticle() {
        NewArticle text = new NewArticle("https://example.org/a/1", "عنوان", "desk A",
                LocalDate.parse("2019-05-07"), "مقدمة. " + Fixtures.SENTENCE);
        long article = articles.save(text).id();

        long id = events.record(event(SHELLING_ARTILLERY_MISSILE, KAFR_NABUDAH, "2019-05-07"), evidence(article, 7, 2));

        assertThat(events.evidence(id)).singleElement().satisfies(e -> {
            assertThat(e.articleId()).isEqualTo(article);
            assertThat(e.title()).isEqualTo("عنوان");
            assertThat(e.url()).isEqualTo("https://example.org/a/1");
            assertThat(e.published()).isEqualTo(LocalDate.parse("2019-05-07"));
            assertThat(e.sentence()).isEqualTo(Fixtures.SENTENCE);
            assertThat(e.sentenceSpan()).isEqualTo(new Span(7, 7 + Fixtures.SENTENCE.length()));
            assertThat(e.placeSpan()).isEqualTo(new Span(27, 33));
            assertThat(e.triggerSpan()).isEqualTo(new Span(7, 11));
            assertThat(e.fatalities()).isEqualTo(2);
        });
        assertThat(events.evidence(id + 1000)).isEmpty();
        assertThat(events.find(id + 1000)).isEmpty();
    }

    @Test
    void evidenceMustNameAStoredArticle() {
        assertThatThrownBy(() -> events.record(event(AIR_DRONE_STRIKE, KABANI, "2019-05-06"), evidence(999, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999");
        assertThat(events.count()).isZero();
    }

    static Stream<Arguments> filters() {
        LocalDate may1 = LocalDate.parse("2019-05-01");
        LocalDate may31 = LocalDate.parse("2019-05-31");
        BBox box = new BBox(35.9, 35.0, 37.5, 36.5);
        EventTypeFilter air = new EventTypeFilter(Set.of(AIR_DRONE_STRIKE));
        return Stream.of(
                Arguments.of("no filter", EventFilter.NONE,
                        List.of("C3209 2019-04-30", "C3209 2019-05-01", "C3478 2019-05-10", "C3751 2019-05-15",
                                "C3916 2019-05-31", "C3916 2019-06-01")),
                Arguments.of("box leaves out the coast", new EventFilter(box, TimeWindow.ALWAYS, EventTypeFilter.ALL),
                        List.of("C3209 2019-04-30", "C3209 2019-05-01", "C3751 2019-05-15", "C3916 2019-05-31",
                                "C3916 2019-06-01")),
                Arguments.of("window includes both ends", new EventFilter(null, new TimeWindow(may1, may31),
                        EventTypeFilter.ALL),
                        List.of("C3209 2019-05-01", "C3478 2019-05-10", "C3751 2019-05-15", "C3916 2019-05-31")),
                Arguments.of("open-ended window", new EventFilter(null, new TimeWindow(LocalDate.parse("2019-05-31"),
                        null), EventTypeFilter.ALL), List.of("C3916 2019-05-31", "C3916 2019-06-01")),
                Arguments.of("one type", new EventFilter(null, TimeWindow.ALWAYS, air),
                        List.of("C3209 2019-04-30", "C3478 2019-05-10", "C3916 2019-05-31")),
                Arguments.of("all three", new EventFilter(box, new TimeWindow(may1, may31), air),
                        List.of("C3916 2019-05-31")),
                Arguments.of("box edges are inside", new EventFilter(new BBox(36.806110, 35.861105, 37.0, 36.0),
                        TimeWindow.ALWAYS, EventTypeFilter.ALL), List.of("C3916 2019-05-31", "C3916 2019-06-01")),
                Arguments.of("empty box area", new EventFilter(new BBox(40, 30, 41, 31), TimeWindow.ALWAYS,
                        EventTypeFilter.ALL), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void streamedEventsPassEveryFilterInDateThenIdOrder(String name, EventFilter filter, List<String> expected) {
        long article = articles.save(article("desk A", "نص")).id();
        int at = 0;
        for (NewEvent e : List.of(
                event(AIR_DRONE_STRIKE, SARAQIB, "2019-05-31"),
                event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-04-30"),
                event(SHELLING_ARTILLERY_MISSILE, KAFR_NABUDAH, "2019-05-01"),
                event(ARMED_CLASH, KABANI, "2019-05-15"),
                event(AIR_DRONE_STRIKE, LATTAKIA, "2019-05-10"),
                event(SHELLING_ARTILLERY_MISSILE, SARAQIB, "2019-06-01"))) {
            events.record(e, evidence(article, at += 40, null));
        }

        List<String> streamed = new ArrayList<>();
        events.stream(new EventQuery(filter, null, 100),
                e -> streamed.add(e.place().ref().substring("ocha:".length()) + " " + e.eventDate()));

        assertThat(streamed).containsExactlyElementsOf(expected);
    }

    @Test
    void pagesFollowedByCursorVisitEveryEventOnceInOrder() {
        long article = articles.save(article("desk A", "نص")).id();
        int at = 0;
        for (String day : List.of("2019-05-03", "2019-05-01", "2019-05-03", "2019-05-02", "2019-05-03", "2019-05-01",
                "2019-05-04")) {
            EventPlace place = Fixtures.place("test:" + at, "P" + at, "م" + at, "Idleb", 35.5, 36.5);
            events.record(event(AIR_DRONE_STRIKE, place, day), evidence(article, at += 40, null));
        }
        List<Event> all = new ArrayList<>();
        events.stream(new EventQuery(EventFilter.NONE, null, 100), all::add);

        List<Event> paged = new ArrayList<>();
        PageCursor cursor = null;
        int pages = 0;
        do {
            List<Event> page = new ArrayList<>();
            events.stream(new EventQuery(EventFilter.NONE, cursor, 3), page::add);
            paged.addAll(page);
            cursor = page.size() < 3 ? null : PageCursor.after(page.get(page.size() - 1));
            pages++;
        } while (cursor != null);

        assertThat(all).hasSize(7);
        assertThat(all).isSortedAccordingTo(Comparator.comparing(Event::eventDate).thenComparing(Event::id));
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void timelineCountsEventsPerDayAndTypeUnderTheFilter() {
        long article = articles.save(article("desk A", "نص")).id();
        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-02"), evidence(article, 0, null));
        events.record(event(ARMED_CLASH, KAFR_NABUDAH, "2019-05-02"), evidence(article, 40, null));
        events.record(event(AIR_DRONE_STRIKE, SARAQIB, "2019-05-02"), evidence(article, 80, null));
        events.record(event(AIR_DRONE_STRIKE, KABANI, "2019-05-01"), evidence(article, 120, null));
        events.record(event(AIR_DRONE_STRIKE, LATTAKIA, "2019-05-01"), evidence(article, 160, null));

        List<DayCount> all = events.timeline(EventFilter.NONE);
        List<DayCount> inBox = events.timeline(new EventFilter(new BBox(35.9, 35.0, 37.5, 36.5), TimeWindow.ALWAYS,
                EventTypeFilter.ALL));

        LocalDate may1 = LocalDate.parse("2019-05-01");
        LocalDate may2 = LocalDate.parse("2019-05-02");
        assertThat(all).containsExactly(new DayCount(may1, AIR_DRONE_STRIKE, 2), new DayCount(may2, AIR_DRONE_STRIKE, 2),
                new DayCount(may2, ARMED_CLASH, 1));
        assertThat(inBox).containsExactly(new DayCount(may1, AIR_DRONE_STRIKE, 1),
                new DayCount(may2, AIR_DRONE_STRIKE, 2), new DayCount(may2, ARMED_CLASH, 1));
    }

    @Test
    void anArticlesPlacesAreReplacedAsAWholeAndReadInTextOrder() {
        long a = articles.save(article("desk A", "نص أول")).id();
        ArticlePlace kabani = new ArticlePlace("ocha:C3751", "كباني", "Kabani", "كباني", "village", 35.7, 36.2, 0.9, 30, 35);
        ArticlePlace saraqib = new ArticlePlace("ocha:C3916", "وسراقب", "Saraqib", "سراقب", "city", null, null, 0.5, 4, 10);

        articles.replacePlaces(a, List.of(kabani, saraqib));
        assertThat(articles.places(a)).containsExactly(saraqib, kabani);

        articles.replacePlaces(a, List.of(kabani));
        assertThat(articles.places(a)).containsExactly(kabani);
        assertThatThrownBy(() -> articles.replacePlaces(a + 1000, List.of(kabani)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timelineWithoutABoxHonoursTheWindowAndTypesAndCountsMergedReportsOnce() {
        long first = articles.save(article("desk A", "نص")).id();
        long second = articles.save(article("desk B", "نص آخر")).id();
        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-04-30"), evidence(first, 0, null));
        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-02"), evidence(first, 40, null));
        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-02"), evidence(second, 40, 2));
        events.record(event(ARMED_CLASH, KABANI, "2019-05-02"), evidence(first, 80, null));
        events.record(event(AIR_DRONE_STRIKE, SARAQIB, "2019-05-31"), evidence(first, 120, null));
        events.record(event(AIR_DRONE_STRIKE, SARAQIB, "2019-06-01"), evidence(first, 160, null));

        List<DayCount> may = events.timeline(new EventFilter(null,
                new TimeWindow(LocalDate.parse("2019-05-01"), LocalDate.parse("2019-05-31")),
                new EventTypeFilter(Set.of(AIR_DRONE_STRIKE))));

        assertThat(may).containsExactly(new DayCount(LocalDate.parse("2019-05-02"), AIR_DRONE_STRIKE, 1),
                new DayCount(LocalDate.parse("2019-05-31"), AIR_DRONE_STRIKE, 1));
    }

    @Test
    void readAndStreamPointsHandOverThePageThatStreamGivesAndCountStopsAtItsBound() throws Exception {
        long article = articles.save(article("desk A", "نص")).id();
        int at = 0;
        for (String day : List.of("2019-05-03", "2019-05-01", "2019-05-02", "2019-05-04")) {
            EventPlace place = Fixtures.place("test:" + at, "P" + at, "م" + at, "Idleb", 35.5, 36.5);
            events.record(event(AIR_DRONE_STRIKE, place, day), evidence(article, at += 40, null));
        }
        EventQuery query = new EventQuery(EventFilter.NONE, null, 3);
        List<Event> streamed = new ArrayList<>();
        events.stream(query, streamed::add);

        List<Event> read = new ArrayList<>();
        events.read(query, stream -> stream.forEach(read::add));

        assertThat(read).hasSize(3).containsExactlyElementsOf(streamed);
        List<EventPoint> points = new ArrayList<>();
        events.streamPoints(query, points::add);
        assertThat(points).containsExactlyElementsOf(streamed.stream().map(EventPoint::of).toList());
        assertThat(events.count(EventFilter.NONE, 10)).isEqualTo(4);
        assertThat(events.count(EventFilter.NONE, 2)).isEqualTo(2);
    }

    @Test
    void anArticleIsStoredOnceByContentOrByUrl() {
        NewArticle original = new NewArticle("https://example.org/a/1", "عنوان", "desk A",
                LocalDate.parse("2019-05-01"), "قصفت المدفعية البلدة.");
        ArticleStore.Saved first = articles.save(original);
        ArticleStore.Saved sameText = articles.save(new NewArticle(null, "آخر", "desk B", null,
                "  قصفت المدفعية البلدة.\n"));
        ArticleStore.Saved sameUrl = articles.save(new NewArticle("https://example.org/a/1", null, "desk A", null,
                "نص معدل بعد النشر."));
        ArticleStore.Saved other = articles.save(new NewArticle(null, null, "desk A", null, "نص آخر تماماً."));

        assertThat(first.created()).isTrue();
        assertThat(sameText).isEqualTo(new ArticleStore.Saved(first.id(), false));
        assertThat(sameUrl).isEqualTo(new ArticleStore.Saved(first.id(), false));
        assertThat(other.created()).isTrue();
        assertThat(other.id()).isNotEqualTo(first.id());
        Article stored = articles.find(first.id()).orElseThrow();
        assertThat(stored.text()).isEqualTo(original.text());
        assertThat(stored.url()).isEqualTo(original.url());
        assertThat(stored.source()).isEqualTo("desk A");
        assertThat(stored.published()).isEqualTo(original.published());
        assertThat(stored.contentHash()).isEqualTo(original.contentHash()).hasSize(64);
        assertThat(articles.find(other.id() + 1000)).isEmpty();
    }

    @Test
    void aReportsConfidenceAndOpenDateAreStoredAndReadByEveryView() throws Exception {
        long article = articles.save(article("desk A", "نص")).id();

        long id = events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-19", 0.72, true), evidence(article, 1));

        Event stored = events.find(id).orElseThrow();
        assertThat(stored.confidence()).isEqualTo(0.72);
        assertThat(stored.dateApproximate()).isTrue();
        EventQuery all = new EventQuery(EventFilter.NONE, null, 10);
        List<EventPoint> points = new ArrayList<>();
        events.streamPoints(all, points::add);
        List<EventMarker> markers = new ArrayList<>();
        events.streamMarkers(all, markers::add);
        List<Object[]> rows = new ArrayList<>();
        events.streamRows(all, row -> rows.add(new Object[] {row.confidence, row.dateApproximate}));
        assertThat(points).extracting(EventPoint::confidence, EventPoint::dateApproximate).containsExactly(tuple(0.72, true));
        assertThat(markers).extracting(EventMarker::confidence, EventMarker::dateApproximate)
                .containsExactly(tuple(0.72, true));
        assertThat(rows).containsExactly(new Object[] {0.72, true});
        List<Event> read = new ArrayList<>();
        events.read(all, stream -> stream.forEach(read::add));
        assertThat(read).containsExactly(stored);
    }

    @ParameterizedTest(name = "sources {0}/{1} and {2}/{3} merge into {4}/{5}")
    @CsvSource(nullValues = "-", textBlock = """
            0.4,  true,  0.8,  true,  0.8,  true
            0.9,  false, 0.5,  true,  0.9,  false
            -,    false, 0.6,  true,  0.6,  false
            -,    false, -,    false, -,    false
            """)
    void mergedSourcesKeepTheHighestConfidenceAndAnOpenDateOnlyIfEverySourceLeavesItOpen(Double firstConfidence,
            boolean firstOpen, Double secondConfidence, boolean secondOpen, Double confidence, boolean open) {
        long a = articles.save(article("desk A", "نص أول")).id();
        long b = articles.save(article("desk B", "نص ثان")).id();

        long id = events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-19", firstConfidence, firstOpen),
                evidence(a, null));
        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-19", secondConfidence, secondOpen),
                evidence(b, null));

        Event merged = events.find(id).orElseThrow();
        assertThat(merged.confidence()).isEqualTo(confidence);
        assertThat(merged.dateApproximate()).isEqualTo(open);
    }

    @Test
    void withdrawingASourceRecomputesConfidenceAndOpenDateFromTheOthers() {
        long sure = articles.save(article("desk A", "نص أول")).id();
        long vague = articles.save(article("desk B", "نص ثان")).id();
        long id = events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-19", 0.9, false), evidence(sure, null));
        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-19", 0.5, true), evidence(vague, null));

        events.replaceEvidence(sure, List.of());

        Event left = events.find(id).orElseThrow();
        assertThat(left.confidence()).isEqualTo(0.5);
        assertThat(left.dateApproximate()).isTrue();
    }

    @ParameterizedTest(name = "min_confidence {0} keeps {1}")
    @CsvSource(nullValues = "-", textBlock = """
            -,    C3209 C3751 C3916
            0,    C3209 C3751 C3916
            0.5,  C3209 C3751
            0.51, C3209
            0.95, ''
            """)
    void aMinimumConfidenceKeepsEventsAtLeastThatSureAndNoneWithoutOneInEveryRead(Double minimum, String kept)
            throws Exception {
        long article = articles.save(article("desk A", "نص")).id();
        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-02", 0.9, false), evidence(article, 0, null));
        events.record(event(AIR_DRONE_STRIKE, KABANI, "2019-05-02", 0.5, true), evidence(article, 40, null));
        events.record(event(AIR_DRONE_STRIKE, SARAQIB, "2019-05-03"), evidence(article, 80, null));
        List<String> expected = kept.isEmpty() ? List.of() : List.of(kept.split(" "));
        BBox everywhere = new BBox(30, 30, 40, 40);

        for (EventFilter filter : List.of(EventFilter.NONE.withMinConfidence(minimum),
                new EventFilter(everywhere, TimeWindow.ALWAYS, EventTypeFilter.ALL).withMinConfidence(minimum))) {
            List<String> streamed = new ArrayList<>();
            events.stream(new EventQuery(filter, null, 10), e -> streamed.add(e.place().ref().substring(5)));
            assertThat(streamed).as("stream %s", filter).containsExactlyElementsOf(expected);
            assertThat(events.count(filter, 10)).as("count %s", filter).isEqualTo(expected.size());
            long counted = events.timeline(filter).stream().mapToLong(DayCount::count).sum();
            assertThat(counted).as("timeline %s", filter).isEqualTo(expected.size());
        }
    }
}
