package org.maydan.extract;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.Toponym;
import org.maydan.gazetteer.ToponymKind;

/**
 * A place named in the article, over the geoparser's tokens {@code [from, to)}: what extraction
 * attaches events to. {@code cue} is what in the text marked the name as a place, {@code country}
 * the ISO code of the place ("" if unknown), {@code radiusKm} the radius of an area (null for a
 * point or when unknown) and {@code neighbourhood} whether the place is a quarter of a city.
 */
record PlaceMention(ExtractedPlace place, int from, int to, Toponym.Cue cue, String country,
        @Nullable Double radiusKm, boolean neighbourhood) {

    /** Tokens at most between two places when one is put inside or coordinated with the other. */
    static final int CONTAINMENT_GAP = 2;
    /** {@link #rank} of a governorate. */
    static final int GOVERNORATE_RANK = 1;
    /** {@link #rank} of a region: a named region or a countryside (ريف حماة). */
    static final int REGION_RANK = 2;
    /** {@link #rank} of a town, village, neighbourhood or other point. */
    static final int SPECIFIC_RANK = 3;
    /** The country whose war the events are about: an agreement applies to part of it. */
    static final String SYRIA = "SY";

    /** A mention with no cue, in Syria, of no known extent, no neighbourhood: for fixtures. */
    PlaceMention(ExtractedPlace place, int from, int to) {
        this(place, from, to, Toponym.Cue.NONE, SYRIA, null, false);
    }

    /** The geoparser's mentions that may place an event, in text order; countries place none. */
    static List<PlaceMention> of(List<Toponym> toponyms) {
        List<PlaceMention> out = new ArrayList<>(toponyms.size());
        for (Toponym t : toponyms) {
            if (t.kind() != ToponymKind.COUNTRY) {
                Place p = t.bestGuess();
                out.add(new PlaceMention(ExtractedPlace.of(t), t.firstToken(), t.endToken(), t.cue(),
                        p == null ? "" : p.country(), p == null ? null : p.radiusKm(),
                        p != null && p.kind() == PlaceKind.NEIGHBOURHOOD));
            }
        }
        return out;
    }

    /** How specific the place is: 0 country, {@value #GOVERNORATE_RANK} governorate, {@value #REGION_RANK} region, {@value #SPECIFIC_RANK} a point. */
    int rank() {
        return rank(place);
    }

    /** Whether the place is a town, village or other point, not an area. */
    boolean isSpecific() {
        return rank() >= SPECIFIC_RANK;
    }

    /**
     * Whether the place lies beyond Syria's neighbours: a city far abroad is where talks or a deal
     * were (أستانة), never where the war's fighting or strikes took place.
     */
    boolean farAbroad() {
        return !country.isEmpty() && !Place.nearSyria(country);
    }

    /** Whether the place is in Syria (or of unknown country). */
    boolean inSyria() {
        return country.isEmpty() || country.equals(SYRIA);
    }

    static int rank(ExtractedPlace place) {
        return switch (place.kind()) {
            case "country" -> 0;
            case "governorate" -> GOVERNORATE_RANK;
            case "region" -> REGION_RANK;
            default -> SPECIFIC_RANK;
        };
    }

    /** The index of the first of {@code mentions} (in text order) starting at or after token {@code token}. */
    static int firstAtOrAfter(List<PlaceMention> mentions, int token) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).from() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
