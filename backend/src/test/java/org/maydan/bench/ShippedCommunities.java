package org.maydan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The OCHA communities shipped with the gazetteer, read once for all tests. */
final class ShippedCommunities {

    private static List<Community> communities;

    private ShippedCommunities() {
    }

    static synchronized List<Community> get() {
        if (communities == null) {
            try {
                communities = OchaCommunities.shipped();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return communities;
    }
}
