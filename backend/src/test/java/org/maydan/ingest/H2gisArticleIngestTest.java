package org.maydan.ingest;

/** Ingest on the embedded H2GIS store. */
class H2gisArticleIngestTest extends ArticleIngestContractTest {

    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
