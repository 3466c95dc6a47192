package org.maydan.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import org.maydan.gazetteer.Geoparser;

/**
 * The real geoparser over a small gazetteer of our own ({@code test-places.tsv}: a few places of
 * Idlib, Hama and Aleppo, and their governorates), loaded once for all tests.
 */
final class TestGeoparser {

    private static final Geoparser STANDARD = load();

    private TestGeoparser() {
    }

    static Geoparser standard() {
        return STANDARD;
    }

    private static Geoparser load() {
        try {
            Path places = Path.of(Objects.requireNonNull(TestGeoparser.class.getResource("test-places.tsv")).toURI());
            return new Geoparser(Gazetteer.load(GazetteerConfig.onlySources(places)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
