package org.maydan.gazetteer.resolve;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.PlaceName;
import org.maydan.gazetteer.text.ArabicNormalizer;

/**
 * Neighbourhoods read in the city the text names: which city a neighbourhood mention belongs to,
 * and a neighbourhood the gazetteer does not list, placed at its city's point.
 */
public final class CityNeighbourhoods {

    /** How far from a city's point its neighbourhoods lie, at most. */
    public static final double NEIGHBOURHOOD_KM = 10.0;
    /** Confidence of a neighbourhood placed at its city's point: where in the city, the text alone knows. */
    public static final double AT_CITY_CONFIDENCE = 0.75;
    /** Ranks of one class of context city: more than any token distance within a sentence. */
    private static final long SENTENCE_RANKS = 1L << 32;
    private static final String ARABIC = "ar";
    private static final String ID_PREFIX = "within:";

    /** A place the text names, where: its sentence and first token. */
    public record Located(int sentence, int firstToken, Place place) {
    }

    private CityNeighbourhoods() {
    }

    /**
     * The city a neighbourhood mention at ({@code sentence}, {@code firstToken}) belongs to, of the
     * {@code named} places: of the cities and towns named in its sentence (حي الصناعة في مدينة دير
     * الزور) a city before a town, then the nearest; else the last one named before its sentence
     * (حي الصناعة شرق المدينة). Null when the text names none.
     */
    public static @Nullable Place contextCity(List<Located> named, int sentence, int firstToken) {
        Place best = null;
        long bestRank = Long.MAX_VALUE;
        for (Located other : named) {
            Place p = other.place();
            if (!isCityOrTown(p) || other.sentence() > sentence || other.firstToken() == firstToken) {
                continue;
            }
            long rank = other.sentence() == sentence
                    ? (p.kind() == PlaceKind.CITY ? 0 : SENTENCE_RANKS) + Math.abs(other.firstToken() - firstToken)
                    : 2L * SENTENCE_RANKS + (long) Integer.MAX_VALUE - other.firstToken();
            if (rank < bestRank) {
                best = p;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Whether a place is a city or a town: what has neighbourhoods. */
    public static boolean isCityOrTown(Place p) {
        return p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.TOWN;
    }

    /**
     * A neighbourhood {@code name} the gazetteer does not list in {@code city}: at the city's point
     * and in its units, with an id of its own ({@code within:<city id>:<normalized name>}).
     */
    public static Place at(Place city, String name) {
        String id = ID_PREFIX + city.id() + ":" + ArabicNormalizer.normalize(name);
        return new Place(id, PlaceKind.NEIGHBOURHOOD, name, name + " (" + city.nameEn() + ")",
                List.of(new PlaceName(ARABIC, name)), city.lat(), city.lon(), null,
                city.admin(), city.country(), null, city.source(), city.licence(), List.of());
    }
}
