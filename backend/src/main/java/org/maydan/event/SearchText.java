package org.maydan.event;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * The one folding of text for the {@code q} filter, applied to an event's evidence sentences when
 * they are stored (column {@code event.search_text}) and to the query when it is read, so a search
 * ignores case and diacritics in Arabic and Latin script alike: {@code قصف} finds {@code قَصَفَ},
 * {@code احمد} finds {@code أحمد}, {@code elan} finds {@code Élan}.
 *
 * <p>Folding: Unicode NFKD (which splits {@code أ إ آ ؤ ئ} into their letter and a hamza or madda
 * mark, and {@code É} into {@code E} and an accent), then the marks below and tatweel are dropped,
 * then lower case. The marks are listed as explicit ranges so that the PostgreSQL function
 * {@code maydan_fold} of the V6 migration, which folds rows stored before V6, can list the same
 * ones; a PostGIS contract test holds the two equal.
 */
public final class SearchText {

    /** The longest folded text stored per event; an event's sentences beyond it are not searched. */
    public static final int MAX_CHARS = 100_000;
    /** Separates the sentences of one event, so a query cannot match across two of them. */
    static final char SENTENCE_BREAK = '\n';
    private static final char TATWEEL = '\u0640';

    /** Inclusive ranges of the combining marks dropped: Latin accents and Arabic harakat, hamza and Quranic marks. */
    private static final char[][] MARKS = {
        {'\u0300', '\u036F'}, {'\u0610', '\u061A'}, {'\u064B', '\u065F'}, {'\u0670', '\u0670'},
        {'\u06D6', '\u06DC'}, {'\u06DF', '\u06E4'}, {'\u06E7', '\u06E8'}, {'\u06EA', '\u06ED'},
    };

    private SearchText() {
    }

    /** The folded form of {@code text}. */
    public static String fold(String text) {
        String split = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(split.length());
        for (int i = 0; i < split.length(); i++) {
            char c = split.charAt(i);
            if (c != TATWEEL && !isMark(c)) {
                folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString();
    }

    /** What is stored for an event: its distinct sentences, folded, one per line, cut at {@link #MAX_CHARS}. */
    public static String ofSentences(Collection<String> sentences) {
        String joined = String.join(String.valueOf(SENTENCE_BREAK), new LinkedHashSet<>(sentences));
        String folded = fold(joined);
        return folded.length() <= MAX_CHARS ? folded : folded.substring(0, MAX_CHARS);
    }

    /** The marks dropped, as a regular-expression character class, for the SQL function and its test. */
    static String markClass() {
        StringBuilder regex = new StringBuilder("[");
        for (char[] range : MARKS) {
            regex.append(String.format("\\u%04x-\\u%04x", (int) range[0], (int) range[1]));
        }
        return regex.append(String.format("\\u%04x]", (int) TATWEEL)).toString();
    }

    private static boolean isMark(char c) {
        for (char[] range : MARKS) {
            if (c >= range[0] && c <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
