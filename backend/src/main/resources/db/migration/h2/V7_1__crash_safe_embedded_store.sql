-- The embedded store must survive its process being killed (kill -9, a laptop losing power with the
-- server running). Measured with H2 2.4.240 (KilledIngestTest, and by hand: ingest 240 articles,
-- kill -9 midway, start again):
--
-- 1. With the SPATIAL index on event.geom, 3 of 4 killed runs left a file H2 could not open again
--    ("Unable to read the page ... ValueDataType cannot be cast to SpatialDataType": the R-tree map
--    is not recovered consistently). Without it, 7 of 7 reopened and the rerun completed. The
--    index goes: bbox filters on the embedded store read the date index or scan, which is fast
--    enough at the scale of a laptop store; PostGIS keeps its GiST index.
-- 2. H2 wrote committed transactions to the file up to a second later: a killed run lost the last
--    articles it had reported stored. WRITE_DELAY 0 (persistent) writes each commit before the
--    answer; no cost was measurable on a 240-article ingest.
--
-- db/migration/postgresql/V7_1 is empty: PostgreSQL needs neither change.

DROP INDEX event_geom;
SET WRITE_DELAY 0;
