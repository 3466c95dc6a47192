-- Nothing to do on PostgreSQL: see db/migration/h2/V7_1__crash_safe_embedded_store.sql. PostgreSQL
-- recovers from a killed server through its write-ahead log, with its GiST index.
SELECT 1;
