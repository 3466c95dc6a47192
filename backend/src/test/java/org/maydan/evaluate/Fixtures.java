package org.maydan.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Small gold and prediction builders; names and coordinates are our own examples. */
final class Fixtures {

    /** Kilometres per degree of latitude on the sphere {@link GeoPoint} uses. */
    static final double KM_PER_DEGREE_LAT = 2 * Math.PI * 6371.0088 / 360;

    static final GeoPoint KAFR_NABL = new GeoPoint(35.6136, 36.5611);
    static final GeoPoint MAARAT_AL_NUMAN = new GeoPoint(35.6478, 36.6747);

    private Fixtures() {
    }

    /**
     * The hand-made boundary fixture — a long thin governorate SY99 and a two-part district SY9901 —
     * laid out in a temporary folder under the file names {@link Boundaries} reads. The fixture
     * files carry their own names, so they are never mistaken for the OCHA files they stand in for.
     */
    static Path boundariesDir() {
        try {
            Path dir = Files.createTempDirectory("maydan-boundaries");
            dir.toFile().deleteOnExit();
            copyFixture("thin-governorate-sy99.geojson", dir.resolve(Boundaries.ADMIN1_FILE));
            copyFixture("twin-district-sy9901.geojson", dir.resolve(Boundaries.fileOfLevel(2)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFixture(String name, Path target) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                Fixtures.class.getResourceAsStream("/evaluate/hand-made-boundaries/" + name))) {
            Files.copy(in, target);
        }
        target.toFile().deleteOnExit();
    }

    /** The point {@code km} kilometres due north of {@code p}. */
    static GeoPoint north(GeoPoint p, double km) {
        return new GeoPoint(p.lat() + km / KM_PER_DEGREE_LAT, p.lon());
    }

    static GoldPlace gold(String surface, PlaceKind kind, @Nullable GeoPoint point) {
        return new GoldPlace(surface, surface, kind, point, null);
    }

    static GoldPlace gold(String surface, PlaceKind kind, GeoPoint point, String ref) {
        return new GoldPlace(surface, surface, kind, point, ref);
    }

    static PredictedPlace predicted(String surface, @Nullable GeoPoint point) {
        return new PredictedPlace(surface, "", "", "village", point);
    }

    static GoldEvent goldEvent(String type, String place, @Nullable String date) {
        return new GoldEvent(type, place, date == null ? null : LocalDate.parse(date));
    }

    static PredictedEvent predictedEvent(String type, String place, @Nullable GeoPoint point, @Nullable String date) {
        return new PredictedEvent(type, place, point, date == null ? null : LocalDate.parse(date));
    }

    static GoldArticle article(String id, List<GoldPlace> places, List<GoldEvent> events) {
        return new GoldArticle(id, places, events);
    }

    static Prediction prediction(String id, List<PredictedPlace> places, List<PredictedEvent> events) {
        return new Prediction(id, places, events);
    }
}
