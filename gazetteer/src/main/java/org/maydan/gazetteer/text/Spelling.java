package org.maydan.gazetteer.text;

/**
 * One normalized spelling, shared by the {@link Word}s of every text written alike, with a slot for
 * each {@link WordMemo} that keeps something about it: the tokenizer looks a form written in a text
 * up here once per thread (its table of written forms keeps the answer), and every memo then reads
 * its slot instead of hashing the spelling again. Bounded like the memos: at
 * {@link #CAPACITY} spellings the table starts over (words already made keep theirs), and
 * {@link WordMemo#forgetAll} empties it.
 */
final class Spelling {

    /** Spellings kept: a large news vocabulary; each costs its string and {@link #SLOTS} references. */
    static final int CAPACITY = 100_000;
    /** Memos that keep their values in a spelling's slots; later ones keep a table of their own. */
    static final int SLOTS = 8;

    /** Proclitic letters that may precede the digits of a number (و12، بـ40، لـ3). */
    private static final int MAX_LETTERS_BEFORE_DIGITS = 3;
    /** Longer digit strings are no count or year. */
    private static final int MAX_NUMBER_DIGITS = 6;
    private static final int DECIMAL = 10;

    private static final BoundedTable<Spelling> TABLE = new BoundedTable<>(CAPACITY);

    final String text;
    /** As {@link Word#firstDigit}, worked out once per spelling rather than per word of every text. */
    final int firstDigit;
    /** As {@link Word#number}. */
    final int number;
    /** Values of the memos by their slot; the first value set stays (see {@link WordMemo}). */
    final Object[] slots = new Object[SLOTS];

    private Spelling(String text) {
        this.text = text;
        this.firstDigit = firstDigit(text);
        this.number = firstDigit < 0 || text.length() - firstDigit > MAX_NUMBER_DIGITS
                ? -1 : Integer.parseInt(text, firstDigit, text.length(), DECIMAL);
    }

    /** The shared spelling of {@code text} (normalized). */
    static Spelling of(String text) {
        return TABLE.get(text, Spelling::new);
    }

    private static int firstDigit(String norm) {
        int i = 0;
        while (i < norm.length() && i < MAX_LETTERS_BEFORE_DIGITS && !Character.isDigit(norm.charAt(i))) {
            i++;
        }
        if (i == norm.length() || !Character.isDigit(norm.charAt(i))) {
            return -1;
        }
        for (int j = i; j < norm.length(); j++) {
            if (!Character.isDigit(norm.charAt(j))) {
                return -1;
            }
        }
        return i;
    }
}
