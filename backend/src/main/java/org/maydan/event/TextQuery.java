package org.maydan.event;

import org.jspecify.annotations.Nullable;
import org.maydan.system.BadRequestException;

/**
 * The {@code q} filter: events whose evidence sentences contain this text, ignoring case and
 * diacritics (see {@link SearchText}).
 *
 * @param folded the query as {@link SearchText#fold} leaves it; never blank
 */
public record TextQuery(String folded) {

    /** Query parameter of the text. */
    public static final String PARAMETER = "q";
    /** The longest query accepted, in characters. */
    public static final int MAX_CHARS = 200;
    private static final char LIKE_ESCAPE = '\\';

    public TextQuery {
        if (folded.isBlank()) {
            throw new IllegalArgumentException("a text query must not be blank");
        }
    }

    /** Reads {@code q}; {@code null}, blank or only diacritics means no text filter. */
    public static @Nullable TextQuery parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_CHARS) {
            throw new BadRequestException(PARAMETER, "q must be at most " + MAX_CHARS + " characters; got "
                    + text.length());
        }
        String folded = SearchText.fold(text.strip());
        return folded.isBlank() ? null : new TextQuery(folded);
    }

    /** Whether folded stored text contains the query. */
    public boolean matches(String foldedText) {
        return foldedText.contains(folded);
    }

    /** A {@code LIKE} pattern matching text that contains the query, with {@code \} as the escape. */
    String likePattern() {
        StringBuilder pattern = new StringBuilder(folded.length() + 2).append('%');
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
