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

    private static final BoundedTable<Spelling> TABLE = new BoundedTable<>(CAPACITY);

    final String text;
    /** Values of the memos by their slot; the first value set stays (see {@link WordMemo}). */
    final Object[] slots = new Object[SLOTS];

    private Spelling(String text) {
        this.text = text;
    }

    /** The shared spelling of {@code text} (normalized). */
    static Spelling of(String text) {
        return TABLE.get(text, Spelling::new);
    }
}
