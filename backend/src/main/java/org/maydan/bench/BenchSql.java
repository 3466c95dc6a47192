package org.maydan.bench;

import java.util.List;

/**
 * Every SQL statement of the benchmark, in one place, against the application's own schema
 * (Flyway migrations {@code db/migration/postgresql}): the load fills {@code article},
 * {@code event} and {@code evidence} so the real application can serve the result, and the timed
 * queries are the ones {@code JdbcEventStore} sends for the API requests they are compared with.
 */
final class BenchSql {

    /** Flyway's folder of the PostgreSQL migrations, as the application configures it. */
    static final String MIGRATIONS = "classpath:db/migration/postgresql";

    /** Empties the store; the TRUNCATE trigger of V4 empties {@code event_day_count} with it. */
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
            VALUES (md5(?) || md5(?), ?, ?, DATE '2017-01-01', ?) RETURNING id""";

    /** Columns in the order {@link EventCopyLoader} writes them; ids are the generator's. */
    static final String COPY_EVENTS = """
            COPY event (id, event_date, time_precision, event_type, sub_event_type, place_ref, location,
                location_ar, admin1, admin2, latitude, longitude, geo_precision, fatalities, notes, source, geom,
                fatalities_min, fatalities_max, source_count)
            FROM STDIN (FORMAT text)""";

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

    static final String ANALYZE = "ANALYZE article, event, evidence, event_day_count";

    static final String COUNT = "SELECT count(*) FROM event";

    /** The columns {@code JdbcEventStore} reads for a feature. */
    private static final String EVENT_COLUMNS = """
            id, event_date, time_precision, sub_event_type, place_ref, location, location_ar,
            admin1, admin2, latitude, longitude, geo_precision, fatalities, notes, source""";

    /** {@code /api/events?bbox&start&end&limit}: a page in keyset order (the API reads limit + 1). */
    static final String BBOX_WINDOW_PAGE = "SELECT " + EVENT_COLUMNS + """
             FROM event
            WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND event_date >= ? AND event_date <= ?
            ORDER BY event_date, id LIMIT ?""";

    /** {@code /api/events?...&props=compact}: the same page, only the columns a compact feature shows. */
    static final String BBOX_WINDOW_POINTS = """
            SELECT id, event_date, sub_event_type, latitude, longitude, fatalities FROM event
            WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND event_date >= ? AND event_date <= ?
            ORDER BY event_date, id LIMIT ?""";

    /** {@code /api/events/export?start&end}: every event of the window, up to the export cap. */
    static final String WINDOW_EXPORT = "SELECT " + EVENT_COLUMNS + """
             FROM event
            WHERE event_date >= ? AND event_date <= ?
            ORDER BY event_date, id LIMIT ?""";

    /** {@code /api/timeline?start&end} without a bbox: the daily counts kept by the V4 triggers. */
    static final String TIMELINE = """
            SELECT event_date, sub_event_type, events FROM event_day_count
            WHERE event_date >= ? AND event_date <= ? AND events > 0""";

    /** The same counts aggregated from the events, as the timeline did before V4; SQL only. */
    static final String TIMELINE_FROM_EVENTS = """
            SELECT event_date, sub_event_type, count(*) FROM event
            WHERE event_date >= ? AND event_date <= ?
            GROUP BY event_date, sub_event_type""";

    /**
     * As on the application's connections ({@code StoreConfiguration}): without it pgjdbc's
     * server-side prepare after five runs lets PostgreSQL switch to a generic plan that cannot see
     * the dates, ~10x slower for the bbox page.
     */
    static final String SESSION_SETUP = "SET plan_cache_mode = force_custom_plan";

    static final String EXPLAIN = "EXPLAIN (ANALYZE, BUFFERS) ";

    private BenchSql() {
    }
}
