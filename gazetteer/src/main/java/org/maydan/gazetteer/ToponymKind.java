package org.maydan.gazetteer;

import java.util.Locale;

/**
 * The kind of a toponym in the output contract ({@code places[].kind} of the extraction JSONL and
 * the evaluation gold): coarser than {@link PlaceKind}, whose districts and sub-districts are
 * regions and whose neighbourhoods are "other".
 */
public enum ToponymKind {
    CITY, TOWN, VILLAGE, REGION, GOVERNORATE, COUNTRY, OTHER;

    /** Lowercased once: the extractor asks the code of every place of every article. */
    private final String code = name().toLowerCase(Locale.ROOT);

    /** The lowercase wire name, e.g. {@code village}. */
    public String code() {
        return code;
    }

    /** The contract kind of a gazetteer place kind. */
    public static ToponymKind of(PlaceKind kind) {
        return switch (kind) {
            case CITY -> CITY;
            case TOWN -> TOWN;
            case VILLAGE -> VILLAGE;
            case DISTRICT, SUBDISTRICT, REGION -> REGION;
            case GOVERNORATE -> GOVERNORATE;
            case COUNTRY -> COUNTRY;
            case NEIGHBOURHOOD, OTHER -> OTHER;
        };
    }
}
