package org.maydan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The real OCHA communities, read in place from the shared data folder (never copied). */
final class SharedData {

    private static List<Community> communities;

    private SharedData() {
    }

    static synchronized List<Community> communities() {
        if (communities == null) {
            String shared = System.getenv("MAYDAN_SHARED");
            Path root = Path.of(shared != null ? shared : "../../shared");
            try {
                communities = OchaCommunities.read(root.resolve(OchaCommunities.SHARED_PATH));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return communities;
    }
}
