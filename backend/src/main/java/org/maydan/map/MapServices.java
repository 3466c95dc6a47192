package org.maydan.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The optional endpoints the page may use, each a URL relative to the page or {@code null} when
 * this server does not have it. Other packages add them ({@code /api/events/columns} in event,
 * tiles and static images in tile); the page degrades to what exists.
 *
 * @param eventColumns the columnar event payload; without it the page pages through {@code /api/events}
 * @param eventTiles the event tile template for GIS tools
 * @param eventTileJson the TileJSON of the event tiles
 * @param staticMap the static image of a view
 * @param embed the page for iframes (always here: the map package serves it)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MapServices(@Nullable String eventColumns, @Nullable String eventTiles,
        @Nullable String eventTileJson, @Nullable String staticMap, String embed) {

    static final String EVENT_COLUMNS = "api/events/columns";
    static final String EVENT_TILES = "tiles/events/{z}/{x}/{y}.png";
    static final String EVENT_TILE_JSON = "tiles/events.json";
    static final String STATIC_MAP = "api/map.png";
    static final String EMBED = "embed";

    static MapServices of(ServedEndpoints served) {
        return new MapServices(
                served.hasExactly(EVENT_COLUMNS) ? EVENT_COLUMNS : null,
                served.matches(ServedEndpoints.samplePath(EVENT_TILES)) ? EVENT_TILES : null,
                served.matches(EVENT_TILE_JSON) ? EVENT_TILE_JSON : null,
                served.hasExactly(STATIC_MAP) ? STATIC_MAP : null,
                EMBED);
    }
}
