package org.maydan.ingest;

/**
 * Cleans text that comes from outside (article bodies, titles, publishers, addresses) before
 * anything reads or stores it, so that what is stored is what a reader sees:
 *
 * <ul>
 *   <li>Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
 *       removed. An override around "21" makes a page show "12" while the extractor reads 21; without
 *       them the Unicode bidi algorithm lays the text out as written. The marks U+200E, U+200F and
 *       U+061C only hint at direction and stay.</li>
 *   <li>C0 and C1 control characters other than tab, line feed and carriage return are removed:
 *       PostgreSQL refuses NUL in text, and the others have no business in a news text.</li>
 *   <li>A lone surrogate (from JSON {@code "\ud800"}) becomes U+FFFD, as undecodable UTF-8 does.</li>
 * </ul>
 *
 * <p>Cleaning happens before the pipeline runs, so evidence offsets point into the cleaned text.
 */
final class UntrustedText {

    private static final char REPLACEMENT = '\uFFFD';

    private UntrustedText() {}

    /** The text without the characters above; the same instance when there were none. */
    static String clean(String text) {
        int i = 0;
        while (i < text.length() && keeps(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else if (!removed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the character at {@code i} stays as it is (a surrogate only as half of a pair). */
    private static boolean keeps(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return !removed(c);
    }

    /** Bidi embedding, override and isolate controls, and control characters but tab, LF and CR. */
    static boolean removed(char c) {
        return c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069'
                || Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }
}
