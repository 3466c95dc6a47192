package org.maydan.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maydan.article.NewArticle;
import org.maydan.event.EventFilter;
import org.maydan.event.Evidence;
import org.maydan.event.NewEvent;
import org.maydan.event.EventPlace;
import org.maydan.event.Span;
import org.maydan.event.SubEventType;
import org.maydan.ingest.TestDatabase;

/**
 * The tile store on a real database, the same contract on H2GIS and PostGIS: events binned per
 * cell and type, every event counted once, the filters of {@code /api/events} honoured, a single
 * event's id and date kept, and vector tiles whose features are exactly the cells.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TileStoreContractTest {

    static final EventPlace KAFR_NABUDAH = place("test:kafr-nabudah", "Kafr Nabudah", "كفر نبودة", 35.432232, 36.490839);
    /** 1.2 km from Kafr Nabudah: the same cell at zoom 9, another at zoom 14. */
    static final EventPlace NEAR_KAFR_NABUDAH = place("test:near", "Near", "قريب", 35.440, 36.500);
    static final EventPlace SARAQIB = place("test:saraqib", "Saraqib", "سراقب", 35.861105, 36.806110);
    static final String SENTENCE = "سقطت قذائف على أطراف البلدة مساء أمس.";

    private TestDatabase db;
    private TileStore store;

    protected abstract TestDatabase open();

    @BeforeAll
    void fill() {
        db = open();
        db.empty();
        store = new JdbcTileStore(db.jdbc, db.dialect);
        long article = db.articles.save(new NewArticle(null, "عنوان", "desk", LocalDate.parse("2019-05-20"),
                "نص تجريبي للاختبار")).id();
        record(article, 0, SubEventType.AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06", 3, 0.9);
        record(article, 50, SubEventType.AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-07", 4, 0.4);
        record(article, 100, SubEventType.ARMED_CLASH, NEAR_KAFR_NABUDAH, "2019-05-08", null, null);
        record(article, 150, SubEventType.SHELLING_ARTILLERY_MISSILE, SARAQIB, "2019-06-02", 1, 0.7);
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(EventFilter.NONE, 4),
                Arguments.of(EventFilter.parse(null, "2019-05-07", null, null), 3),
                Arguments.of(EventFilter.parse(null, null, "2019-05-07", null), 2),
                Arguments.of(EventFilter.parse(null, null, null, List.of("Armed clash", "Air/drone strike")), 3),
                Arguments.of(EventFilter.parse(null, "2019-05-01", "2019-05-31", List.of("Shelling/artillery/missile attack")), 0),
                Arguments.of(EventFilter.parse(null, "2019-01-01", "2019-12-31", null), 4),
                Arguments.of(EventFilter.parse(null, "2019-05-01", "2019-05-31", null), 3),
                Arguments.of(EventFilter.parse(null, "2019-05-07", "2019-06-02", null), 3),
                Arguments.of(EventFilter.parse(null, "2018-06-15", "2019-05-06", null), 1),
                Arguments.of(EventFilter.parse(null, "2019-06-03", null, null), 0),
                // Confidences 0.9, 0.4, none, 0.7: the periods do not know them, the events do.
                Arguments.of(EventFilter.NONE.withMinConfidence(0.5), 2),
                Arguments.of(EventFilter.NONE.withMinConfidence(0.0), 4),
                Arguments.of(EventFilter.parse(null, "2019-05-01", "2019-05-31", null).withMinConfidence(0.5), 1),
                Arguments.of(EventFilter.parse(null, "2019-01-01", "2019-12-31", null).withMinConfidence(0.3), 3),
                Arguments.of(EventFilter.parse(null, "2019-05-07", null, null).withMinConfidence(0.3), 2));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void everyEventUnderTheFilterIsCountedOnce(EventFilter filter, long expected) {
        assertThat(store.cells(syria(9, filter)).stream().mapToLong(EventCell::count).sum()).isEqualTo(expected);
    }

    @Test
    void eventsOfACellAreMergedPerTypeWithTheirFatalities() {
        List<EventCell> cells = store.cells(syria(9, EventFilter.NONE));

        EventCell strikes = cells.stream().filter(c -> c.type() == SubEventType.AIR_DRONE_STRIKE).findFirst().orElseThrow();
        EventCell clash = cells.stream().filter(c -> c.type() == SubEventType.ARMED_CLASH).findFirst().orElseThrow();
        assertThat(strikes.count()).isEqualTo(2);
        assertThat(strikes.fatalities()).isEqualTo(7);
        assertThat(strikes.id()).as("only a single event names its id").isNull();
        assertThat(strikes.lon()).isCloseTo(KAFR_NABUDAH.longitude(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(List.of(clash.column(), clash.row())).as("1.2 km apart: one cell at zoom 9")
                .isEqualTo(List.of(strikes.column(), strikes.row()));
        assertThat(clash.id()).isNotNull();
        assertThat(clash.eventDate()).isEqualTo(LocalDate.parse("2019-05-08"));
        assertThat(clash.fatalities()).isZero();
        assertThat(store.cells(syria(14, EventFilter.NONE)).stream().map(c -> List.of(c.column(), c.row())).distinct())
                .as("three places, three cells at zoom 14").hasSize(3);
    }

    @Test
    void vectorTilesHoldOneFeaturePerCellAndTypeAndNothingElsewhere() throws Exception {
        TileKey tile = TileImages.tileAt(KAFR_NABUDAH.longitude(), KAFR_NABUDAH.latitude(), 10);
        List<TileImages.Feature> features = TileImages.mvt(store.vectorTile(tile, EventFilter.NONE), TileStore.LAYER);

        assertThat(features).extracting(f -> f.attributes().get("sub_event_type"))
                .containsExactlyInAnyOrder("Air/drone strike", "Armed clash");
        TileImages.Feature strikes = features.stream()
                .filter(f -> f.attributes().get("sub_event_type").equals("Air/drone strike")).findFirst().orElseThrow();
        assertThat(((Number) strikes.attributes().get("count")).longValue()).isEqualTo(2);
        assertThat(((Number) strikes.attributes().get("fatalities")).longValue()).isEqualTo(7);
        assertThat(strikes.attributes()).doesNotContainKeys("id", "event_date");
        MapView view = MapView.of(tile, 1);
        assertThat(strikes.x()).isCloseTo(view.px(KAFR_NABUDAH.longitude()) * 16, org.assertj.core.data.Offset.offset(1.0));
        assertThat(strikes.y()).isCloseTo(view.py(KAFR_NABUDAH.latitude()) * 16, org.assertj.core.data.Offset.offset(1.0));

        TileKey damascus = TileImages.tileAt(36.2765, 33.5138, 10);
        assertThat(TileImages.mvt(store.vectorTile(damascus, EventFilter.NONE), TileStore.LAYER)).isEmpty();
    }

    @Test
    void vectorTilesUnderAMinimumConfidenceCountOnlyTheEventsThatSure() throws Exception {
        TileKey tile = TileImages.tileAt(KAFR_NABUDAH.longitude(), KAFR_NABUDAH.latitude(), 10);

        List<TileImages.Feature> features = TileImages.mvt(store.vectorTile(tile, EventFilter.NONE.withMinConfidence(0.5)),
                TileStore.LAYER);

        assertThat(features).singleElement().satisfies(f -> {
            assertThat(f.attributes().get("sub_event_type")).isEqualTo("Air/drone strike");
            assertThat(((Number) f.attributes().get("count")).longValue()).isEqualTo(1);
            assertThat(((Number) f.attributes().get("fatalities")).longValue()).isEqualTo(3);
        });
    }

    @Test
    void theStoreEncodesTheSameVectorTileAsJavaDoesFromItsCells() throws Exception {
        for (int z : new int[] {6, 9, 12}) {
            TileKey tile = TileImages.tileAt(KAFR_NABUDAH.longitude(), KAFR_NABUDAH.latitude(), z);
            byte[] java = VectorTiles.encode(tile, store.cells(VectorTiles.query(tile, EventFilter.NONE)));
            assertThat(sorted(TileImages.mvt(store.vectorTile(tile, EventFilter.NONE), TileStore.LAYER)))
                    .as("zoom " + z).isEqualTo(sorted(TileImages.mvt(java, TileStore.LAYER)));
        }
    }

    @Test
    void theYearAndMonthCountsFollowEveryWrite() {
        assertThat(PeriodRows.stored(db.jdbc)).isEqualTo(PeriodRows.expected(db.jdbc));
        db.jdbc.sql("UPDATE event SET event_date = DATE '2020-01-01', fatalities = 9 WHERE sub_event_type = 'Armed clash'")
                .update();
        db.jdbc.sql("DELETE FROM event WHERE event_date = DATE '2019-05-07'").update();
        assertThat(PeriodRows.stored(db.jdbc)).isEqualTo(PeriodRows.expected(db.jdbc));
        assertThat(store.cells(syria(9, EventFilter.parse(null, "2020-01-01", "2020-12-31", null))))
                .singleElement().satisfies(c -> assertThat(c.fatalities()).isEqualTo(9));

        db.jdbc.sql("UPDATE event SET event_date = DATE '2019-05-08', fatalities = NULL WHERE sub_event_type = 'Armed clash'")
                .update();
        long article = db.jdbc.sql("SELECT MIN(id) FROM article").query(Long.class).single();
        record(article, 200, SubEventType.AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-07", 4, 0.4);
        assertThat(PeriodRows.stored(db.jdbc)).isEqualTo(PeriodRows.expected(db.jdbc));
    }

    private static List<String> sorted(List<TileImages.Feature> features) {
        return features.stream().map(f -> Math.round(f.x()) + "," + Math.round(f.y()) + " " + f.attributes())
                .sorted(Comparator.naturalOrder()).toList();
    }

    private static CellQuery syria(int zoom, EventFilter filter) {
        return new CellQuery(new org.locationtech.jts.geom.Envelope(35.5, 42.5, 32.0, 37.5), zoom,
                EventPainter.CELL_PX, filter);
    }

    private void record(long article, int at, SubEventType type, EventPlace place, String day, Integer fatalities,
            Double confidence) {
        db.events.record(new NewEvent(type, place, LocalDate.parse(day), NewEvent.EXACT, NewEvent.EXACT, confidence,
                        false),
                new Evidence(article, SENTENCE, new Span(at, at + SENTENCE.length()), new Span(at + 5, at + 10),
                        null, fatalities));
    }

    private static EventPlace place(String ref, String name, String nameAr, double lat, double lon) {
        return new EventPlace(ref, name, nameAr, "Idleb", null, lat, lon);
    }
}
