package org.maydan.tile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.maydan.event.EventFilter;

/**
 * Rendered tiles in memory, bounded by bytes (Caffeine, least recently and least frequently used
 * evicted first). Event tiles are keyed by the store version they were rendered at; when a request
 * sees a newer version (an ingest or a reprocess, on this instance or another sharing the store),
 * every event tile is dropped at once. Base tiles never go stale.
 */
final class TileCache {

    /** Bookkeeping bytes counted per entry besides the tile itself. */
    static final int ENTRY_OVERHEAD = 160;
    private static final long BYTES_PER_MEGABYTE = 1L << 20;

    /** What a tile is rendered from; {@code version} is the store's for events, 0 for the base map. */
    record Key(String layer, String format, int scale, TileKey tile, EventFilter filter, Lang lang, long version) {}

    private final Cache<Key, byte[]> tiles;
    private final AtomicLong eventsVersion = new AtomicLong(Long.MIN_VALUE);

    TileCache(long megabytes) {
        tiles = Caffeine.newBuilder()
                .maximumWeight(megabytes * BYTES_PER_MEGABYTE)
                .weigher((Key k, byte[] v) -> v.length + ENTRY_OVERHEAD)
                .build();
    }

    /** The cached tile, or the one {@code render} makes (rendered once however many ask at once). */
    byte[] get(Key key, Supplier<byte[]> render) {
        return tiles.get(key, k -> render.get());
    }

    /** Drops event tiles older than {@code version} the first time a request sees it. */
    void sawVersion(long version) {
        long seen = eventsVersion.get();
        if (version > seen && eventsVersion.compareAndSet(seen, version) && seen != Long.MIN_VALUE) {
            tiles.asMap().keySet().removeIf(k -> k.version() != 0 && k.version() < version);
        }
    }
}
