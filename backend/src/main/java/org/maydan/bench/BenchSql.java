package org.maydan.bench;

import java.util.List;
import org.maydan.event.EventRows;

/**
 * Every SQL statement of the benchmark, in one place, against the application's own schema: the
 * loads fill {@code article}, {@code event} and {@code evidence} so the real application can serve
 * the result, and the timed queries are the ones {@code JdbcEventStore} sends for the API requests
 * they are compared with (same columns, from {@link EventRows}; same conditions, positional).
 * The timed queries are the same text on PostGIS and H2GIS.
 */
final class BenchSql {

    /** Empties the store; the TRUNCATE triggers of V4 and V6 empty the day counts and the extent. */
    static final String EMPTY = "TRUNCATE evidence, event, article_place, article RESTART IDENTITY";

    /**
     * Secondary indexes of the loaded tables, to drop before the COPY and rebuild after it (faster
     * than maintaining them row by row). Read from the catalogue so the migrations stay the only
     * place they are declared; indexes behind constraints (keys, unique) stay.
     */
    static final String SECONDARY_INDEXES = """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename IN ('event', 'evidence')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            ORDER BY i.indexname""";

    static final String DROP_INDEX = "DROP INDEX ";

    /** One article per synthetic source, so every event has evidence from a stored article. */
    static final String INSERT_ARTICLE = """
            INSERT INTO article (content_hash, title, source, published, body)
            VALUES (?, ?, ?, DATE '2017-01-01', ?)""";

    /** Columns in the order {@link EventCopyLoader} and {@link EmbeddedLoader} write them; ids are the generator's. */
    static final String EVENT_LOAD_COLUMNS = """
            id, event_date, time_precision, event_type, sub_event_type, place_ref, location,
            location_ar, admin1, admin2, latitude, longitude, geo_precision, fatalities, notes, source, geom,
            fatalities_min, fatalities_max, source_count, search_text""";

    static final String COPY_EVENTS = "COPY event (" + EVENT_LOAD_COLUMNS + ") FROM STDIN (FORMAT text)";

    /**
     * One evidence row per event, from the article of its source: the sentence is the event's
     * notes and the place span is where the Arabic place name occurs in it.
     */
    static final String INSERT_EVIDENCE = """
            INSERT INTO evidence (event_id, article_id, sentence, sentence_start, sentence_end,
                place_start, place_end, fatalities)
            SELECT e.id, a.id, e.notes, 0, length(e.notes),
                   greatest(strpos(e.notes, e.location_ar) - 1, 0),
                   greatest(strpos(e.notes, e.location_ar) - 1, 0)
                       + CASE WHEN strpos(e.notes, e.location_ar) > 0 THEN length(e.location_ar) ELSE 0 END,
                   e.fatalities
            FROM event e JOIN article a ON a.source = e.source""";

    /** Ids were given explicitly, so the identity sequences must be moved past them. */
    static final List<String> RESTART_IDS = List.of(
            "SELECT setval(pg_get_serial_sequence('event', 'id'), (SELECT max(id) FROM event))",
            "SELECT setval(pg_get_serial_sequence('article', 'id'), (SELECT max(id) FROM article))",
            "SELECT setval(pg_get_serial_sequence('evidence', 'id'), (SELECT max(id) FROM evidence))");

    /**
     * News arrive roughly in date order, so a store filled by ingest keeps events of one month in
     * nearby heap pages; a COPY of synthetic events in random date order does not, and a month
     * then touches most of the table. Clustering on the paging index models the real layout.
     */
    static final String CLUSTER = "CLUSTER event USING event_date_id";

    /** Statistics, and the visibility map that lets the timeline's covering index answer alone. */
    static final String VACUUM_ANALYZE = "VACUUM ANALYZE article, event, evidence, event_day_count";

    static final String COUNT = "SELECT count(*) FROM event";

    /** A box as PostgreSQL's reads test it, parameters minLon, minLat, maxLon, maxLat. */
    private static final String BOX = "geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)";
    /** A box as H2's reads and every timeline test it, the same parameters. */
    private static final String BOX_COLUMNS = "longitude >= ? AND latitude >= ? AND longitude <= ? AND latitude <= ?";
    private static final String WINDOW = "event_date >= ? AND event_date <= ?";
    private static final String PAGE_ORDER = " ORDER BY event_date, id LIMIT ?";

    /** {@code /api/events?bbox&start&end&limit} and the OGC items page: a page in keyset order (limit + 1 rows). */
    static final String BBOX_WINDOW_PAGE = "SELECT " + EventRows.EVENT_COLUMNS + " FROM event WHERE " + BOX + " AND "
            + WINDOW + PAGE_ORDER;

    /** {@code /api/events?...&props=compact}: the same page, only the columns a compact feature shows. */
    static final String BBOX_WINDOW_POINTS = "SELECT " + EventRows.POINT_COLUMNS + " FROM event WHERE " + BOX
            + " AND " + WINDOW + PAGE_ORDER;

    /** {@code /api/events/columns?start&end}: the map's columns of every event of the window, up to the cap. */
    static final String WINDOW_MARKERS = "SELECT " + EventRows.MARKER_COLUMNS + " FROM event WHERE " + WINDOW
            + PAGE_ORDER;

    /** {@code /api/events/export?start&end}: every event of the window, up to the export cap. */
    static final String WINDOW_EXPORT = "SELECT " + EventRows.EVENT_COLUMNS + " FROM event WHERE " + WINDOW
            + PAGE_ORDER;

    /** {@code /api/timeline?start&end} without a box: the daily counts kept by the V4 triggers. */
    static final String TIMELINE = """
            SELECT event_date, sub_event_type, events FROM event_day_count
            WHERE event_date >= ? AND event_date <= ? AND events > 0""";

    /** {@code /api/timeline?bbox&start&end}: counted from the covering index {@code event_date_point} (V6). */
    static final String TIMELINE_BOX = "SELECT event_date, sub_event_type, COUNT(*) AS n FROM event WHERE "
            + BOX_COLUMNS + " AND " + WINDOW + " GROUP BY event_date, sub_event_type";

    /** A query as the embedded store's reads send it: boxes tested on the columns ({@code FilterSql.BoxTest}). */
    static String onH2(String sql) {
        return sql.replace(BOX, BOX_COLUMNS);
    }

    /**
     * As on the application's connections ({@code StoreConfiguration}): without it pgjdbc's
     * server-side prepare after five runs lets PostgreSQL switch to a generic plan that cannot see
     * the dates, ~10x slower for the bbox page.
     */
    static final String POSTGIS_SESSION_SETUP = "SET plan_cache_mode = force_custom_plan";

    static final String POSTGIS_EXPLAIN = "EXPLAIN (ANALYZE, BUFFERS) ";
    static final String H2_EXPLAIN = "EXPLAIN ANALYZE ";

    private BenchSql() {
    }
}
