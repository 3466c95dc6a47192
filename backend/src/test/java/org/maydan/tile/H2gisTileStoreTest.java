package org.maydan.tile;

import org.maydan.ingest.TestDatabase;

/** The tile store contract on embedded H2GIS (vector tiles encoded in Java). */
class H2gisTileStoreTest extends TileStoreContractTest {

    @Override
    protected TestDatabase open() {
        return TestDatabase.h2();
    }
}
