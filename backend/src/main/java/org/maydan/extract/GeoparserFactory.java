package org.maydan.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Builds the {@link Geoparser} used by batch extraction from gazetteer files or directories.
 *
 * <p>Implementations register through {@code META-INF/services/org.maydan.extract.GeoparserFactory};
 * the extractor knows no gazetteer itself, so without a registered factory extraction refuses to
 * run rather than invent places.
 */
public interface GeoparserFactory {

    /** Loads the gazetteer from {@code sources} (empty: the factory's built-in data). */
    Geoparser create(List<Path> sources) throws IOException;

    /** The first registered factory, if any. */
    static Optional<GeoparserFactory> discover() {
        return ServiceLoader.load(GeoparserFactory.class).findFirst();
    }
}
