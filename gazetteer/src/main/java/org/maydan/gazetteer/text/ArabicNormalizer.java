package org.maydan.gazetteer.text;

import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * The one normalization of Arabic text: applied to place names when indexing, to the word lists
 * of the geoparser and the extractor when loading, and to every token of a text when reading it.
 *
 * <p>Per token: drops format controls (ZWJ, ZWNJ, LRM, RLM, bidi embeddings and isolates), Quranic
 * and extended marks and the dagger alef; maps Arabic-Indic and Persian digits to ASCII and the
 * Arabic decimal separator ٫ to a full stop, ٱ to ا, ؤ to و, ئ to ي, drops the standalone hamza ء,
 * folds Persian/Urdu/Kurdish letter forms (ک ی ۀ ھ گ پ چ ژ ڤ) to their Arabic counterparts and
 * lowercases Latin; then applies Lucene's {@code PersianNormalizer} and {@code ArabicNormalizer}
 * (alef forms to ا, ى to ي, ة to ه, no tashkeel, no tatweel).
 *
 * <p>Why the hamza folds: news text writes hamza inconsistently (مؤسسة and موسسة, رئيس and ريس,
 * سماء and سما, الأربعاء and الاربعا), and so do the transliterated place lists; folding makes the
 * spellings meet at the cost of rare collisions (أثناء reads as اثنا), which readers of the
 * normalized form must allow for. Why the Persian letters fold: ڤ, گ and پ write foreign and
 * Kurdish sounds (ڤيينا، گوندا) that other writers spell with ف، ك and ب.
 *
 * <p>Tokens are maximal runs of letters, digits, marks and format controls, a full stop or ٫
 * between two digits included (3.5 is one token); everything else (spaces, punctuation,
 * {@code #}, {@code _}, hyphens) separates tokens, and a normalized name is its tokens joined by one
 * space. Any change in output must bump {@link #VERSION}: indexes and stored keys depend on it.
 * Thread-safe and stateless.
 */
public final class ArabicNormalizer {

    /** Version of the normalization rules; bump on any behavioural change. */
    public static final int VERSION = 2;

    private static final org.apache.lucene.analysis.ar.ArabicNormalizer LUCENE_ARABIC =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();
    private static final PersianNormalizer LUCENE_PERSIAN = new PersianNormalizer();
    private static final char DROP = '\uFFFF';
    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final int MIN_BUFFER = 16;
    private static final int CHARS = Character.MAX_VALUE + 1;
    private static final byte TOKEN = 1;
    private static final byte FORMAT = 2;
    /** Per UTF-16 unit: whether it is a token char ({@link #TOKEN}) and a format control ({@link #FORMAT}). */
    private static final byte[] CLASSES = new byte[CHARS];
    /** Per UTF-16 unit: what {@link #mapOf} makes of it, read by table since every char of a text passes here. */
    private static final char[] MAPPED = new char[CHARS];

    static {
        for (int c = 0; c < CHARS; c++) {
            char ch = (char) c;
            int format = Character.getType(ch) == Character.FORMAT ? FORMAT : 0;
            CLASSES[c] = (byte) ((classifiesAsTokenChar(ch) ? TOKEN : 0) | format);
            MAPPED[c] = mapOf(ch);
        }
    }

    private ArabicNormalizer() {
    }

    /** Normalizes a name or phrase: normalized tokens joined by single spaces. */
    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        char[] buffer = new char[Math.max(MIN_BUFFER, text.length())];
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !isTokenChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            i = tokenEnd(text, i);
            if (start < i) {
                int len = normalizeToken(text, start, i, buffer);
                if (len > 0) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(buffer, 0, len);
                }
            }
        }
        return out.toString();
    }

    /** Whether {@code c} belongs to a token (letters, digits, combining marks, format controls). */
    public static boolean isTokenChar(char c) {
        return (CLASSES[c] & TOKEN) != 0;
    }

    private static boolean classifiesAsTokenChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    /** Whether {@code c} is a format control (ZWNJ, RLM, ...): part of a word, never its edge. */
    public static boolean isFormatControl(char c) {
        return (CLASSES[c] & FORMAT) != 0;
    }

    /**
     * The end of the token starting at {@code start} (a token char): the first char after it that
     * is no token char and no decimal point between digits.
     */
    static int tokenEnd(CharSequence text, int start) {
        int i = start;
        int n = text.length();
        while (i < n && (isTokenChar(text.charAt(i)) || isDecimalPoint(text, i))) {
            i++;
        }
        return i;
    }

    /** A full stop or Arabic decimal separator between two digits: 3.5, ٣٫٥, 2018.06.17. */
    static boolean isDecimalPoint(CharSequence text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == ARABIC_DECIMAL_SEPARATOR) && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    /**
     * Normalizes the token {@code text[start, end)} into {@code buffer} (at least {@code end - start}
     * long) and returns the normalized length, possibly 0.
     */
    public static int normalizeToken(CharSequence text, int start, int end, char[] buffer) {
        int len = 0;
        for (int i = start; i < end; i++) {
            char mapped = MAPPED[text.charAt(i)];
            if (mapped != DROP) {
                buffer[len++] = mapped;
            }
        }
        len = LUCENE_PERSIAN.normalize(buffer, len);
        return LUCENE_ARABIC.normalize(buffer, len);
    }

    private static char mapOf(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (Character.getType(c) == Character.FORMAT) {
            return DROP;
        }
        if (Character.isDigit(c)) {
            return (char) ('0' + Character.digit(c, 10));
        }
        switch (c) {
            case '\u0670', '\u0621' -> {
                return DROP;
            }
            case ARABIC_DECIMAL_SEPARATOR -> {
                return '.';
            }
            case '\u0671' -> {
                return '\u0627';
            }
            case '\u0624' -> {
                return '\u0648';
            }
            case '\u0626' -> {
                return '\u064A';
            }
            case '\u06BE', '\u06D5' -> {
                return '\u0647';
            }
            case '\u06AF' -> {
                return '\u0643';
            }
            case '\u067E' -> {
                return '\u0628';
            }
            case '\u0686' -> {
                return '\u062C';
            }
            case '\u0698' -> {
                return '\u0632';
            }
            case '\u06A4' -> {
                return '\u0641';
            }
            default -> {
                if ((c >= '\u0653' && c <= '\u065F') || (c >= '\u06D6' && c <= '\u06ED')) {
                    return DROP;
                }
                return Character.isLetter(c) ? Character.toLowerCase(c) : c;
            }
        }
    }
}
