package org.maydan.gazetteer.resolve;

import org.maydan.gazetteer.Candidate.MatchQuality;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceName;
import org.maydan.gazetteer.normalize.EditDistance;
import org.maydan.gazetteer.normalize.LatinSkeleton;
import org.maydan.gazetteer.normalize.LooseKeys;
import org.maydan.gazetteer.text.ArabicNormalizer;

/**
 * Scores a search hit: the match-quality tier and prominence of {@link HomonymRanker}, plus the
 * similarity of the query to the closest name of the place in the query's script, so that among
 * places sharing a skeleton the one spelled most like the query comes first.
 */
public final class SearchScorer {

    /** Weight of name similarity (0..1); below a quality tier, above prominence. */
    static final double W_SIMILARITY = 8.0;

    private final String arabicKey;
    private final String latinKey;
    private final boolean arabic;

    public SearchScorer(String query) {
        this.arabic = LatinSkeleton.isArabic(query);
        this.arabicKey = arabic ? LooseKeys.compact(ArabicNormalizer.normalize(query)) : "";
        this.latinKey = arabic ? "" : LatinSkeleton.vowelClasses(LatinSkeleton.fold(query));
    }

    public double score(Place place, MatchQuality quality) {
        return HomonymRanker.score(place, quality, org.maydan.gazetteer.RankingContext.NONE)
                + W_SIMILARITY * similarity(place);
    }

    private double similarity(Place place) {
        double best = 0;
        for (PlaceName name : place.names()) {
            if (name.isArabicScript() != arabic) {
                continue;
            }
            String key = arabic ? LooseKeys.compact(ArabicNormalizer.normalize(name.text()))
                    : LatinSkeleton.vowelClasses(LatinSkeleton.fold(name.text()));
            best = Math.max(best, EditDistance.similarity(arabic ? arabicKey : latinKey, key));
        }
        return best;
    }
}
