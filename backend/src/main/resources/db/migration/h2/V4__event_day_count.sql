-- Events per day and sub-event type, read by /api/timeline when it has no bbox; see
-- db/migration/postgresql/V4__event_day_count.sql for why. H2 has no SQL trigger bodies: a Java
-- trigger keeps the counts in the same transaction as every insert, update and delete of event.
-- The class name is part of this migration: renaming the class needs a new migration.

CREATE TABLE event_day_count (
    event_date      DATE NOT NULL,
    sub_event_type  VARCHAR(60) NOT NULL,
    events          BIGINT NOT NULL CHECK (events >= 0),
    PRIMARY KEY (event_date, sub_event_type)
);

INSERT INTO event_day_count (event_date, sub_event_type, events)
SELECT event_date, sub_event_type, COUNT(*) FROM event GROUP BY event_date, sub_event_type;

CREATE TRIGGER event_day_count_rows AFTER INSERT, UPDATE, DELETE ON event FOR EACH ROW
    CALL 'org.maydan.event.EventDayCountTrigger';
