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
        int max = maxPrefix(token);
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
     * The longest proclitic chain {@code token} may start with: every prefix of this length or
     * shorter is a proclitic reading of the token, and leaves at least two letters. Allocation-free,
     * for hot loops that walk the readings themselves.
     */
    public static int maxPrefix(String token) {
        int max = Math.min(MAX_PREFIX, token.length() - MIN_REMAINDER);
        for (int k = 1; k <= max; k++) {
            if (!isProclitic(token.charAt(k - 1), k)) {
                return k - 1;
            }
        }
        return Math.max(0, max);
    }

    /** Whether the reading after a {@code k}-letter proclitic ending in ل is ال + rest (للقرية). */
    public static boolean dropsArticleAlef(String token, int k) {
        return token.charAt(k - 1) == 'ل' && token.length() - k > MIN_REMAINDER
                && token.charAt(k) == 'ل';
    }

    /**
     * The length of the proclitic before one of {@code words} in {@code token} (0 when the token is
     * one of them), shortest first as {@link #splits} orders readings, or -1. Allocation-free.
     */
    public static int prefixBefore(String token, String[] words) {
        int max = maxPrefix(token);
        char last = token.charAt(token.length() - 1);
        int best = -1;
        for (String w : words) {
            if (w.charAt(w.length() - 1) != last) {
                continue;
            }
            for (int k = 0; k <= max && (best < 0 || k < best); k++) {
                int rest = token.length() - k;
                boolean alef = k > 0 && dropsArticleAlef(token, k);
                if (alef && w.length() == rest + 1 && w.charAt(0) == 'ا'
                        && token.regionMatches(k, w, 1, rest)
                        || w.length() == rest && token.startsWith(w, k)) {
                    best = k;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean isProclitic(char c, int position) {
        return switch (c) {
            case 'و', 'ف' -> position == 1;
            case 'ب', 'ل', 'ك' -> true;
            default -> false;
        };
    }
}
