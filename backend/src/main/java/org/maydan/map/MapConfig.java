package org.maydan.map;

/**
 * The wire form of {@code GET /api/map-config}.
 *
 * @param tileUrl the tile URL template for Leaflet
 * @param attribution the tiles' credit line
 */
public record MapConfig(String tileUrl, String attribution) {

    static MapConfig of(MapProperties properties) {
        return new MapConfig(properties.tileUrl(), properties.attribution());
    }
}
