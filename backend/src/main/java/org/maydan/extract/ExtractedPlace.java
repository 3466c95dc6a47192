package org.maydan.extract;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.Toponym;

/**
 * A place of an article as the extraction contract writes it ({@code places[]} of the JSONL output,
 * and the place of each event): a {@link Toponym} of the geoparser with its place, or its best
 * guess when the name stays ambiguous, flattened. Offsets are char offsets into the article text,
 * {@code [start, end)}.
 *
 * @param name the English name, else the Arabic one
 * @param kind city, town, village, region, governorate, country or other
 * @param geoPrecision ACLED's: 1 exact town, 2 near or part of a region, 3 only a larger region
 */
public record ExtractedPlace(int start, int end, String surface, String ref, String name, String nameAr,
        String kind, double lat, double lon, @Nullable String admin1, double confidence, int geoPrecision) {

    /** The contract's view of a toponym that has a place or a best guess. */
    static ExtractedPlace of(Toponym t) {
        Place place = Objects.requireNonNull(t.bestGuess(), "a toponym without candidates");
        String name = place.nameEn().isBlank() ? place.nameAr() : place.nameEn();
        return new ExtractedPlace(t.start(), t.end(), t.surface(), place.id(), name, place.nameAr(),
                t.kind().code(), place.lat(), place.lon(), place.admin().admin1En(), t.confidence(),
                t.geoPrecision());
    }
}
