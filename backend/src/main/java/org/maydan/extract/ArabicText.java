package org.maydan.extract;

import java.util.Arrays;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * The one normalisation used for text and for lexicon entries: Lucene's Arabic normaliser (hamza
 * forms of alef to ا, ى to ي, ة to ه, no tatweel or harakat) plus Arabic-Indic digits to ASCII and Latin letters to lower case (English month names in tweet footers).
 * {@link #forms} gives a token with its one-letter proclitics and article peeled off, so lexicon
 * entries are written once without و ف ب ل ك ال.
 */
final class ArabicText {

    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final int MIN_STEM = 2;
    /** A word with none of these first letters has no proclitic and no article: it is its only form. */
    private static final String PROCLITIC_OR_ARTICLE = "وفبلكا";
    /** The word, without و/ف, each with and without a preposition, each with and without ال. */
    private static final int MAX_FORMS = 8;
    private static final char ASCII_END = 0x80;
    /** U+0620..U+065F: Arabic letters, tatweel and harakat, all word chars. */
    private static final char ARABIC_LETTERS_FIRST = '\u0620';
    private static final char ARABIC_MARKS_LAST = '\u065F';

    private ArabicText() {
    }

    static String normalize(CharSequence word) {
        char[] chars = new char[word.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(word.charAt(i));
        }
        int length = NORMALIZER.normalize(chars, chars.length);
        return new String(chars, 0, length);
    }

    static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return Character.toLowerCase(c);
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return c;
    }

    static boolean isWordChar(char c) {
        if (c < ASCII_END) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (c >= ARABIC_LETTERS_FIRST && c <= ARABIC_MARKS_LAST) {
            return true;
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '\u0640';
    }

    /**
     * The normalised word and its readings without proclitics: conjunction و/ف, then preposition
     * ب/ل/ك (لل as ل+ال), then the article ال. The first form is the word itself.
     */
    static String[] forms(String norm) {
        if (norm.length() <= MIN_STEM + 1 || PROCLITIC_OR_ARTICLE.indexOf(norm.charAt(0)) < 0) {
            return new String[] {norm};
        }
        Forms out = new Forms(norm);
        addReadings(out, norm);
        if (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') {
            addReadings(out, norm.substring(1));
        }
        return out.toArray();
    }

    /** {@code w} with and without its article, then without a preposition ب/ل/ك (لل as ل+ال). */
    private static void addReadings(Forms out, String w) {
        addWithArticle(out, w);
        if (w.length() > MIN_STEM + 1) {
            char c = w.charAt(0);
            if (w.startsWith("لل") && w.length() > MIN_STEM + 2) {
                addWithArticle(out, "ال" + w.substring(2));
            } else if (c == 'ب' || c == 'ل' || c == 'ك') {
                addWithArticle(out, w.substring(1));
            }
        }
    }

    private static void addWithArticle(Forms out, String w) {
        out.add(w);
        if (w.startsWith("ال") && w.length() > MIN_STEM + 2) {
            out.add(w.substring(2));
        }
    }

    /** The distinct forms of one word in the order found; a word has at most {@value #MAX_FORMS}. */
    private static final class Forms {

        private final String[] forms = new String[MAX_FORMS];
        private int size;

        Forms(String word) {
            forms[size++] = word;
        }

        void add(String form) {
            for (int i = 0; i < size; i++) {
                if (forms[i].equals(form)) {
                    return;
                }
            }
            forms[size++] = form;
        }

        String[] toArray() {
            return Arrays.copyOf(forms, size);
        }
    }

    /** True if the token carries a ل proclitic before {@code form} (a purpose clause: للسيطرة، لصد). */
    static boolean hasLamProclitic(String norm, String form) {
        int cut = norm.length() - form.length();
        if (cut <= 0) {
            return false;
        }
        String prefix = norm.substring(0, cut);
        if (prefix.endsWith("ال")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix.endsWith("ل");
    }
}
