package org.maydan.extract;

import java.util.ArrayList;
import java.util.List;
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
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '\u0640';
    }

    /**
     * The normalised word and its readings without proclitics: conjunction و/ف, then preposition
     * ب/ل/ك (لل as ل+ال), then the article ال. The first form is the word itself.
     */
    static String[] forms(String norm) {
        List<String> out = new ArrayList<>(6);
        out.add(norm);
        List<String> afterConjunction = new ArrayList<>(2);
        afterConjunction.add(norm);
        if (norm.length() > MIN_STEM + 1 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف')) {
            afterConjunction.add(norm.substring(1));
        }
        for (String w : afterConjunction) {
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
        return out.toArray(String[]::new);
    }

    private static void addWithArticle(List<String> out, String w) {
        if (!out.contains(w)) {
            out.add(w);
        }
        if (w.startsWith("ال") && w.length() > MIN_STEM + 2) {
            String bare = w.substring(2);
            if (!out.contains(bare)) {
                out.add(bare);
            }
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
