package org.maydan.tile;

import org.locationtech.jts.geom.Envelope;
import org.maydan.event.EventFilter;

/**
 * Which events to aggregate: those under {@code filter} inside {@code area}, on a grid of square
 * cells {@code cellPx} pixels wide at {@code zoom}, aligned to the world's origin so that every tile
 * of a zoom shares one grid.
 *
 * @param area degrees
 * @param zoom Web Mercator zoom of the grid (fractional for a static map)
 * @param cellPx cell size in pixels at that zoom
 * @param filter dates and types, as {@code /api/events} reads them; its bbox is ignored
 */
record CellQuery(Envelope area, double zoom, double cellPx, EventFilter filter) {

    /** World pixels at this zoom per degree of longitude times 360: the grid's scale. */
    double worldPx() {
        return WebMercator.TILE_SIZE * Math.pow(2, zoom);
    }
}
