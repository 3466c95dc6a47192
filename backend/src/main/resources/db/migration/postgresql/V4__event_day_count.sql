-- Events per day and sub-event type, so /api/timeline without a bbox reads one small row per day
-- and type (about 7,000 for a year) instead of aggregating every event of the window: at
-- 1,000,000 events a year of Syria is ~250,000 rows and ~0.5 s, and the table outgrows
-- shared_buffers. Kept in the same transaction as every write to event by statement-level
-- triggers over transition tables: one aggregate per statement, so a bulk COPY pays once, and
-- any writer (ingest, merges, deletes) keeps the counts exact without knowing about them.
-- Keep in step with db/migration/h2/V4__event_day_count.sql.

CREATE TABLE event_day_count (
    event_date      DATE NOT NULL,
    sub_event_type  VARCHAR(60) NOT NULL,
    events          BIGINT NOT NULL CHECK (events >= 0),
    PRIMARY KEY (event_date, sub_event_type)
);

INSERT INTO event_day_count (event_date, sub_event_type, events)
SELECT event_date, sub_event_type, COUNT(*) FROM event GROUP BY event_date, sub_event_type;

-- Rows are added and removed in key order, so concurrent writers lock counts in the same order.
CREATE FUNCTION event_day_count_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_day_count AS c (event_date, sub_event_type, events)
    SELECT event_date, sub_event_type, COUNT(*) FROM added
    GROUP BY event_date, sub_event_type ORDER BY event_date, sub_event_type
    ON CONFLICT (event_date, sub_event_type) DO UPDATE SET events = c.events + EXCLUDED.events;
    RETURN NULL;
END $$;

CREATE FUNCTION event_day_count_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_day_count c SET events = c.events - r.n
    FROM (SELECT event_date, sub_event_type, COUNT(*) AS n FROM removed
          GROUP BY event_date, sub_event_type ORDER BY event_date, sub_event_type) r
    WHERE c.event_date = r.event_date AND c.sub_event_type = r.sub_event_type;
    RETURN NULL;
END $$;

CREATE FUNCTION event_day_count_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE event_day_count;
    RETURN NULL;
END $$;

CREATE TRIGGER event_day_count_insert AFTER INSERT ON event
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_add();
CREATE TRIGGER event_day_count_delete AFTER DELETE ON event
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_remove();
-- An update is its old rows removed and its new rows added; transition tables cannot be
-- limited to some columns, so every UPDATE of event pays two small aggregates.
CREATE TRIGGER event_day_count_update_old AFTER UPDATE ON event
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_remove();
CREATE TRIGGER event_day_count_update_new AFTER UPDATE ON event
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_add();
CREATE TRIGGER event_day_count_truncate AFTER TRUNCATE ON event
    FOR EACH STATEMENT EXECUTE FUNCTION event_day_count_clear();
