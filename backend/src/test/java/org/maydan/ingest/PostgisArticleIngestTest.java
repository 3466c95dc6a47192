package org.maydan.ingest;

/** Ingest on PostGIS, through {@code MAYDAN_TEST_PG_URL}; skipped loudly without it, failed in CI. */
class PostgisArticleIngestTest extends ArticleIngestContractTest {

    @Override
    protected TestDatabase open() {
        return TestDatabase.postgis();
    }
}
