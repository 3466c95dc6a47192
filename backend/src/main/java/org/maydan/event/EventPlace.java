package org.maydan.event;

import org.jspecify.annotations.Nullable;

/**
 * Where an event happened, as resolved by the gazetteer.
 *
 * @param ref stable identifier of the place, e.g. {@code ocha:C3209}; part of the event's natural key
 * @param name English name (ACLED {@code location})
 * @param nameAr Arabic name
 * @param admin1 governorate, in English
 * @param admin2 district, in English, if known
 * @param latitude WGS 84 latitude
 * @param longitude WGS 84 longitude
 */
public record EventPlace(String ref, String name, String nameAr, @Nullable String admin1,
        @Nullable String admin2, double latitude, double longitude) {}
