package org.maydan.map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The base maps of the page ({@code maydan.map.*}).
 *
 * @param tileUrl the internet base map: a Leaflet tile URL template with {@code {z}}, {@code {x}} and {@code {y}}
 * @param attribution the credit line the tile provider requires; operator-written HTML, shown as such
 * @param offlineTileUrl Maydan's own base map, used when {@code base} is {@code offline} or when the
 *     internet tiles fail to load; a template like {@code tileUrl} that may also hold {@code {lang}}
 *     ({@code ar} or {@code en}). A relative URL names this server's tiles and is only offered
 *     while the server has a handler for it.
 * @param offlineAttribution the credit line of the offline base map
 * @param base which base map the page starts with
 */
@Validated
@ConfigurationProperties("maydan.map")
public record MapProperties(
        @NotBlank @Pattern(regexp = TILE_TEMPLATE, message = "must contain {z}, {x} and {y}")
        @DefaultValue(OSM_TILES) String tileUrl,
        @NotBlank @DefaultValue(OSM_ATTRIBUTION) String attribution,
        @NotBlank @Pattern(regexp = TILE_TEMPLATE, message = "must contain {z}, {x} and {y}")
        @DefaultValue(OFFLINE_TILES) String offlineTileUrl,
        @NotBlank @DefaultValue(OFFLINE_ATTRIBUTION) String offlineAttribution,
        @NotNull @DefaultValue("online") BaseMap base) {

    /** OpenStreetMap's standard raster tiles. */
    public static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    /** The credit OpenStreetMap asks for. */
    public static final String OSM_ATTRIBUTION =
            "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";
    /** The server's own base tiles, labelled in the page's language. */
    public static final String OFFLINE_TILES = "tiles/base/{z}/{x}/{y}.png?lang={lang}";
    /** The offline base map is drawn from GSHHG, Natural Earth and OCHA data with gazetteer place names (tile package). */
    public static final String OFFLINE_ATTRIBUTION =
            "Maydan base map: GSHHG (LGPL), Natural Earth, OCHA COD-AB (CC BY-IGO), GeoNames (CC BY 4.0)";
    private static final String TILE_TEMPLATE = "(?s)(?=.*\\{z\\})(?=.*\\{x\\})(?=.*\\{y\\}).*";

    /** The base map the page shows first. */
    public enum BaseMap {
        /** The internet tiles of {@code tile-url}; the offline tiles take over if they fail. */
        ONLINE,
        /** The server's own tiles of {@code offline-tile-url}; the internet tiles stay on offer. */
        OFFLINE
    }
}
