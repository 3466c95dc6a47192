-- The read path (issue 13): text search, the extent of all events, and a covering index for the
-- timeline under a box. Keep in step with db/migration/h2/V6__read_path.sql.

-- 1. Text search (the q filter). search_text holds an event's distinct evidence sentences, one per
-- line, folded by org.maydan.event.SearchText (NFKD, combining marks and tatweel dropped, lower
-- case) so that q matches ignoring case and diacritics. The application writes it whenever an
-- event's evidence changes; maydan_fold is the same folding in SQL, for the rows stored before
-- this migration (a PostGIS contract test holds it equal to the Java one).
ALTER TABLE event ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE FUNCTION maydan_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT lower(regexp_replace(normalize(t, NFKD),
        '[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670-\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u0640]',
        '', 'g'))
$$;

UPDATE event e SET search_text = left(maydan_fold(s.sentences), 100000)
FROM (SELECT event_id, string_agg(sentence, E'\n' ORDER BY id) AS sentences FROM evidence GROUP BY event_id) s
WHERE s.event_id = e.id;

-- 2. The extent of all events: a box that contains it selects every event, so /api/timeline can
-- answer it from event_day_count (V4) instead of counting events. It only grows (a deleted event
-- leaves it as it was), so it may be larger than the events but never smaller, which keeps that
-- shortcut exact. A statement updates the row only when it adds a point outside, so most writes
-- take no lock on it.
CREATE TABLE event_extent (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    min_lon  DOUBLE PRECISION,
    min_lat  DOUBLE PRECISION,
    max_lon  DOUBLE PRECISION,
    max_lat  DOUBLE PRECISION
);

INSERT INTO event_extent (id, min_lon, min_lat, max_lon, max_lat)
SELECT 1, MIN(longitude), MIN(latitude), MAX(longitude), MAX(latitude) FROM event;

CREATE FUNCTION event_extent_grow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_extent x SET min_lon = LEAST(x.min_lon, a.min_lon), min_lat = LEAST(x.min_lat, a.min_lat),
                              max_lon = GREATEST(x.max_lon, a.max_lon), max_lat = GREATEST(x.max_lat, a.max_lat)
    FROM (SELECT MIN(longitude) AS min_lon, MIN(latitude) AS min_lat,
                 MAX(longitude) AS max_lon, MAX(latitude) AS max_lat FROM added) a
    WHERE x.id = 1 AND a.min_lon IS NOT NULL
      AND (x.min_lon IS NULL OR a.min_lon < x.min_lon OR a.min_lat < x.min_lat
           OR a.max_lon > x.max_lon OR a.max_lat > x.max_lat);
    RETURN NULL;
END $$;

CREATE FUNCTION event_extent_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_extent SET min_lon = NULL, min_lat = NULL, max_lon = NULL, max_lat = NULL WHERE id = 1;
    RETURN NULL;
END $$;

CREATE TRIGGER event_extent_insert AFTER INSERT ON event
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION event_extent_grow();
CREATE TRIGGER event_extent_update AFTER UPDATE ON event
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION event_extent_grow();
CREATE TRIGGER event_extent_truncate AFTER TRUNCATE ON event
    FOR EACH STATEMENT EXECUTE FUNCTION event_extent_clear();

-- 3. The timeline under a box counts events per day and type from this index alone (an
-- index-only scan: the date range, then longitude and latitude tested in the index tuples),
-- without visiting the wide event rows: at 1,000,000 events a governorate and a year take tens of
-- milliseconds instead of seconds. Its keys are those of H2's, which also pages with it.
CREATE INDEX event_date_point ON event (event_date, id, longitude, latitude) INCLUDE (sub_event_type);
