package org.maydan.tile;

import org.maydan.ingest.TestDatabase;

/** The tile store contract on PostGIS ({@code ST_AsMVT}); skipped loudly without it, failed in CI. */
class PostgisTileStoreTest extends TileStoreContractTest {

    @Override
    protected TestDatabase open() {
        return TestDatabase.postgis("maydan_tiles_contract");
    }
}
