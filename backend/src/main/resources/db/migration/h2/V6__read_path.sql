-- The read path (issue 13); see db/migration/postgresql/V6__read_path.sql for what each part is
-- for. H2 has no SQL trigger bodies: a Java row trigger grows the extent. Class names are part of
-- this migration: renaming a class needs a new migration.

-- 1. Text search: folded evidence sentences, written by the application; rows stored before this
-- migration are folded here by the same Java method (SearchText.fold), through a temporary alias.
ALTER TABLE event ADD COLUMN search_text VARCHAR(100000) DEFAULT '' NOT NULL;

CREATE ALIAS MAYDAN_FOLD FOR 'org.maydan.event.SearchText.fold';

UPDATE event e SET search_text = LEFT(MAYDAN_FOLD((
    SELECT LISTAGG(v.sentence, CHAR(10)) WITHIN GROUP (ORDER BY v.id) FROM evidence v WHERE v.event_id = e.id)), 100000)
WHERE EXISTS (SELECT 1 FROM evidence v WHERE v.event_id = e.id);

DROP ALIAS MAYDAN_FOLD;

-- 2. The extent of all events; it only grows.
CREATE TABLE event_extent (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    min_lon  DOUBLE PRECISION,
    min_lat  DOUBLE PRECISION,
    max_lon  DOUBLE PRECISION,
    max_lat  DOUBLE PRECISION
);

INSERT INTO event_extent (id, min_lon, min_lat, max_lon, max_lat)
SELECT 1, MIN(longitude), MIN(latitude), MAX(longitude), MAX(latitude) FROM event;

CREATE TRIGGER event_extent_rows AFTER INSERT, UPDATE ON event FOR EACH ROW
    CALL 'org.maydan.event.EventExtentTrigger';

-- 3. Reads test a box on the longitude and latitude columns on H2 (its planner would otherwise
-- take the spatial index for any box and sort), and this index holds them in page order beside
-- the date, id and type: H2 takes what a query tests or counts from the index row and loads the
-- wide event row only for events that pass. So a page walks its dates in order, and the timeline
-- under a box is counted from the index alone. It replaces event_date_id (V2), its prefix.
CREATE INDEX event_date_point ON event (event_date, id, longitude, latitude, sub_event_type);
DROP INDEX event_date_id;
