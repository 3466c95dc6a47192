package org.maydan.gazetteer.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one-letter proclitics attached to an Arabic word, in their only order: a conjunction (و or
 * ف), then a preposition (ب، ل or ك), then the article ال — وبالرقة is و + ب + الرقة. The
 * preposition ل before the article drops its alef (للرقة is ل + الرقة). A proclitic or the article
 * is read off only when at least {@value #MIN_STEM} letters stay (وتل، بحي).
 *
 * <p>Two views of the same readings: {@link #readings} lists the forms of a word for word lists
 * (the article taken off too), {@link #splits}, {@link #maxPrefix} and {@link ProcliticWords} walk
 * the proclitic prefixes of a token for name lookup, where the article is part of the name. All
 * work on normalized tokens ({@link ArabicNormalizer}). Stateless.
 */
public final class Proclitics {

    /** Fewest letters a proclitic or the article may leave: تل and حي are stems. */
    public static final int MIN_STEM = 2;
    /**
     * Fewest letters a reading for word lists leaves: shorter remainders (بل، به read as ب + ل، ب + ه)
     * would be taken for list words. One exception: a conjunction before a two-letter particle or
     * verb (ولم، فلا، وفي، ومن، وشن) is read off, as those particles are what the lists hold.
     */
    public static final int MIN_WORD_STEM = 3;
    /** Most proclitic letters before a stem: a conjunction and a preposition (وب، فل). */
    public static final int MAX_PREFIX = 2;

    private static final String ARTICLE = "ال";
    /**
     * إلى (normalized): a preposition takes no article, so ال + these letters is another word (الآلي,
     * "automatic"), never "to".
     */
    private static final String TO = "الي";
    /** At most: the word; without the preposition; without the conjunction; both; each ± article. */
    private static final int MAX_READINGS = 8;

    /** A way to read a token: the proclitic taken off and the remaining name form. */
    public record Split(String prefix, String remainder) {
    }

    private Proclitics() {
    }

    /** Whether {@code c} is a conjunction proclitic: و or ف. */
    public static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    /** Whether {@code c} is a preposition proclitic: ب، ل or ك. */
    public static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    /**
     * The longest proclitic prefix {@code token} may start with (0, 1 or 2 letters): every shorter
     * prefix is a proclitic reading too, and each leaves at least {@value #MIN_STEM} letters.
     * Allocation-free, for hot loops that walk the readings themselves.
     */
    public static int maxPrefix(String token) {
        int k = 0;
        if (token.length() - 1 >= MIN_STEM && isConjunction(token.charAt(0))) {
            k = 1;
        }
        if (token.length() - k - 1 >= MIN_STEM && isPreposition(token.charAt(k))) {
            k++;
        }
        return k;
    }

    /**
     * Whether the reading after a {@code k}-letter proclitic prefix ending in ل is ال + rest: the
     * preposition ل before the article, whose alef it drops (للقرية، وللقرية).
     */
    public static boolean dropsArticleAlef(String token, int k) {
        return k > 0 && token.charAt(k - 1) == 'ل' && token.length() - k - 1 >= MIN_STEM
                && token.charAt(k) == 'ل';
    }

    /**
     * The readings of {@code token} with a proclitic removed, shortest prefix first; the token itself
     * is not included. After ل + ل both readings come, ال + rest first (للقرية) and then the word
     * as written (للبنان is ل + لبنان).
     */
    public static List<Split> splits(String token) {
        int max = maxPrefix(token);
        List<Split> out = new ArrayList<>(max + 1);
        for (int k = 1; k <= max; k++) {
            String prefix = token.substring(0, k);
            String rest = token.substring(k);
            if (dropsArticleAlef(token, k)) {
                out.add(new Split(prefix, "ا" + rest));
            }
            out.add(new Split(prefix, rest));
        }
        return out;
    }

    /**
     * The forms of a word for word lists, in a fixed order: the word itself; then, for each reading
     * of its proclitics (none, the preposition off, the conjunction off, both off; ل + ال read as
     * ال), that reading and, after it, the same without the article. Distinct forms only. A
     * three-letter word opening with و or ف also reads as the two letters after it (ولم: لم).
     */
    public static String[] readings(String token) {
        if (token.length() == MIN_WORD_STEM && isConjunction(token.charAt(0))) {
            return new String[] {token, token.substring(1)};
        }
        if (token.length() <= MIN_WORD_STEM || "وفبلكا".indexOf(token.charAt(0)) < 0) {
            return new String[] {token};
        }
        String[] out = new String[MAX_READINGS];
        int size = addPrepositionReadings(out, 0, token);
        if (isConjunction(token.charAt(0))) {
            size = addPrepositionReadings(out, size, token.substring(1));
        }
        return Arrays.copyOf(out, size);
    }

    /** {@code w} with and without its article, then without a preposition (ل + ال as ال). */
    private static int addPrepositionReadings(String[] out, int size, String w) {
        int n = addWithoutArticle(out, size, w);
        if (w.length() > MIN_WORD_STEM && isPreposition(w.charAt(0))) {
            if (w.charAt(0) == 'ل' && w.charAt(1) == 'ل' && w.length() - 2 >= MIN_WORD_STEM) {
                n = addWithoutArticle(out, n, ARTICLE + w.substring(2));
            } else {
                n = addWithoutArticle(out, n, w.substring(1));
            }
        }
        return n;
    }

    private static int addWithoutArticle(String[] out, int size, String w) {
        int n = addDistinct(out, size, w);
        if (w.startsWith(ARTICLE) && w.length() - ARTICLE.length() >= MIN_WORD_STEM
                && !(w.length() == ARTICLE.length() + TO.length() && w.endsWith(TO))) {
            n = addDistinct(out, n, w.substring(ARTICLE.length()));
        }
        return n;
    }

    private static int addDistinct(String[] out, int size, String form) {
        for (int i = 0; i < size; i++) {
            if (out[i].equals(form)) {
                return size;
            }
        }
        out[size] = form;
        return size + 1;
    }

    /**
     * Whether {@code token} carries the preposition ل before its reading {@code form} (a purpose
     * clause: للسيطرة، لصد), the article between them not counted.
     */
    public static boolean hasLamBefore(String token, String form) {
        int cut = token.length() - form.length();
        if (cut <= 0) {
            return false;
        }
        int end = cut;
        if (token.startsWith(ARTICLE, end - ARTICLE.length()) && end >= ARTICLE.length()) {
            end -= ARTICLE.length();
        }
        return end > 0 && token.charAt(end - 1) == 'ل';
    }
}
