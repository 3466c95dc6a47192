package org.maydan.gazetteer.resolve;

import java.util.Comparator;
import java.util.List;
import org.maydan.gazetteer.Candidate;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.Toponym.Cue;

/** How notable a place is without any context: its kind, population and whether it is Syrian. */
public final class Prominence {

    /** Weight of the kind (see {@link #kindWeight}). */
    static final double W_KIND = 1.0;
    /** Weight per decade of population (log10), capped at {@link #MAX_POPULATION_DECADES}. */
    static final double W_POPULATION = 0.3;
    static final double MAX_POPULATION_DECADES = 7;
    /** People of a city whose name needs no cue even where it is also a word (see {@link #needsNoCue}). */
    static final long BIG_CITY = 100_000;
    /** Bonus for a place in Syria: the news we read is about Syria. */
    static final double W_SYRIA = 1.0;

    /** Most prominent first; ties by id, so orders are stable. */
    public static final Comparator<Place> ORDER = Comparator
            .comparingDouble(Prominence::score).reversed().thenComparing(Place::id);

    private Prominence() {
    }

    /** The context-free prominence score. */
    public static double score(Place place) {
        double population = place.population() == null ? 0
                : Math.min(MAX_POPULATION_DECADES, Math.log10(1 + place.population()));
        double syria = "SY".equals(place.country()) ? W_SYRIA : 0;
        return W_KIND * kindWeight(place) + W_POPULATION * population + syria;
    }

    /**
     * Whether a name that is also an ordinary word or a given name means one of these places with
     * only this cue, which is not a strong one. A governorate's name (حلب، حماة، حمص، درعا) or a city
     * of at least {@value #BIG_CITY} people needs none: news names them constantly, far more than the
     * words they spell. A district's centre or another city (الباب، تدمر) needs a locative
     * preposition at least (في الباب, not فتح الباب). A town or village needs a strong cue
     * ({@link Cue#isStrong}): words such as الشهداء or السجن follow prepositions too (عدد من الشهداء).
     * Only the name as the places are written counts: a loose form that is a word of its own (جبلي,
     * "mountainous", for the city جبلة) is not what news calls the city.
     */
    public static boolean needsNoCue(List<Candidate> candidates, Cue cue) {
        boolean preposition = cue == Cue.PREPOSITION;
        for (Candidate c : candidates) {
            if (c.quality() != Candidate.MatchQuality.EXACT) {
                continue;
            }
            PlaceKind kind = c.place().kind();
            Long population = c.place().population();
            if (kind == PlaceKind.GOVERNORATE
                    || kind == PlaceKind.CITY && population != null && population >= BIG_CITY) {
                return true;
            }
            if (preposition && (kind == PlaceKind.DISTRICT || kind == PlaceKind.CITY)) {
                return true;
            }
        }
        return false;
    }

    private static double kindWeight(Place place) {
        return switch (place.kind()) {
            case GOVERNORATE -> 2.0;
            case CITY -> 1.8;
            case COUNTRY -> 1.6;
            case TOWN -> 1.2;
            case DISTRICT, REGION -> 0.9;
            case SUBDISTRICT -> 0.7;
            case VILLAGE -> 0.6;
            case NEIGHBOURHOOD -> 0.3;
            case OTHER -> 0.2;
        };
    }
}
