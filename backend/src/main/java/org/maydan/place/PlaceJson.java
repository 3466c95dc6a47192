package org.maydan.place;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.Candidate;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceName;

/** A place as served by {@code /api/places}. */
record PlaceJson(String id, String kind, String nameAr, String nameEn, double lat, double lon,
        @Nullable Double radiusKm, AdminPath admin, String country, @Nullable Long population,
        int geoPrecision, @Nullable String match, @Nullable Double score, List<PlaceName> names,
        String source, String licence) {

    static PlaceJson of(Place p) {
        return new PlaceJson(p.id(), p.kind().code(), p.nameAr(), p.nameEn(), p.lat(), p.lon(),
                p.radiusKm(), p.admin(), p.country(), p.population(), p.geoPrecision(), null, null,
                p.names(), p.source(), p.licence());
    }

    static PlaceJson of(Candidate c) {
        Place p = c.place();
        return new PlaceJson(p.id(), p.kind().code(), p.nameAr(), p.nameEn(), p.lat(), p.lon(),
                p.radiusKm(), p.admin(), p.country(), p.population(), c.geoPrecision(),
                c.quality().name().toLowerCase(java.util.Locale.ROOT), c.score(), p.names(),
                p.source(), p.licence());
    }
}
