package org.maydan.gazetteer;

import java.util.Locale;

/** What a place is; the shipped TSV and the API use the lowercase names. */
public enum PlaceKind {
    COUNTRY, GOVERNORATE, DISTRICT, SUBDISTRICT, CITY, TOWN, VILLAGE, NEIGHBOURHOOD, REGION, OTHER;

    /** The lowercase wire name, e.g. {@code village}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; unknown names are {@link #OTHER}. */
    public static PlaceKind parse(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }

    /** Whether this is a populated place (city, town, village), the kinds that merge across sources. */
    public boolean isSettlement() {
        return this == CITY || this == TOWN || this == VILLAGE;
    }

    /**
     * The ACLED-style geo_precision of a place of this kind: 1 for a settlement or neighbourhood,
     * 2 for a part of a governorate (district, sub-district, named region), 3 for a governorate or
     * country.
     */
    public int geoPrecision() {
        return switch (this) {
            case CITY, TOWN, VILLAGE, NEIGHBOURHOOD, OTHER -> 1;
            case DISTRICT, SUBDISTRICT, REGION -> 2;
            case GOVERNORATE, COUNTRY -> 3;
        };
    }
}
