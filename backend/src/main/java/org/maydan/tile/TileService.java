package org.maydan.tile;

import java.util.List;
import org.maydan.event.EventFilter;
import org.maydan.event.EventStore;
import org.maydan.event.StoreVersion;

/**
 * Renders and caches tiles: event tiles (PNG from binned cells, vector tiles from the store) under
 * a filter, and base-map tiles. Entity tags name what a tile was made from, so a client's repeat
 * gets 304 without any rendering: the store version for events, the shipped data, the gazetteer
 * and this renderer's revision for the base map.
 */
class TileService {

    /** Bumped when the look of tiles changes, so cached copies everywhere are revalidated. */
    static final String RENDER_REVISION = "r1";
    static final String EVENTS = "events";
    static final String BASE = "base";
    static final String PNG = "png";
    static final String MVT = "mvt";

    private final TileStore store;
    private final EventStore events;
    private final BaseMapPainter base;
    private final TileCache cache;
    private final String baseFingerprint;

    TileService(TileStore store, EventStore events, BaseMapPainter base, TileCache cache, String baseFingerprint) {
        this.store = store;
        this.events = events;
        this.base = base;
        this.cache = cache;
        this.baseFingerprint = baseFingerprint;
    }

    /** The store's version now, with the cache brought up to date with it. */
    StoreVersion eventsVersion() {
        StoreVersion version = events.version();
        cache.sawVersion(version.version());
        return version;
    }

    /** The entity tag of every event tile rendered at this version. */
    static String eventsTag(StoreVersion version) {
        return "\"" + RENDER_REVISION + "-" + version.etag().replace("\"", "") + "\"";
    }

    String baseTag(Lang lang) {
        return "\"" + RENDER_REVISION + "-" + baseFingerprint + "-" + lang.code() + "\"";
    }

    byte[] eventsPng(TileKey tile, int scale, EventFilter filter, StoreVersion version) {
        TileCache.Key key = new TileCache.Key(EVENTS, PNG, scale, tile, filter, Lang.DEFAULT, version.version());
        return cache.get(key, () -> renderEvents(tile, scale, filter));
    }

    byte[] eventsMvt(TileKey tile, EventFilter filter, StoreVersion version) {
        TileCache.Key key = new TileCache.Key(EVENTS, MVT, 1, tile, filter, Lang.DEFAULT, version.version());
        return cache.get(key, () -> store.vectorTile(tile, filter));
    }

    byte[] basePng(TileKey tile, int scale, Lang lang) {
        TileCache.Key key = new TileCache.Key(BASE, PNG, scale, tile, EventFilter.NONE, lang, 0);
        return cache.get(key, () -> renderBase(tile, scale, lang));
    }

    /** An event tile without the cache, for the benchmark. */
    byte[] renderEvents(TileKey tile, int scale, EventFilter filter) {
        MapView view = MapView.of(tile, scale);
        // One ring of cells around the tile: every symbol reaching into it is centred there.
        CellQuery query = new CellQuery(view.lonLatBounds(EventPainter.CELL_PX), tile.z(), EventPainter.CELL_PX, filter);
        List<EventCell> cells = store.cells(query);
        if (cells.isEmpty()) {
            return EmptyTiles.png(scale);
        }
        try (Canvas canvas = new Canvas(view, true)) {
            EventPainter.paint(canvas.graphics(), EventPainter.symbols(cells, view));
            return canvas.png();
        }
    }

    /** A base tile without the cache, for the benchmark. */
    byte[] renderBase(TileKey tile, int scale, Lang lang) {
        MapView view = MapView.of(tile, scale);
        try (Canvas canvas = new Canvas(view, false)) {
            base.paintTile(canvas.graphics(), view, lang);
            return canvas.png();
        }
    }
}
