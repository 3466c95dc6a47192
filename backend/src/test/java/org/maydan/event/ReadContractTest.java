package org.maydan.event;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.maydan.article.ArticleStore;

/**
 * What every {@link EventStore} must do on the read path beyond place, time and type: the text,
 * publisher and governorate filters, the map's markers, the timeline under a box and the extent.
 * Run against embedded H2GIS, PostGIS and the in-memory fake through {@link StoreContractTest}'s
 * subclasses.
 */
abstract class ReadContractTest {

    /** A pair of empty stores over the same data. */
    record Stores(ArticleStore articles, EventStore events) {}

    /** Stores holding nothing, for one test. */
    protected abstract Stores emptyStores();

    /**
     * Four events: a strike in Kafr Nabudah reported by two desks, a clash in Kabani, shelling of
     * Saraqib and a strike on the coast; each with our own sentence.
     */
    private EventStore fourEvents() {
        Stores stores = emptyStores();
        long a = stores.articles().save(article("Desk One", "نص أول")).id();
        long b = stores.articles().save(article("Desk Two", "نص ثان")).id();
        EventStore events = stores.events();
        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06"),
                evidence(a, 0, "قَصَفَت الطائراتُ أطرافَ البلدة فجراً.", 2));
        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06"),
                evidence(b, 0, "Jets STRUCK the outskirts at dawn; an Élan school was hit.", 3));
        events.record(event(ARMED_CLASH, KABANI, "2019-05-19"), evidence(a, 100, "اشتباكات عنيفة على محور التلة.", null));
        events.record(event(SHELLING_ARTILLERY_MISSILE, SARAQIB, "2019-05-25"),
                evidence(b, 100, "سقطت قذائف على السوق 100% دون إصابات_", 0));
        events.record(event(AIR_DRONE_STRIKE, LATTAKIA, "2019-05-10"), evidence(a, 200, "غارة أمام الميناء.", null));
        return events;
    }

    @ParameterizedTest(name = "q={0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات       | Kafr Nabudah
            قَصَفَتْ             | Kafr Nabudah
            struck              | Kafr Nabudah
            ELAN school         | Kafr Nabudah
            اشتباكات            | Kabani
            محور التلة          | Kabani
            100%                | Saraqib
            إصابات_             | Saraqib
            %                   | Saraqib
            غارة                | Lattakia
            لا يوجد هذا النص    | ''
            """)
    void theTextFilterSearchesEverySourcesSentenceIgnoringCaseAndDiacritics(String q, String expected) {
        EventStore events = fourEvents();

        assertThat(locations(events, filter(q, null, null))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "source={0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Desk One | Kafr Nabudah, Lattakia, Kabani
            desk two | Kafr Nabudah, Saraqib
            Desk     | ''
            """)
    void theSourceFilterFindsEventsAnyOfWhosePublishersItNames(String source, String expected) {
        EventStore events = fourEvents();

        assertThat(locations(events, filter(null, source, null))).isEqualTo(expected);
    }

    @Test
    void theGovernorateFilterIsExactAndCombinesWithTheOthers() {
        EventStore events = fourEvents();

        assertThat(locations(events, filter(null, null, "Lattakia"))).isEqualTo("Lattakia, Kabani");
        assertThat(locations(events, filter("اشتباكات", "Desk One", "Lattakia"))).isEqualTo("Kabani");
        assertThat(locations(events, filter(null, "Desk Two", "Lattakia"))).isEmpty();
    }

    @Test
    void markersAndCountsSelectTheEventsOfTheSamePage() {
        EventStore events = fourEvents();
        EventFilter strikes = new EventFilter(null, TimeWindow.ALWAYS, new EventTypeFilter(java.util.Set.of(
                AIR_DRONE_STRIKE)), null, null, null, null);
        EventQuery query = new EventQuery(strikes, null, 10);
        List<Event> streamed = new ArrayList<>();
        events.stream(query, streamed::add);

        List<EventMarker> markers = new ArrayList<>();
        events.streamMarkers(query, markers::add);

        assertThat(markers).containsExactlyElementsOf(streamed.stream().map(EventMarker::of).toList());
        assertThat(markers).extracting(EventMarker::locationAr).containsExactly("كفر نبودة", "اللاذقية");
        assertThat(events.count(filter("غارة", null, null), 10)).isEqualTo(1);
    }

    @Test
    void featureRowsCarryTheEventsOfTheSamePageAsUtf8() {
        EventStore events = fourEvents();
        EventQuery query = new EventQuery(EventFilter.NONE, null, 10);
        List<String> expected = new ArrayList<>();
        events.stream(query, e -> expected.add(String.join("|", String.valueOf(e.id()), e.eventDate().toString(),
                e.subEventType().label(), e.place().ref(), e.place().name(), e.place().nameAr(),
                String.valueOf(e.place().admin1()), String.valueOf(e.place().admin2()), e.notes(), e.source(),
                e.longitude() + "," + e.latitude(), String.valueOf(e.fatalities()),
                String.valueOf(e.corroboration()))));

        List<String> rows = new ArrayList<>();
        events.streamRows(query, r -> rows.add(String.join("|", String.valueOf(r.id), r.eventDate.toString(),
                r.subEventType.label(), text(r.placeRef), text(r.location), text(r.locationAr), text(r.admin1),
                text(r.admin2), text(r.notes), text(r.source), r.longitude + "," + r.latitude,
                String.valueOf(r.fatalities), String.valueOf(new Corroboration(r.sourceCount, r.fatalitiesMin,
                        r.fatalitiesMax, r.fatalitiesDisputed)))));

        assertThat(rows).hasSize(4).containsExactlyElementsOf(expected);
    }

    private static String text(byte[] utf8) {
        return utf8 == null ? "null" : new String(utf8, StandardCharsets.UTF_8);
    }

    static Stream<Arguments> timelineFilters() {
        return Stream.of(
                Arguments.of("no filter", EventFilter.NONE),
                Arguments.of("a box leaving out the coast", box(35.9, 35.0, 37.5, 36.5)),
                Arguments.of("the whole world", box(-180, -90, 180, 90)),
                Arguments.of("a box exactly around every event", box(35.7908, 35.4322, 36.8061, 35.8611)),
                Arguments.of("a box whose edge passes through Saraqib", box(35.0, 35.0, 36.80611, 36.0)),
                Arguments.of("an empty box", box(40, 30, 41, 31)),
                Arguments.of("the whole world and a word", new EventFilter(new BBox(-180, -90, 180, 90),
                        TimeWindow.ALWAYS, EventTypeFilter.ALL, TextQuery.parse("غارة"), null, null, null)),
                Arguments.of("a box and a month of strikes", new EventFilter(new BBox(35.9, 35.0, 37.5, 36.5),
                        new TimeWindow(LocalDate.parse("2019-05-01"), LocalDate.parse("2019-05-31")),
                        new EventTypeFilter(java.util.Set.of(AIR_DRONE_STRIKE)))),
                Arguments.of("a publisher", filter(null, "Desk Two", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timelineFilters")
    void theTimelineCountsTheEventsTheListReturns(String name, EventFilter filter) {
        EventStore events = fourEvents();
        Map<String, Long> listed = new TreeMap<>();
        events.stream(new EventQuery(filter, null, 100),
                e -> listed.merge(e.eventDate() + " " + e.subEventType().label(), 1L, Long::sum));

        Map<String, Long> counted = new TreeMap<>();
        events.timeline(filter).forEach(c -> counted.put(c.date() + " " + c.type().label(), c.count()));

        assertThat(counted).isEqualTo(listed);
    }

    @Test
    void theExtentCoversEveryEventAndKeepsItsSizeWhenEventsGo() {
        Stores stores = emptyStores();
        EventStore events = stores.events();
        assertThat(events.extent()).isEmpty();
        long a = stores.articles().save(article("Desk One", "نص")).id();
        events.record(event(AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06"), evidence(a, 0, null));
        events.record(event(ARMED_CLASH, LATTAKIA, "2019-04-02"), evidence(a, 40, null));

        EventExtent extent = events.extent().orElseThrow();
        events.replaceEvidence(a, List.of(new EventStore.Report(event(ARMED_CLASH, SARAQIB, "2019-05-01"),
                evidence(a, 0, null))));
        EventExtent after = events.extent().orElseThrow();

        assertThat(extent.box()).isEqualTo(new BBox(LATTAKIA.longitude(), KAFR_NABUDAH.latitude(),
                KAFR_NABUDAH.longitude(), LATTAKIA.latitude()));
        assertThat(extent.first()).isEqualTo(LocalDate.parse("2019-04-02"));
        assertThat(extent.last()).isEqualTo(LocalDate.parse("2019-05-06"));
        assertThat(after.box().containsBox(extent.box())).as("it only grows").isTrue();
        assertThat(after.box().contains(SARAQIB.longitude(), SARAQIB.latitude())).isTrue();
        assertThat(after.first()).isEqualTo(after.last()).isEqualTo(LocalDate.parse("2019-05-01"));
    }

    static EventFilter filter(String q, String source, String admin1) {
        return new EventFilter(null, TimeWindow.ALWAYS, EventTypeFilter.ALL, TextQuery.parse(q), source, admin1, null);
    }

    private static EventFilter box(double minLon, double minLat, double maxLon, double maxLat) {
        return new EventFilter(new BBox(minLon, minLat, maxLon, maxLat), TimeWindow.ALWAYS, EventTypeFilter.ALL);
    }

    /** The English place names of the filter's events in page order, joined with commas. */
    private static String locations(EventStore events, EventFilter filter) {
        List<String> names = new ArrayList<>();
        events.stream(new EventQuery(filter, null, 100), e -> names.add(e.place().name()));
        return String.join(", ", names);
    }
}
