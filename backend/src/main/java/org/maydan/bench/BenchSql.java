package org.maydan.bench;

import java.util.List;

/**
 * Every SQL statement of the benchmark, in one place, written against the provisional event table
 * below. When the real store's Flyway schema lands, adapt this class only.
 */
final class BenchSql {

    static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS events (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                event_date date NOT NULL,
                time_precision smallint NOT NULL,
                event_type text NOT NULL,
                sub_event_type text NOT NULL,
                admin1 text,
                admin2 text,
                location text NOT NULL,
                location_ar text,
                place_ref text,
                latitude double precision NOT NULL,
                longitude double precision NOT NULL,
                geom geometry(Point, 4326) NOT NULL,
                geo_precision smallint NOT NULL,
                fatalities integer NOT NULL,
                notes text,
                source text,
                source_count integer NOT NULL)""";

    /** Indexes are dropped before a bulk load and built after it: faster than maintaining them. */
    static final List<String> DROP_INDEXES = List.of(
            "DROP INDEX IF EXISTS events_geom_gist",
            "DROP INDEX IF EXISTS events_date_id");

    static final String EMPTY = "TRUNCATE events RESTART IDENTITY";

    /** Columns in the order {@link EventCopyLoader} writes them; {@code id} is generated. */
    static final String COPY = """
            COPY events (event_date, time_precision, event_type, sub_event_type, admin1, admin2,
                location, location_ar, place_ref, latitude, longitude, geom, geo_precision, fatalities,
                notes, source, source_count) FROM STDIN (FORMAT text)""";

    static final List<String> CREATE_INDEXES = List.of(
            "CREATE INDEX events_geom_gist ON events USING gist (geom)",
            "CREATE INDEX events_date_id ON events (event_date, id)");

    static final String ANALYZE = "ANALYZE events";

    static final String COUNT = "SELECT count(*) FROM events";

    /** What {@code /api/events?bbox&start&end&limit} must do: a page in keyset order. */
    static final String BBOX_WINDOW_PAGE = """
            SELECT id, event_date, time_precision, event_type, sub_event_type, admin1, admin2, location,
                   location_ar, latitude, longitude, geo_precision, fatalities, notes, source, source_count
            FROM events
            WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)
              AND event_date BETWEEN ?::date AND ?::date
            ORDER BY event_date, id
            LIMIT ?""";

    /** What {@code /api/timeline?start&end} must do: counts per day and event type. */
    static final String TIMELINE = """
            SELECT event_date, event_type, count(*)
            FROM events
            WHERE event_date BETWEEN ?::date AND ?::date
            GROUP BY event_date, event_type
            ORDER BY event_date, event_type""";

    /**
     * pgjdbc prepares statements on the server after five runs, and PostgreSQL then may switch to
     * a generic plan that cannot see the dates: for the bbox page it picks the GiST index and
     * sorts 35k rows (about 310 ms at 1M events) instead of walking the date index (about 33 ms).
     * Custom plans are what the API's read path should use too.
     */
    static final String SESSION_SETUP = "SET plan_cache_mode = force_custom_plan";

    static final String EXPLAIN = "EXPLAIN (ANALYZE, BUFFERS) ";

    private BenchSql() {
    }
}
