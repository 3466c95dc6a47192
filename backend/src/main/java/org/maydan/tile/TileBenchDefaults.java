package org.maydan.tile;

import java.time.Duration;

/** The configuration {@code bench-tiles} renders with: the defaults of {@code application.yml}. */
final class TileBenchDefaults {

    static final int CACHE_MEGABYTES = 64;
    static final TileProperties PROPERTIES = new TileProperties(18, CACHE_MEGABYTES, Duration.ofSeconds(60),
            Duration.ofDays(1), 4096, 2, Duration.ofSeconds(10));

    private TileBenchDefaults() {
    }
}
