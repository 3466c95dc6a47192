package org.maydan.extract;

import java.util.ArrayList;
import java.util.List;
import org.maydan.gazetteer.Toponym;
import org.maydan.gazetteer.ToponymKind;

/**
 * A place named in the article, over the geoparser's tokens {@code [from, to)}: what extraction
 * attaches events to.
 */
record PlaceMention(ExtractedPlace place, int from, int to) {

    /** Tokens at most between two places when one is put inside or coordinated with the other. */
    static final int CONTAINMENT_GAP = 2;
    /** {@link #rank} of a region: a named region or a countryside (ريف حماة). */
    static final int REGION_RANK = 2;
    /** {@link #rank} of a town, village, neighbourhood or other point. */
    static final int SPECIFIC_RANK = 3;

    /** The geoparser's mentions that may place an event, in text order; countries place none. */
    static List<PlaceMention> of(List<Toponym> toponyms) {
        List<PlaceMention> out = new ArrayList<>(toponyms.size());
        for (Toponym t : toponyms) {
            if (t.kind() != ToponymKind.COUNTRY) {
                out.add(new PlaceMention(ExtractedPlace.of(t), t.firstToken(), t.endToken()));
            }
        }
        return out;
    }

    /** How specific the place is: 0 country, 1 governorate, {@value #REGION_RANK} region, {@value #SPECIFIC_RANK} a point. */
    int rank() {
        return rank(place);
    }

    /** Whether the place is a town, village or other point, not an area. */
    boolean isSpecific() {
        return rank() >= SPECIFIC_RANK;
    }

    static int rank(ExtractedPlace place) {
        return switch (place.kind()) {
            case "country" -> 0;
            case "governorate" -> 1;
            case "region" -> REGION_RANK;
            default -> SPECIFIC_RANK;
        };
    }
}
