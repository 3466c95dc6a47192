package org.maydan.tile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.locationtech.jts.geom.Envelope;
import org.maydan.event.EventFilter;
import org.maydan.event.TimeWindow;

/**
 * The SQL of the tile store, one text for PostGIS and H2GIS except the vector tile (PostGIS only).
 * The filter's date window is cut into {@link WindowPart}s: whole years and months are read from
 * {@code event_place_period} (one row per place, type and period, V9), leftover days from
 * {@code event} through its GiST and date indexes. The rows are binned on a grid in world pixels
 * from the places' stored Web Mercator position (the leftover days compute it with plain
 * arithmetic), so no row pays for a projection. Under a minimum confidence, which the periods do
 * not count by, the whole window is read from {@code event}.
 */
final class TileSql {

    /** Web Mercator x and y of an event, 0..1 across the world, as V9 stores them for places. */
    private static final String WEB_X = "(longitude + 180) / 360";
    private static final String WEB_Y = "(1 - LN(TAN(RADIANS(latitude)) + 1 / COS(RADIANS(latitude))) / PI()) / 2";
    private static final String IN_BOX =
            "longitude BETWEEN :minLon AND :maxLon AND latitude BETWEEN :minLat AND :maxLat";
    private static final String BOX = "ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)";

    private TileSql() {
    }

    /**
     * The events under a filter inside the box, binned per cell and type: columns {@code cx, cy,
     * sub_event_type, n, dead, lon, lat, one_id, one_date}; parameters from {@link #parameters}.
     */
    static String cells(EventFilter filter) {
        List<WindowPart> parts = parts(filter);
        String types = filter.types().types().isEmpty() ? "" : " AND sub_event_type IN (:types)";
        StringJoiner union = new StringJoiner("\n    UNION ALL\n    ");
        for (int i = 0; i < parts.size(); i++) {
            WindowPart part = parts.get(i);
            if (part.period() != null) {
                union.add("SELECT sub_event_type, events AS n, fatalities AS dead, longitude, latitude, web_x, web_y,"
                        + " min_id, min_date"
                        + " FROM event_place_period WHERE period = '" + part.period().code + "' AND " + IN_BOX
                        + (part.from() == null ? "" : " AND period_start >= :from" + i)
                        + (part.until() == null ? "" : " AND period_start < :until" + i) + types);
            } else {
                union.add("SELECT sub_event_type, 1 AS n, COALESCE(fatalities, 0) AS dead, longitude, latitude,"
                        + " " + WEB_X + " AS web_x, " + WEB_Y + " AS web_y, id AS min_id, event_date AS min_date"
                        + " FROM event WHERE geom && " + BOX
                        + (part.from() == null ? "" : " AND event_date >= :from" + i)
                        + (part.until() == null ? "" : " AND event_date < :until" + i) + types
                        + (filter.filtersConfidence() ? " AND confidence >= :minConfidence" : ""));
            }
        }
        return """
                SELECT cx, cy, sub_event_type, CAST(SUM(n) AS BIGINT) AS n, CAST(SUM(dead) AS BIGINT) AS dead,
                       SUM(longitude * n) / SUM(n) AS lon, SUM(latitude * n) / SUM(n) AS lat,
                       CASE WHEN SUM(n) = 1 THEN MIN(min_id) END AS one_id,
                       CASE WHEN SUM(n) = 1 THEN MIN(min_date) END AS one_date
                FROM (SELECT FLOOR(web_x * :scale) AS cx, FLOOR(web_y * :scale) AS cy, sub_event_type, n, dead,
                             longitude, latitude, min_id, min_date
                      FROM (%s) parts) binned
                GROUP BY cx, cy, sub_event_type""".formatted(union);
    }

    /**
     * One vector tile in PostGIS, as pg_tileserv and Martin build theirs: the binned rows of the
     * tile and its buffer, each cell's mean point clipped and quantised by {@code ST_AsMVTGeom}
     * against {@code ST_TileEnvelope}, the layer encoded by {@code ST_AsMVT}. Parameters: those of
     * {@link #parameters} and {@code :z :x :y}.
     */
    static String vectorTile(EventFilter filter) {
        return """
                WITH cells AS (%s)
                SELECT ST_AsMVT(t, '%s', %d, 'geom') FROM (
                    SELECT ST_AsMVTGeom(ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3857),
                                        ST_TileEnvelope(:z, :x, :y), %d, %d, true) AS geom,
                           sub_event_type, n AS count, dead AS fatalities, one_id AS id,
                           to_char(one_date, 'YYYY-MM-DD') AS event_date
                    FROM cells) t""".formatted(cells(filter), TileStore.LAYER, TileStore.EXTENT, TileStore.EXTENT,
                TileStore.BUFFER);
    }

    /** The named parameters of {@link #cells}: box, grid scale, date parts and types. */
    static Map<String, Object> parameters(EventFilter filter, Envelope area, double scale) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("minLon", area.getMinX());
        params.put("minLat", area.getMinY());
        params.put("maxLon", area.getMaxX());
        params.put("maxLat", area.getMaxY());
        params.put("scale", scale);
        List<WindowPart> parts = parts(filter);
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).from() != null) {
                params.put("from" + i, parts.get(i).from());
            }
            if (parts.get(i).until() != null) {
                params.put("until" + i, parts.get(i).until());
            }
        }
        if (!filter.types().types().isEmpty()) {
            params.put("types", filter.types().labels());
        }
        if (filter.filtersConfidence()) {
            params.put("minConfidence", filter.minConfidence());
        }
        return params;
    }

    /** Where each piece of the window is read; see the class comment. */
    private static List<WindowPart> parts(EventFilter filter) {
        if (!filter.filtersConfidence()) {
            return WindowPart.split(filter.window());
        }
        TimeWindow window = filter.window();
        return List.of(new WindowPart(null, window.start(), window.end() == null ? null : window.end().plusDays(1)));
    }
}
