package org.maydan.extract;

import org.jspecify.annotations.Nullable;

/**
 * One resolved place mention; offsets are char offsets into the original text, [start, end).
 *
 * @param kind city, town, village, neighbourhood, region, governorate, country or other
 * @param geoPrecision ACLED's: 1 exact town, 2 near or part of a region, 3 only a larger region
 */
public record Toponym(int start, int end, String surface, String ref, String name, String nameAr,
        String kind, @Nullable Double lat, @Nullable Double lon, @Nullable String admin1,
        double confidence, int geoPrecision) {
}
