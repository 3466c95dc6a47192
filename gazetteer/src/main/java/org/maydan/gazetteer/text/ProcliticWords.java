package org.maydan.gazetteer.text;

import java.util.Collection;

/**
 * A fixed set of normalized words, found as the rest of a token after its proclitics
 * ({@link Proclitics}) without allocating: the scanner asks it of nearly every token (is the word
 * before a settlement noun? does a region phrase start here?), so a lookup hashes the token's
 * suffixes in place and probes an open-addressing table. Immutable.
 */
public final class ProcliticWords {

    private static final char ALEF = 'ا';
    private static final int HASH_BASE = 31;

    private static final int WORD_BITS = 6;

    private final String[] table;
    private final int mask;
    /**
     * The last letters of the words, one bit per char: every reading of a token ends where the
     * token ends, so a token whose last letter ends no word is rejected without hashing.
     */
    private final long[] lastLetters = new long[(Character.MAX_VALUE + 1) >>> WORD_BITS];

    public ProcliticWords(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        table = new String[size];
        mask = size - 1;
        for (String w : words) {
            int slot = w.hashCode() & mask;
            while (table[slot] != null && !table[slot].equals(w)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = w;
            if (!w.isEmpty()) {
                char last = w.charAt(w.length() - 1);
                lastLetters[last >>> WORD_BITS] |= 1L << last;
            }
        }
    }

    /**
     * The length of the proclitic before one of the words in {@code token} (0 when the token is one
     * of them), shortest first; after ل + ل the article's dropped alef is restored (للمدينة finds
     * المدينة). -1 if no reading is one of the words.
     */
    public int prefixBefore(String token) {
        if (!token.isEmpty()) {
            char last = token.charAt(token.length() - 1);
            if ((lastLetters[last >>> WORD_BITS] & (1L << last)) == 0) {
                return -1;
            }
        }
        int max = Proclitics.maxPrefix(token);
        for (int k = 0; k <= max; k++) {
            if (Proclitics.dropsArticleAlef(token, k) && contains(token, k, true) || contains(token, k, false)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether {@code word} is one of the words, as written. */
    public boolean contains(String word) {
        return contains(word, 0, false);
    }

    /** Whether the token itself, or its rest after a proclitic, is one of the words. */
    public boolean containsAfterProclitic(String token) {
        return prefixBefore(token) >= 0;
    }

    private boolean contains(String token, int from, boolean alef) {
        int rest = token.length() - from;
        int h = alef ? ALEF : 0;
        for (int i = from; i < token.length(); i++) {
            h = HASH_BASE * h + token.charAt(i);
        }
        int length = rest + (alef ? 1 : 0);
        for (int slot = h & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String w = table[slot];
            if (w.length() == length && (alef ? w.charAt(0) == ALEF && token.regionMatches(from, w, 1, rest)
                    : token.startsWith(w, from))) {
                return true;
            }
        }
        return false;
    }
}
