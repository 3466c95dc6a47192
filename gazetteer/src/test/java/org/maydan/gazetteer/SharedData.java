package org.maydan.gazetteer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared read-only data folder ({@code MAYDAN_SHARED}, else {@code ../shared}). */
final class SharedData {

    private static Gazetteer ocha;
    private static Gazetteer full;

    private SharedData() {
    }

    static Path root() {
        String env = System.getenv("MAYDAN_SHARED");
        Path path = env != null ? Path.of(env) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(path)) {
            path = Path.of("..", "shared");
        }
        return path;
    }

    static Path gazetteerDir() {
        Path dir = root().resolve("data/gazetteer");
        assumeTrue(Files.isDirectory(dir), "shared OCHA files not found at " + dir);
        return dir;
    }

    /** The shipped data plus the OCHA files (what the app loads), loaded once for all tests. */
    static synchronized Gazetteer shippedAndOcha() {
        if (full == null) {
            full = load(GazetteerConfig.withSources(gazetteerDir()));
        }
        return full;
    }

    /** The OCHA files only (no shipped data), loaded once for all tests. */
    static synchronized Gazetteer ocha() {
        if (ocha == null) {
            ocha = load(GazetteerConfig.onlySources(gazetteerDir()));
        }
        return ocha;
    }

    private static Gazetteer load(GazetteerConfig config) {
        try {
            return Gazetteer.load(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
