package org.maydan.place;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.maydan.extract.Geoparser;
import org.maydan.extract.GeoparserFactory;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;

/**
 * Builds the gazetteer-backed geoparser for batch jobs ({@code extract}, {@code bench-extract}):
 * the data shipped in the jar plus the given files or folders (e.g. the OCHA folder).
 * Registered in {@code META-INF/services/org.maydan.extract.GeoparserFactory}.
 */
public final class GazetteerGeoparserFactory implements GeoparserFactory {

    @Override
    public Geoparser create(List<Path> sources) throws IOException {
        return new GazetteerGeoparser(Gazetteer.load(GazetteerConfig.withSources(sources.toArray(Path[]::new))));
    }
}
