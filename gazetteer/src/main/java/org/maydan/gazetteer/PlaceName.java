package org.maydan.gazetteer;

/**
 * One name of a place with its language: an ISO 639-1 code ({@code ar}, {@code en}, {@code fr}...)
 * or {@code und} for a transliteration of unknown language.
 */
public record PlaceName(String lang, String text) {

    /** Language code for transliterations of unknown language. */
    public static final String UNDETERMINED = "und";

    /** Whether the name is written in Arabic script. */
    public boolean isArabicScript() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                return true;
            }
        }
        return false;
    }
}
