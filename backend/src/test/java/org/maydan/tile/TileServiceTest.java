package org.maydan.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maydan.article.InMemoryArticleStore;
import org.maydan.article.NewArticle;
import org.maydan.event.EventFilter;
import org.maydan.event.Evidence;
import org.maydan.event.InMemoryEventStore;
import org.maydan.event.NewEvent;
import org.maydan.event.EventPlace;
import org.maydan.event.Span;
import org.maydan.event.StoreVersion;
import org.maydan.event.SubEventType;

/**
 * The tile cache: a tile is rendered once and then served from memory; a write to the store (a new
 * version) makes every event tile render again under a new entity tag; base tiles never go stale.
 */
class TileServiceTest {

    private static final TileKey TILE = TileImages.tileAt(36.49, 35.43, 9);
    private static final BaseMapPainter BASE = new BaseMapPainter(new BaseLayers(BaseMapData.load()),
            new PlaceLabels(BaseMapData.load(), null));

    private final InMemoryArticleStore articles = new InMemoryArticleStore();
    private final InMemoryEventStore events = new InMemoryEventStore(articles);
    private final CountingStore store = new CountingStore();
    private final TileService tiles = new TileService(store, events, BASE, new TileCache(8), "test");

    @Test
    void aTileIsRenderedOnceAndThenServedFromTheCache() {
        StoreVersion version = tiles.eventsVersion();
        byte[] first = tiles.eventsPng(TILE, 1, EventFilter.NONE, version);
        byte[] again = tiles.eventsPng(TILE, 1, EventFilter.NONE, tiles.eventsVersion());

        assertThat(again).isSameAs(first);
        assertThat(store.queries).isEqualTo(1);
        tiles.eventsPng(TILE, 2, EventFilter.NONE, version);
        tiles.eventsPng(TILE, 1, EventFilter.parse(null, "2019-05-01", null, null), version);
        assertThat(store.queries).as("scale and filter are part of the key").isEqualTo(3);
    }

    @Test
    void aWriteToTheStoreRendersEventTilesAgainUnderANewTag() {
        StoreVersion before = tiles.eventsVersion();
        tiles.eventsPng(TILE, 1, EventFilter.NONE, before);
        tiles.eventsMvt(TILE, EventFilter.NONE, before);

        long article = articles.save(new NewArticle(null, "عنوان", "desk", LocalDate.parse("2019-05-20"), "نص")).id();
        events.record(new NewEvent(SubEventType.ARMED_CLASH, new EventPlace("test:x", "X", "س", null, null, 35.43, 36.49),
                LocalDate.parse("2019-05-20"), NewEvent.EXACT, NewEvent.EXACT),
                new Evidence(article, "اشتباكات عنيفة في القرية.", new Span(0, 10), new Span(0, 3), null, 2));
        StoreVersion after = tiles.eventsVersion();
        tiles.eventsPng(TILE, 1, EventFilter.NONE, after);
        tiles.eventsMvt(TILE, EventFilter.NONE, after);

        assertThat(TileService.eventsTag(after)).isNotEqualTo(TileService.eventsTag(before));
        assertThat(store.queries).isEqualTo(2);
        assertThat(store.vectorTiles).isEqualTo(2);
    }

    @Test
    void baseTilesAreCachedPerLanguageAndTaggedByIt() {
        byte[] arabic = tiles.basePng(TILE, 1, Lang.AR);
        assertThat(tiles.basePng(TILE, 1, Lang.AR)).isSameAs(arabic);
        assertThat(tiles.basePng(TILE, 1, Lang.EN)).isNotSameAs(arabic);
        assertThat(tiles.baseTag(Lang.AR)).isNotEqualTo(tiles.baseTag(Lang.EN));
    }

    /** A store with one strike at Kafr Nabudah that counts how often it is asked. */
    private static final class CountingStore implements TileStore {

        int queries;
        int vectorTiles;

        @Override
        public List<EventCell> cells(CellQuery query) {
            queries++;
            List<EventCell> cells = new ArrayList<>();
            cells.add(new EventCell(0, 0, SubEventType.AIR_DRONE_STRIKE, 1, 3, 36.49, 35.43, 1L,
                    LocalDate.parse("2019-05-06")));
            return cells;
        }

        @Override
        public byte[] vectorTile(TileKey tile, EventFilter filter) {
            vectorTiles++;
            return VectorTiles.encode(tile, List.of());
        }
    }
}
