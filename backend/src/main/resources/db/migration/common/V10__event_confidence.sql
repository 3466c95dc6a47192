-- How much to trust an event, and whether the text left its time open (issue 9). Each source's
-- report keeps its own values in evidence; the event shows their merge, recomputed by the store
-- whenever its evidence changes: the highest confidence of its sources, and date_approximate only
-- when every source leaves the time open (its event_date is then only the latest possible day).
-- Rows stored before this step have no confidence (NULL: unknown) and a date taken as written.
-- The same SQL for PostgreSQL and H2, hence common/ (no constant IN list: see V9 for H2's).

ALTER TABLE evidence ADD COLUMN confidence DOUBLE PRECISION;
ALTER TABLE evidence ADD COLUMN date_approximate BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE evidence ADD CONSTRAINT evidence_confidence_range CHECK (confidence BETWEEN 0 AND 1);

ALTER TABLE event ADD COLUMN confidence DOUBLE PRECISION;
ALTER TABLE event ADD COLUMN date_approximate BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE event ADD CONSTRAINT event_confidence_range CHECK (confidence BETWEEN 0 AND 1);
