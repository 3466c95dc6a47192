-- The store's change version; see db/migration/postgresql/V5__store_version.sql for what it is
-- for. H2 has no SQL trigger bodies: a Java row trigger advances it in the transaction of every
-- insert, update and delete of articles, events and evidence (H2 refuses writes from statement
-- triggers in auto-commit mode). The class name is part of this migration: renaming the class
-- needs a new migration.

CREATE TABLE store_version (
    id          SMALLINT PRIMARY KEY CHECK (id = 1),
    version     BIGINT NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO store_version (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);

CREATE TRIGGER article_version AFTER INSERT, UPDATE, DELETE ON article FOR EACH ROW
    CALL 'org.maydan.event.StoreVersionTrigger';
CREATE TRIGGER event_version AFTER INSERT, UPDATE, DELETE ON event FOR EACH ROW
    CALL 'org.maydan.event.StoreVersionTrigger';
CREATE TRIGGER evidence_version AFTER INSERT, UPDATE, DELETE ON evidence FOR EACH ROW
    CALL 'org.maydan.event.StoreVersionTrigger';
