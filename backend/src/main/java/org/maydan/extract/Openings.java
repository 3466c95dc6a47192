package org.maydan.extract;

import java.util.BitSet;

/**
 * The openings (first two letters) of a set of words, as bits. A token form whose opening is not
 * set is none of those words and starts none of them with two letters or more, so most tokens are
 * rejected at one bit test, before any hash lookup of the form.
 */
final class Openings {

    private static final int BITS = 1 << 16;
    private static final int MULTIPLIER = 31;

    private final BitSet bits = new BitSet(BITS);

    static Openings of(Iterable<String> words) {
        Openings openings = new Openings();
        for (String w : words) {
            openings.add(w);
        }
        return openings;
    }

    void add(String word) {
        bits.set(opening(word));
    }

    /** False when no word of the set has the opening of {@code form}; true does not mean one has. */
    boolean admits(String form) {
        return bits.get(opening(form));
    }

    private static int opening(String word) {
        int first = word.charAt(0);
        int second = word.length() > 1 ? word.charAt(1) : 0;
        return (first * MULTIPLIER + second) & (BITS - 1);
    }
}
