package org.maydan.gazetteer.text;

import java.util.Collection;

/**
 * A fixed set of normalized words, found as the rest of a token after its proclitics
 * ({@link Proclitics}) without allocating: the scanner asks it of nearly every token (is the word
 * before a settlement noun? does a region phrase start here?), so a lookup probes an
 * open-addressing table with the hashes of the token's readings, each worked out from the token's
 * own {@link String#hashCode} (which the string keeps, and the tokens of a word share one string)
 * by taking off the proclitic's letters, instead of hashing each reading's letters again. A token's
 * {@link Word} is answered from its spelling, which keeps the answer of each list it was asked of
 * (see {@link #containsAfterProclitic(Word)}). Immutable.
 */
public final class ProcliticWords {

    private static final char ALEF = 'ا';
    private static final int HASH_BASE = 31;
    /** Tokens are rarely longer than this; the weights of longer ones are multiplied out. */
    private static final int TABULATED_POWERS = 32;
    private static final int[] POWERS = powers();

    private static final int WORD_BITS = 6;
    /** Last letters are told apart by their low byte: the Arabic block's letters all differ in it. */
    private static final int LETTER_MASK = 0xFF;

    private final String[] table;
    private final int mask;
    /** This list's bit in every {@link Spelling}, or {@link Spelling#NO_LIST}. */
    private final int list = Spelling.newList();
    /**
     * The last letters of the words, one bit per low byte of a char: every reading of a token ends
     * where the token ends, so a token whose last letter ends no word is rejected without hashing.
     * A low byte rather than the whole char keeps the set in four words beside the table, not 8 KB
     * per list that the scanner's many lists would push out of the cache; a Latin letter or digit
     * that shares its low byte with an Arabic one only costs the lookup.
     */
    private final long[] lastLetters = new long[(LETTER_MASK + 1) >>> WORD_BITS];

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
                int last = w.charAt(w.length() - 1) & LETTER_MASK;
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
            int last = token.charAt(token.length() - 1) & LETTER_MASK;
            if ((lastLetters[last >>> WORD_BITS] & (1L << last)) == 0) {
                return -1;
            }
        }
        int max = Proclitics.maxPrefix(token);
        int hash = token.hashCode();
        for (int k = 0; k <= max; k++) {
            int weight = power(token.length() - k);
            if (k > 0) {
                hash -= token.charAt(k - 1) * weight;
            }
            if (Proclitics.dropsArticleAlef(token, k) && contains(token, k, true, ALEF * weight + hash)
                    || contains(token, k, false, hash)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * {@link #HASH_BASE} to the power {@code e}, as {@link String#hashCode} weighs a letter {@code e}
     * from the end: read from a table for words of ordinary length, since squaring it out on every
     * lookup cost as much as the rest of the lookup, else multiplied out.
     */
    private static int power(int e) {
        if (e < POWERS.length) {
            return POWERS[e];
        }
        int result = POWERS[POWERS.length - 1];
        for (int k = POWERS.length - 1; k < e; k++) {
            result *= HASH_BASE;
        }
        return result;
    }

    private static int[] powers() {
        int[] powers = new int[TABULATED_POWERS];
        powers[0] = 1;
        for (int e = 1; e < powers.length; e++) {
            powers[e] = powers[e - 1] * HASH_BASE;
        }
        return powers;
    }

    /** Whether {@code word} is one of the words, as written. */
    public boolean contains(String word) {
        return contains(word, 0, false, word.hashCode());
    }

    /** Whether the token itself, or its rest after a proclitic, is one of the words. */
    public boolean containsAfterProclitic(String token) {
        return prefixBefore(token) >= 0;
    }

    /**
     * {@link #containsAfterProclitic(String)} for a token's word: the filters ask it of the words
     * around every name, so the answer is kept with the word's spelling and worked out once per
     * spelling and list, across texts and threads.
     */
    public boolean containsAfterProclitic(Word word) {
        return list == Spelling.NO_LIST ? containsAfterProclitic(word.normalized()) : word.inList(list, this);
    }

    /** Whether the reading after {@code from} letters (ال restored if {@code alef}), whose hash is {@code h}, is a word. */
    private boolean contains(String token, int from, boolean alef, int h) {
        int rest = token.length() - from;
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
