package org.maydan.gazetteer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.match.MentionFilter;

/**
 * A place: a stable id ({@code source:id}, e.g. {@code pcode:C3751}, {@code geonames:168660}), its
 * primary Arabic and English names, every name variant with its language, kind, a WGS84 point,
 * for areas the radius in km of a circle covering them, the administrative path, the ISO 3166-1
 * alpha-2 country code ("" if unknown), population where
 * known, and provenance. {@code sameAs} lists the ids of records from other sources merged into
 * this one (the same village in GeoNames and OCHA).
 */
public record Place(
        String id,
        PlaceKind kind,
        String nameAr,
        String nameEn,
        List<PlaceName> names,
        double lat,
        double lon,
        @Nullable Double radiusKm,
        AdminPath admin,
        String country,
        @Nullable Long population,
        String source,
        String licence,
        List<String> sameAs) {

    /** Whether a place of this country (ISO code) is in Syria or a country bordering it. */
    public static boolean nearSyria(String country) {
        return MentionFilter.nearSyria(country);
    }


    /** Copies the lists so a place is immutable. */
    public Place {
        names = List.copyOf(names);
        // one string per country code: the scanner compares it for every candidate of every name
        country = country.intern();
        sameAs = List.copyOf(sameAs);
    }

    /** The ACLED-style geo_precision of this place (see {@link PlaceKind#geoPrecision()}). */
    public int geoPrecision() {
        return kind.geoPrecision();
    }

    /** Great-circle distance to a point, in km. */
    public double distanceKm(double otherLat, double otherLon) {
        return GeoPoint.distanceKm(lat, lon, otherLat, otherLon);
    }
}
