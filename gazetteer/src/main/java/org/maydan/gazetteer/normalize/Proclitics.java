package org.maydan.gazetteer.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * One-letter proclitics (و ف ب ل ك) and their combinations attached to a normalized token.
 * Callers try the unstripped token first and strip only when the remainder is a known name.
 */
public final class Proclitics {

    /** A way to read a token: the proclitic taken off and the remaining name form. */
    public record Split(String prefix, String remainder) {
    }

    private static final int MIN_REMAINDER = 2;

    /** Longest sensible chain of proclitic letters before a name (e.g. وب + ال). */
    private static final int MAX_PREFIX = 3;

    private Proclitics() {
    }

    /**
     * The readings of {@code token} with a proclitic removed, shortest prefix first; the token itself
     * is not included. لل reads as ل + ال (the article's alef dropped), so it yields ال + rest too.
     */
    public static List<Split> splits(String token) {
        List<Split> out = new ArrayList<>(4);
        int max = Math.min(MAX_PREFIX, token.length() - MIN_REMAINDER);
        for (int k = 1; k <= max; k++) {
            char c = token.charAt(k - 1);
            if (!isProclitic(c, k)) {
                break;
            }
            String prefix = token.substring(0, k);
            String rest = token.substring(k);
            if (c == 'ل' && rest.length() > MIN_REMAINDER && rest.charAt(0) == 'ل') {
                out.add(new Split(prefix, "ا" + rest));
            }
            out.add(new Split(prefix, rest));
        }
        return out;
    }

    private static boolean isProclitic(char c, int position) {
        return switch (c) {
            case 'و', 'ف' -> position == 1;
            case 'ب', 'ل', 'ك' -> true;
            default -> false;
        };
    }
}
