package org.maydan.gazetteer.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.maydan.gazetteer.Candidate;
import org.maydan.gazetteer.Candidate.MatchQuality;
import org.maydan.gazetteer.GeoPoint;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.RankingContext;

/**
 * The default ranking of the places a name may refer to. The match quality comes first (an exact
 * name beats a loose one whatever the context); within a quality, context (the caller's admin units
 * and nearby resolved points) outweighs prominence (kind, population, Syria).
 */
public final class HomonymRanker {

    /** Gap between quality tiers; larger than any sum of the other terms. */
    static final double QUALITY_TIER = 20.0;
    /** Bonus when the place lies in a governorate the caller named. */
    static final double W_ADMIN1 = 4.0;
    /** Extra bonus when its district is named too. */
    static final double W_ADMIN2 = 1.5;
    /** Extra bonus when its sub-district is named too. */
    static final double W_ADMIN3 = 1.0;
    /** Bonus for a nearby resolved point, decaying with distance. */
    static final double W_NEARBY = 3.0;
    /** Distance at which the nearby bonus has fallen to 1/e. */
    static final double NEARBY_SCALE_KM = 25.0;

    /** Tiers of match quality; a weak name's candidates, which meet no others, stand below all. */
    private static final int TIERS = MatchQuality.REGION_PHRASE.ordinal() + 1;

    private HomonymRanker() {
    }

    /** The candidates re-scored in the context, best first. */
    public static List<Candidate> rank(List<Candidate> candidates, RankingContext context) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            out.add(c.withScore(score(c.place(), c.quality(), context)));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.place().id()));
        return out;
    }

    /** The score of one place for a match of some quality in a context. */
    public static double score(Place place, MatchQuality quality, RankingContext context) {
        double tier = Math.max(0, TIERS - quality.ordinal()) * QUALITY_TIER;
        return tier + contextScore(place, context) + Prominence.score(place);
    }

    private static double contextScore(Place place, RankingContext context) {
        double score = 0;
        var admin = place.admin();
        for (String pcode : context.adminPcodes()) {
            if (pcode.equals(admin.admin1Pcode())) {
                score = Math.max(score, W_ADMIN1);
            } else if (pcode.equals(admin.admin2Pcode())) {
                score = Math.max(score, W_ADMIN1 + W_ADMIN2);
            } else if (pcode.equals(admin.admin3Pcode())) {
                score = Math.max(score, W_ADMIN1 + W_ADMIN2 + W_ADMIN3);
            }
        }
        return score + W_NEARBY * nearness(place, context.nearby());
    }

    /**
     * How near the place lies to the nearest of the points: 1 at it, 1/e at {@link #NEARBY_SCALE_KM},
     * 0 with no points.
     */
    static double nearness(Place place, List<GeoPoint> points) {
        double nearest = Double.MAX_VALUE;
        for (GeoPoint p : points) {
            nearest = Math.min(nearest, GeoPoint.haversine(place.lat(), place.lon(), p.lat(), p.lon()));
        }
        return nearest == Double.MAX_VALUE ? 0 : Math.exp(-GeoPoint.kmOfHaversine(nearest) / NEARBY_SCALE_KM);
    }
}
