package org.maydan.map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The base map of the page ({@code maydan.map.*}).
 *
 * @param tileUrl a Leaflet tile URL template with {@code {z}}, {@code {x}} and {@code {y}}
 * @param attribution the credit line the tile provider requires; operator-written HTML, shown as such
 */
@Validated
@ConfigurationProperties("maydan.map")
public record MapProperties(
        @NotBlank @Pattern(regexp = TILE_TEMPLATE, message = "must contain {z}, {x} and {y}")
        @DefaultValue(OSM_TILES) String tileUrl,
        @NotBlank @DefaultValue(OSM_ATTRIBUTION) String attribution) {

    /** OpenStreetMap's standard raster tiles. */
    public static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    /** The credit OpenStreetMap asks for. */
    public static final String OSM_ATTRIBUTION =
            "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";
    private static final String TILE_TEMPLATE = "(?s)(?=.*\\{z\\})(?=.*\\{x\\})(?=.*\\{y\\}).*";
}
