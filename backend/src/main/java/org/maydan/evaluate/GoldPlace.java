package org.maydan.evaluate;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.AdminBoundaries;
import org.maydan.gazetteer.GeoPoint;

/**
 * A place of the gold annotation. {@code point} is null where the annotators found no verified
 * coordinate; such places are left out of the scores.
 */
public record GoldPlace(String surface, String name, GoldKind kind, @Nullable GeoPoint point, @Nullable String ref) {

    private static final String PCODE_PREFIX = "pcode:";

    /** The OCHA admin P-code (e.g. {@code SY0503}) when this is a governorate or region that has one. */
    public Optional<String> adminPcode() {
        if (ref == null || !kind.matchedByBoundary() || !ref.startsWith(PCODE_PREFIX + "SY")) {
            return Optional.empty();
        }
        return Optional.of(ref.substring(PCODE_PREFIX.length()));
    }

    /**
     * Whether {@code candidate} counts as this place: inside its admin boundary when it has one
     * and the boundary is known, otherwise within the kind's distance tolerance.
     */
    public boolean covers(GeoPoint candidate, AdminBoundaries boundaries) {
        if (point == null) {
            return false;
        }
        Optional<String> pcode = adminPcode().filter(boundaries::has);
        if (pcode.isPresent()) {
            return boundaries.covers(pcode.get(), candidate.lat(), candidate.lon());
        }
        return point.distanceKm(candidate) <= kind.toleranceKm();
    }

    /** The rule {@link #covers} applies, in words for reports: {@code boundary SY07} or {@code tolerance 5.0 km}. */
    public String toleranceText(AdminBoundaries boundaries) {
        return adminPcode().filter(boundaries::has).map(p -> "boundary " + p)
                .orElseGet(() -> "tolerance " + Report.km(kind.toleranceKm()));
    }

    public boolean hasPoint() {
        return point != null;
    }

    List<String> names() {
        return List.of(surface, name);
    }

    /** Surface, English name and kind, e.g. {@code كفرنبل (Kafr Nabl, town)}. */
    public String label() {
        return surface + " (" + name + ", " + kind.label() + ")";
    }
}
