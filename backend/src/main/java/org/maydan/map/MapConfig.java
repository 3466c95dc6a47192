package org.maydan.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of {@code GET /api/map-config}: the base maps and which optional services this
 * server has, so the page neither asks for what is missing nor offers it.
 *
 * @param tileUrl the internet base map's tile URL template for Leaflet
 * @param attribution the internet tiles' credit line
 * @param base {@code online} or {@code offline}: the base map to start with
 * @param offlineTileUrl Maydan's own base tiles ({@code {lang}} is {@code ar} or {@code en}), or
 *     {@code null} when this server has none
 * @param offlineAttribution the offline tiles' credit line
 * @param services the optional endpoints this server has
 */
public record MapConfig(String tileUrl, String attribution, String base,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String offlineTileUrl, String offlineAttribution,
        MapServices services) {

    static MapConfig of(MapProperties properties, ServedEndpoints served) {
        String offline = properties.offlineTileUrl();
        boolean ownTiles = !offline.contains("://");
        return new MapConfig(properties.tileUrl(), properties.attribution(),
                properties.base().name().toLowerCase(Locale.ROOT),
                !ownTiles || served.matches(ServedEndpoints.samplePath(offline)) ? offline : null,
                properties.offlineAttribution(), MapServices.of(served));
    }
}
