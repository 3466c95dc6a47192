-- Hardening of ingest (issue 12). Keep in step with db/migration/h2/V7__article_provenance_and_mentions.sql.

-- The address as the client sent it, when it was not strict RFC 3986 and `url` holds the
-- percent-encoded form (which is what articles are deduplicated by); NULL when the two are equal.
ALTER TABLE article ADD COLUMN original_url VARCHAR(2048);
-- The name of the API key that added the article over HTTP; NULL for the ingest command and the
-- sample data. Names, never keys, are stored.
ALTER TABLE article ADD COLUMN added_by VARCHAR(100);

-- A place named several times in one article is one row: its first mention, and how many there are.
ALTER TABLE article_place ADD COLUMN mentions INTEGER NOT NULL DEFAULT 1 CHECK (mentions >= 1);
