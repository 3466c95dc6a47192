package org.maydan.tile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tiles and static maps ({@code maydan.tiles.*}); defaults documented in {@code application.yml}.
 *
 * @param maxZoom highest zoom served; deeper tiles get 400
 * @param cacheMegabytes memory for rendered tiles, least recently used evicted first
 * @param eventsMaxAge how long clients may reuse an event tile without asking again
 * @param baseMaxAge how long clients may reuse a base tile (it changes only with a new version)
 * @param staticMapMaxSide most device pixels on a side of {@code /api/map.png}
 * @param staticMapConcurrency static maps rendered at once; more wait, then get 503
 * @param staticMapWait how long a static map request waits for a free renderer
 */
@Validated
@ConfigurationProperties("maydan.tiles")
record TileProperties(
        @DefaultValue("18") @Min(0) @Max(MAX_ZOOM) int maxZoom,
        @DefaultValue("64") @Min(0) int cacheMegabytes,
        @DefaultValue("60s") Duration eventsMaxAge,
        @DefaultValue("1d") Duration baseMaxAge,
        @DefaultValue("4096") @Min(MIN_SIDE) @Max(MAX_SIDE) int staticMapMaxSide,
        @DefaultValue("2") @Min(1) int staticMapConcurrency,
        @DefaultValue("10s") Duration staticMapWait) {

    /** Tiles below zoom 22 keep world pixels exact in a double and tile numbers in an int. */
    static final int MAX_ZOOM = 22;
    static final int MIN_SIDE = 64;
    /** A 16384-pixel square image is 1 GB of RGB pixels: far beyond any report's need. */
    static final int MAX_SIDE = 16384;
}
