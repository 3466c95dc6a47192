-- The store's change version: one row whose version every committed write to articles, events or
-- evidence advances, and the time of that write. HTTP caching (ETag, Last-Modified), the tile
-- cache and exports read it to know whether what they hold is still current, on every instance
-- sharing this database. Statement-level triggers keep it in the transaction of the write, so a
-- reader never sees a new version before the data it stands for, and a bulk COPY pays once.
-- The row lock this takes is held from a transaction's first event write to its commit.
-- Keep in step with db/migration/h2/V5__store_version.sql.

CREATE TABLE store_version (
    id          SMALLINT PRIMARY KEY CHECK (id = 1),
    version     BIGINT NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO store_version (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);

-- Statements that changed no row (an idempotent resend) leave the version as it is.
CREATE FUNCTION store_version_advance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed) THEN
        UPDATE store_version SET version = version + 1, changed_at = clock_timestamp() WHERE id = 1;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION store_version_advance_always() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE store_version SET version = version + 1, changed_at = clock_timestamp() WHERE id = 1;
    RETURN NULL;
END $$;

-- A transition table belongs to one trigger event, hence a trigger per table and event.
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['article', 'event', 'evidence'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_version_insert AFTER INSERT ON %1$s REFERENCING NEW TABLE AS changed'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION store_version_advance()', t);
        EXECUTE format('CREATE TRIGGER %1$s_version_update AFTER UPDATE ON %1$s REFERENCING NEW TABLE AS changed'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION store_version_advance()', t);
        EXECUTE format('CREATE TRIGGER %1$s_version_delete AFTER DELETE ON %1$s REFERENCING OLD TABLE AS changed'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION store_version_advance()', t);
        EXECUTE format('CREATE TRIGGER %1$s_version_truncate AFTER TRUNCATE ON %1$s'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION store_version_advance_always()', t);
    END LOOP;
END $$;
