-- Cross-article merging: an event shows how many articles report it and whether their fatality
-- figures agree. Keep in step with db/migration/h2/V3__merged_sources.sql.
-- fatalities (V2) stays the figure shown: the agreed one, or the highest when sources disagree.

ALTER TABLE event ADD COLUMN fatalities_min INTEGER CHECK (fatalities_min >= 0);
ALTER TABLE event ADD COLUMN fatalities_max INTEGER CHECK (fatalities_max >= 0);
-- True when two sources give different figures; a source without a figure disputes nothing.
ALTER TABLE event ADD COLUMN fatalities_disputed BOOLEAN NOT NULL DEFAULT FALSE;
-- Distinct articles with evidence for the event.
ALTER TABLE event ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;

UPDATE event SET
    fatalities_min = (SELECT MIN(v.fatalities) FROM evidence v WHERE v.event_id = event.id),
    fatalities_max = (SELECT MAX(v.fatalities) FROM evidence v WHERE v.event_id = event.id),
    fatalities_disputed = (SELECT COUNT(DISTINCT v.fatalities) > 1 FROM evidence v WHERE v.event_id = event.id),
    source_count = (SELECT COUNT(DISTINCT v.article_id) FROM evidence v WHERE v.event_id = event.id);

-- Reprocessing finds the events of an article through its evidence (evidence_article, V2).

-- The places an article names, as the geoparser resolved them when it was last processed (the
-- first mention of each place); replaced with the article's evidence when it is reprocessed.
CREATE TABLE article_place (
    article_id    BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    place_ref     VARCHAR(100) NOT NULL,
    surface       VARCHAR(200) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    name_ar       VARCHAR(200) NOT NULL,
    kind          VARCHAR(40) NOT NULL,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    confidence    DOUBLE PRECISION NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    CONSTRAINT article_place_once PRIMARY KEY (article_id, place_ref)
);
