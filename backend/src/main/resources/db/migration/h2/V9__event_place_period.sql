-- Events per place and sub-event type, over all time, per year and per month, for map tiles; see
-- db/migration/postgresql/V9__event_place_period.sql for why. H2 has no SQL trigger bodies: a Java
-- trigger keeps the rows exact in the transaction of every insert, update and delete of event.
-- The class name is part of this migration: renaming the class needs a new migration.

CREATE TABLE event_place_period (
    -- Not IN ('A', 'Y', 'M'): H2 keeps a constant IN list ordered by the session that created
    -- the constraint, and once that session closes (the migration's pooled connection retired
    -- while the database stays open) every insert fails the check as "invalid".
    period          CHAR(1) NOT NULL CHECK (LOCATE(period, 'AYM') > 0),
    period_start    DATE NOT NULL,
    sub_event_type  VARCHAR(60) NOT NULL,
    place_ref       VARCHAR(100) NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    latitude        DOUBLE PRECISION NOT NULL,
    events          BIGINT NOT NULL CHECK (events > 0),
    fatalities      BIGINT NOT NULL,
    min_id          BIGINT NOT NULL,
    min_date        DATE NOT NULL,
    web_x           DOUBLE PRECISION GENERATED ALWAYS AS ((longitude + 180) / 360),
    web_y           DOUBLE PRECISION GENERATED ALWAYS AS
                        ((1 - LN(TAN(RADIANS(latitude)) + 1 / COS(RADIANS(latitude))) / PI()) / 2),
    PRIMARY KEY (period, period_start, sub_event_type, place_ref, longitude, latitude)
);

CREATE INDEX event_place_period_box ON event_place_period (period, longitude, latitude, period_start);

-- Existing events, counted once for each kind of period.
INSERT INTO event_place_period (period, period_start, sub_event_type, place_ref, longitude, latitude, events, fatalities, min_id, min_date)
SELECT period, period_start, sub_event_type, place_ref, longitude, latitude, COUNT(*), SUM(COALESCE(fatalities, 0)),
       MIN(id), MIN(event_date)
FROM (SELECT 'A' AS period, DATE '0001-01-01' AS period_start, e.* FROM event e
      UNION ALL
      SELECT 'Y', DATEADD(DAY, 1 - DAY_OF_YEAR(event_date), event_date), e.* FROM event e
      UNION ALL
      SELECT 'M', DATEADD(DAY, 1 - DAY_OF_MONTH(event_date), event_date), e.* FROM event e) periods
GROUP BY period, period_start, sub_event_type, place_ref, longitude, latitude;

CREATE TRIGGER event_place_period_rows AFTER INSERT, UPDATE, DELETE ON event FOR EACH ROW
    CALL 'org.maydan.tile.EventPlacePeriodTrigger';
