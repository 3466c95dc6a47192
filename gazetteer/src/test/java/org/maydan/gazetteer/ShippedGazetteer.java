package org.maydan.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The default gazetteer (everything shipped in the jar: GeoNames, curated, OCHA), loaded once for all tests. */
final class ShippedGazetteer {

    private static Gazetteer loaded;

    private ShippedGazetteer() {
    }

    static synchronized Gazetteer get() {
        if (loaded == null) {
            try {
                loaded = Gazetteer.load(GazetteerConfig.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }
}
