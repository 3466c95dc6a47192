package org.maydan.evaluate;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.AdminBoundaries;
import org.maydan.gazetteer.GeoPoint;

/** Small gold and prediction builders; names and coordinates are our own examples. */
final class Fixtures {

    /** Kilometres per degree of latitude on the sphere {@link GeoPoint} uses. */
    static final double KM_PER_DEGREE_LAT = 2 * Math.PI * GeoPoint.EARTH_RADIUS_KM / 360;

    static final GeoPoint KAFR_NABL = new GeoPoint(35.6136, 36.5611);
    static final GeoPoint MAARAT_AL_NUMAN = new GeoPoint(35.6478, 36.6747);

    private Fixtures() {
    }

    /**
     * The folder of the hand-made boundary fixture — a long thin governorate SY99 and a two-part
     * district SY9901 — whose {@code admin*.geojson} files {@link AdminBoundaries#read(Path)} reads.
     * The fixture P-codes are not OCHA's, so they are never mistaken for real units.
     */
    static Path boundariesDir() {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/evaluate/hand-made-boundaries")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The point {@code km} kilometres due north of {@code p}. */
    static GeoPoint north(GeoPoint p, double km) {
        return new GeoPoint(p.lat() + km / KM_PER_DEGREE_LAT, p.lon());
    }

    static GoldPlace gold(String surface, GoldKind kind, @Nullable GeoPoint point) {
        return new GoldPlace(surface, surface, kind, point, null);
    }

    static GoldPlace gold(String surface, GoldKind kind, GeoPoint point, String ref) {
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
