package org.maydan.tile;

import java.util.List;
import org.maydan.event.EventFilter;

/**
 * The port through which maps read stored events, already aggregated: per grid cell and sub-event
 * type, so that no tile reads more rows than it can draw. {@link JdbcTileStore} implements it on
 * PostGIS (vector tiles from {@code ST_AsMVT}) and on embedded H2GIS (the same vector tile encoded
 * in Java); tests use an in-memory fake. Filters mean what they mean for {@code /api/events}.
 */
interface TileStore {

    /** Layer name of the events in a vector tile. */
    String LAYER = "events";
    /** Vector tile coordinates per tile side. */
    int EXTENT = 4096;
    /** Vector tile features reach this far (tile coordinates) beyond the tile. */
    int BUFFER = 64;
    /** Grid cell of a vector tile in pixels of its 256-pixel tile: at most 16 x 16 cells a tile. */
    int VECTOR_CELL_PX = 16;

    /** The events of the query's area, aggregated per cell and type, in no particular order. */
    List<EventCell> cells(CellQuery query);

    /**
     * The tile's events as a Mapbox Vector Tile with one layer {@value #LAYER}: a point per
     * {@value #VECTOR_CELL_PX}-pixel cell and type with {@code sub_event_type}, {@code count},
     * {@code fatalities} and, for a single event, {@code id} and {@code event_date}.
     */
    byte[] vectorTile(TileKey tile, EventFilter filter);
}
