-- Events per place and sub-event type, over all time ('A'), per year ('Y') and per month ('M'),
-- for map tiles: at 1,000,000 events a tile of north-west Syria at zoom 6 holds ~700,000 events
-- (1.4 s to bin), but only ~25,000 all-time rows here, because events repeat at the same few
-- thousand places. A tile reads all time, or whole years and months, from this table and only the
-- leftover days of its date window from event. web_x and web_y are the place's Web Mercator
-- position (0..1 across the world), stored so tiles bin rows without trigonometry. Kept exact in the
-- transaction of every write to event by statement-level triggers: inserts add to their rows;
-- updates and deletes recompute the rows they touch from event (through the natural-key index).
-- min_id and min_date are the event's id and day when events = 1; all time starts on 0001-01-01.
-- Keep in step with db/migration/h2/V9__event_place_period.sql.

CREATE TABLE event_place_period (
    period          CHAR(1) NOT NULL CHECK (period IN ('A', 'Y', 'M')),
    period_start    DATE NOT NULL,
    sub_event_type  VARCHAR(60) NOT NULL,
    place_ref       VARCHAR(100) NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    latitude        DOUBLE PRECISION NOT NULL,
    events          BIGINT NOT NULL CHECK (events > 0),
    fatalities      BIGINT NOT NULL,
    min_id          BIGINT NOT NULL,
    min_date        DATE NOT NULL,
    web_x           DOUBLE PRECISION GENERATED ALWAYS AS ((longitude + 180) / 360) STORED,
    web_y           DOUBLE PRECISION GENERATED ALWAYS AS
                        ((1 - ln(tan(radians(latitude)) + 1 / cos(radians(latitude))) / pi()) / 2) STORED,
    PRIMARY KEY (period, period_start, sub_event_type, place_ref, longitude, latitude)
);

-- Tiles select a period kind, a box and a range of periods.
CREATE INDEX event_place_period_box ON event_place_period (period, longitude, latitude, period_start);

INSERT INTO event_place_period (period, period_start, sub_event_type, place_ref, longitude, latitude, events, fatalities, min_id, min_date)
SELECT p.period, p.period_start, sub_event_type, place_ref, longitude, latitude, COUNT(*),
       SUM(COALESCE(fatalities, 0)), MIN(id), MIN(event_date)
FROM event CROSS JOIN LATERAL (VALUES ('A', DATE '0001-01-01'), ('Y', date_trunc('year', event_date)::date),
                                      ('M', date_trunc('month', event_date)::date)) AS p (period, period_start)
GROUP BY p.period, p.period_start, sub_event_type, place_ref, longitude, latitude;

CREATE FUNCTION event_place_period_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_place_period AS c (period, period_start, sub_event_type, place_ref, longitude, latitude, events, fatalities, min_id, min_date)
    SELECT p.period, p.period_start, sub_event_type, place_ref, longitude, latitude, COUNT(*),
           SUM(COALESCE(fatalities, 0)), MIN(id), MIN(event_date)
    FROM added CROSS JOIN LATERAL (VALUES ('A', DATE '0001-01-01'), ('Y', date_trunc('year', event_date)::date),
                                          ('M', date_trunc('month', event_date)::date)) AS p (period, period_start)
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (period, period_start, sub_event_type, place_ref, longitude, latitude) DO UPDATE
        SET events = c.events + EXCLUDED.events, fatalities = c.fatalities + EXCLUDED.fatalities,
            min_id = LEAST(c.min_id, EXCLUDED.min_id), min_date = LEAST(c.min_date, EXCLUDED.min_date);
    RETURN NULL;
END $$;

-- The rows of the places, types and periods a statement touched, computed again from event.
CREATE FUNCTION event_place_period_recount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    CREATE TEMPORARY TABLE IF NOT EXISTS event_place_period_touched (
        period CHAR(1), period_start DATE, sub_event_type VARCHAR(60), place_ref VARCHAR(100),
        longitude DOUBLE PRECISION, latitude DOUBLE PRECISION) ON COMMIT DROP;
    INSERT INTO event_place_period_touched
    SELECT DISTINCT p.period, p.period_start, r.sub_event_type, r.place_ref, r.longitude, r.latitude
    FROM changed r CROSS JOIN LATERAL (VALUES ('A', DATE '0001-01-01'), ('Y', date_trunc('year', r.event_date)::date),
                                              ('M', date_trunc('month', r.event_date)::date)) AS p (period, period_start);
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO event_place_period_touched
        SELECT DISTINCT p.period, p.period_start, r.sub_event_type, r.place_ref, r.longitude, r.latitude
        FROM updated r CROSS JOIN LATERAL (VALUES ('A', DATE '0001-01-01'), ('Y', date_trunc('year', r.event_date)::date),
                                                  ('M', date_trunc('month', r.event_date)::date)) AS p (period, period_start);
    END IF;
    DELETE FROM event_place_period c USING event_place_period_touched t
    WHERE c.period = t.period AND c.period_start = t.period_start AND c.sub_event_type = t.sub_event_type
      AND c.place_ref = t.place_ref AND c.longitude = t.longitude AND c.latitude = t.latitude;
    INSERT INTO event_place_period (period, period_start, sub_event_type, place_ref, longitude, latitude, events, fatalities, min_id, min_date)
    SELECT t.period, t.period_start, t.sub_event_type, t.place_ref, t.longitude, t.latitude, COUNT(*),
           SUM(COALESCE(e.fatalities, 0)), MIN(e.id), MIN(e.event_date)
    FROM (SELECT DISTINCT * FROM event_place_period_touched) t
    JOIN event e ON e.sub_event_type = t.sub_event_type AND e.place_ref = t.place_ref
        AND (t.period = 'A' OR e.event_date >= t.period_start
             AND e.event_date < t.period_start + CASE t.period WHEN 'Y' THEN INTERVAL '1 year' ELSE INTERVAL '1 month' END)
        AND e.longitude = t.longitude AND e.latitude = t.latitude
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6;
    DELETE FROM event_place_period_touched;
    RETURN NULL;
END $$;

CREATE FUNCTION event_place_period_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE event_place_period;
    RETURN NULL;
END $$;

CREATE TRIGGER event_place_period_insert AFTER INSERT ON event
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION event_place_period_add();
CREATE TRIGGER event_place_period_delete AFTER DELETE ON event
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION event_place_period_recount();
CREATE TRIGGER event_place_period_update AFTER UPDATE ON event
    REFERENCING OLD TABLE AS changed NEW TABLE AS updated FOR EACH STATEMENT
    EXECUTE FUNCTION event_place_period_recount();
CREATE TRIGGER event_place_period_truncate AFTER TRUNCATE ON event
    FOR EACH STATEMENT EXECUTE FUNCTION event_place_period_clear();
