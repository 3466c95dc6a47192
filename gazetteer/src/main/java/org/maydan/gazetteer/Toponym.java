package org.maydan.gazetteer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.text.TokenizedText;

/**
 * A place name found in text and resolved in the context of its document.
 *
 * <p>{@code [start, end)} are char offsets into the original text covering the name without its
 * one-letter proclitic ({@code prefix}, e.g. "وب" of وبكفرنبل); {@code surface} is that slice, with
 * the article's alef restored where ل dropped it (للرقة: the slice لرقة, the surface الرقة).
 * {@code [firstToken, endToken)} are the tokens of the text ({@link TokenizedText}) the name spans.
 * {@code place} is the chosen place, or null when the name stays {@code ambiguous}: then
 * {@code alternatives} holds the candidates, best first (it always holds the ranked candidates, the
 * chosen one first). {@code confidence} is 0..1, from the cues that made the name a place and the
 * margin between the best candidates. {@code geoPrecision} is ACLED's (1 point, 2 part of a
 * governorate, 3 governorate or larger). {@code cue} says what marked the name as a place and
 * {@code evidence} what decided, for debugging.
 */
public record Toponym(
        int start,
        int end,
        int firstToken,
        int endToken,
        String surface,
        String prefix,
        ToponymKind kind,
        @Nullable Place place,
        double confidence,
        int geoPrecision,
        boolean ambiguous,
        List<Candidate> alternatives,
        Cue cue,
        Evidence evidence) {

    /** What in the text marked the name as a place. */
    public enum Cue {
        /** A region phrase, itself geographic. */
        REGION_PHRASE,
        /** A settlement or area noun before it: بلدة، قرية، مدينة، منطقة، محور، حاجز، أطراف... */
        SETTLEMENT_NOUN,
        /** A front: جبهة كبانة. */
        FRONT,
        /** A hashtag: #كفرنبل. */
        HASHTAG,
        /** It continues a list of places: قرى الف وباء وجيم. */
        LIST,
        /** Followed by the region it lies in: كفرنبل بريف إدلب، كفرنبل جنوب معرة النعمان. */
        LOCATED,
        /**
         * A locative preposition after a verb or noun of attack, motion or control in the same
         * clause: سيطرت القوات على ...، غارات على ...
         */
        ACTION,
        /** A locative preposition (في، على، من، إلى...), written apart or attached (بكفرنبل). */
        PREPOSITION,
        /** No cue: the name itself is distinctive. */
        NONE;

        /**
         * Whether the cue marks a place by itself, whatever the name: all but a bare preposition and
         * none, which a name that is also an ordinary word does not pass.
         */
        public boolean isStrong() {
            return this != PREPOSITION && this != NONE;
        }
    }

    /** Why a name was taken as a place and how its place was chosen. */
    public enum Evidence {
        /** A region phrase (ريف حماة الشمالي, شمال غربي سوريا). */
        REGION_PHRASE,
        /** The only candidate of a name that needs no cue. */
        UNIQUE,
        /** A governorate or region named in the same sentence picked the candidate. */
        LOCAL_ADMIN,
        /** Governorates, regions and unambiguous places elsewhere in the document picked it. */
        DOCUMENT_CONTEXT,
        /** No context decided; the most prominent candidate. */
        PROMINENCE,
        /** Candidates too close in score and far apart: no place chosen. */
        AMBIGUOUS,
        /**
         * A neighbourhood (حي X) of the city its sentence or the text before names: its homonym in
         * that city, or, where the gazetteer lists none there, the neighbourhood at the city's point.
         */
        CITY_NEIGHBOURHOOD
    }

    /** Copies the alternatives. */
    public Toponym {
        alternatives = List.copyOf(alternatives);
    }

    /** Latitude of the chosen place, or null when ambiguous. */
    public @Nullable Double lat() {
        return place == null ? null : place.lat();
    }

    /** Longitude of the chosen place, or null when ambiguous. */
    public @Nullable Double lon() {
        return place == null ? null : place.lon();
    }

    /** English name of the governorate (ACLED admin1) of the chosen place, if known. */
    public @Nullable String admin1() {
        return place == null ? null : place.admin().admin1En();
    }

    /** The chosen place, else the best alternative: what to map when a guess is acceptable. */
    public @Nullable Place bestGuess() {
        return place != null ? place : alternatives.isEmpty() ? null : alternatives.get(0).place();
    }
}
