package org.maydan.gazetteer;

/**
 * A place a name or query may refer to, how well the name matched, and a score (higher is better;
 * comparable only within one result list). {@code geoPrecision} is ACLED's: 1 a point place, 2 a
 * part of a governorate, 3 a governorate, country or a vaguely bounded large region.
 */
public record Candidate(Place place, MatchQuality quality, double score, int geoPrecision) {

    /** How a name form met the place's names; exact forms always rank above looser ones. */
    public enum MatchQuality {
        /** The normalized name equals one of the place's normalized names. */
        EXACT,
        /** Equal after dropping ال, joining compounds or folding a final ي/ة/ا. */
        LOOSE,
        /**
         * Equal loose keys once the long vowels ا و ي inside the name are dropped (كفرنبيل /
         * كفرنبل); accepted in text only next to a settlement noun, a locative word or a hashtag.
         */
        VOWEL_VARIANT,
        /** Equal sound skeleton (Latin transliterations). */
        SKELETON,
        /** Close sound skeleton (a letter away). */
        FUZZY,
        /** Built from a phrase such as ريف حماة الشمالي. */
        REGION_PHRASE,
        /**
         * Equal to one of the names an OCHA name cell joins (حانوتة of تل حواصيد_حانوتة), which alone
         * is no name of the place: accepted in text only after a settlement noun or in a list of
         * places (see {@code MentionFilter}).
         */
        WEAK
    }

    /** A candidate whose precision is its place's kind's. */
    public static Candidate of(Place place, MatchQuality quality, double score) {
        return new Candidate(place, quality, score, place.geoPrecision());
    }

    /** This candidate with another score. */
    public Candidate withScore(double newScore) {
        return new Candidate(place, quality, newScore, geoPrecision);
    }
}
