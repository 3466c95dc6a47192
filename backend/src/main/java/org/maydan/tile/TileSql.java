package org.maydan.tile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.maydan.event.EventFilter;

/**
 * The SQL of the tile store, one text for PostGIS and H2GIS except the vector tile (PostGIS only).
 * Events are binned on a grid in world pixels computed from their longitude and latitude columns
 * with plain arithmetic (the Web Mercator formula), so no row pays for a projection; only the one
 * point a cell keeps is projected. The bounding box uses the GiST index on {@code geom}.
 */
final class TileSql {

    /** Web Mercator y of a latitude column, in world pixels at {@code :scale} cells per world width. */
    private static final String MERCATOR_Y =
            "FLOOR((1 - LN(TAN(RADIANS(latitude)) + 1 / COS(RADIANS(latitude))) / PI()) / 2 * :scale)";
    private static final String MERCATOR_X = "FLOOR((longitude + 180) / 360 * :scale)";

    /** The events under a filter, binned: named parameters {@code :scale} and those of {@link #where}. */
    static String cells(String area, EventFilter filter) {
        return """
                SELECT cx, cy, sub_event_type, COUNT(*) AS n, SUM(COALESCE(fatalities, 0)) AS dead,
                       AVG(longitude) AS lon, AVG(latitude) AS lat,
                       CASE WHEN COUNT(*) = 1 THEN MIN(id) END AS one_id,
                       CASE WHEN COUNT(*) = 1 THEN MIN(event_date) END AS one_date
                FROM (SELECT %s AS cx, %s AS cy, sub_event_type, fatalities, longitude, latitude, id, event_date
                      FROM event WHERE geom && %s%s) binned
                GROUP BY cx, cy, sub_event_type""".formatted(MERCATOR_X, MERCATOR_Y, area, where(filter));
    }

    /** A box of named parameters {@code :minLon ... :maxLat}. */
    static final String BOX = "ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)";

    /**
     * One vector tile in PostGIS, as pg_tileserv and Martin build theirs: rows selected by the
     * tile's envelope ({@code ST_TileEnvelope} with a margin of the buffer), binned, each cell's
     * mean point clipped and quantised by {@code ST_AsMVTGeom}, the layer encoded by {@code ST_AsMVT}.
     * Parameters {@code :z :x :y :margin :scale} and those of the filter.
     */
    static String vectorTile(EventFilter filter) {
        return """
                WITH cells AS (%s)
                SELECT ST_AsMVT(t, '%s', %d, 'geom') FROM (
                    SELECT ST_AsMVTGeom(ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3857),
                                        ST_TileEnvelope(:z, :x, :y), %d, %d, true) AS geom,
                           sub_event_type, n AS count, dead AS fatalities, one_id AS id,
                           to_char(one_date, 'YYYY-MM-DD') AS event_date
                    FROM cells) t""".formatted(
                cells("ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => :margin), 4326)", filter),
                TileStore.LAYER, TileStore.EXTENT, TileStore.EXTENT, TileStore.BUFFER);
    }

    /** The filter's dates and types as {@code AND} conditions on named parameters. */
    static String where(EventFilter filter) {
        StringBuilder sql = new StringBuilder();
        if (filter.window().start() != null) {
            sql.append(" AND event_date >= :start");
        }
        if (filter.window().end() != null) {
            sql.append(" AND event_date <= :end");
        }
        if (!filter.types().types().isEmpty()) {
            sql.append(" AND sub_event_type IN (:types)");
        }
        return sql.toString();
    }

    /** The named parameters of {@link #where}. */
    static Map<String, Object> parameters(EventFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.window().start() != null) {
            params.put("start", filter.window().start());
        }
        if (filter.window().end() != null) {
            params.put("end", filter.window().end());
        }
        if (!filter.types().types().isEmpty()) {
            params.put("types", filter.types().labels());
        }
        return params;
    }

    private TileSql() {
    }
}
