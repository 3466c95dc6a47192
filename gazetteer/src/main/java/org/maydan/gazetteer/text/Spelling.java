package org.maydan.gazetteer.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One normalized spelling, shared by the {@link Word}s of every text written alike, with a slot for
 * each {@link WordMemo} that keeps something about it: the tokenizer looks a form written in a text
 * up here once per thread (its table of written forms keeps the answer), and every memo then reads
 * its slot instead of hashing the spelling again. It keeps, in two bit sets, whether it is in each
 * {@link ProcliticWords} list asked about it, so that the filters that ask a token's word about a
 * dozen lists read a bit rather than hash its readings into each. Bounded like the memos: at
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

    /** Word lists whose membership a spelling keeps, one bit each; later ones are asked by hashing. */
    static final int LISTS = Long.SIZE;
    static final int NO_LIST = -1;

    private static final BoundedTable<Spelling> TABLE = new BoundedTable<>(CAPACITY);
    private static final AtomicInteger NEXT_LIST = new AtomicInteger();
    /** Set the lists' bits atomically, so that threads that learn two lists at once both keep theirs. */
    private static final VarHandle ASKED;
    private static final VarHandle HELD;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            ASKED = lookup.findVarHandle(Spelling.class, "asked", long.class);
            HELD = lookup.findVarHandle(Spelling.class, "held", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final String text;
    /**
     * As {@link Word#readings}: made with the spelling, since nearly every word is asked for them
     * (cue phrases, word lists), and read without a memo's slot.
     */
    final List<String> readings;
    /** As {@link Word#firstDigit}, worked out once per spelling rather than per word of every text. */
    final int firstDigit;
    /** As {@link Word#number}. */
    final int number;
    /** Values of the memos by their slot; the first value set stays (see {@link WordMemo}). */
    final Object[] slots = new Object[SLOTS];
    /** The lists (by their bit) whose membership is known; set after {@link #held}, read before it. */
    private long asked;
    /** The lists (by their bit) that hold the spelling; only bits of {@link #asked} lists mean anything. */
    private long held;

    private Spelling(String text) {
        this.text = text;
        this.readings = List.of(Proclitics.readings(text));
        this.firstDigit = firstDigit(text);
        this.number = firstDigit < 0 || text.length() - firstDigit > MAX_NUMBER_DIGITS
                ? -1 : Integer.parseInt(text, firstDigit, text.length(), DECIMAL);
    }

    /** The shared spelling of {@code text} (normalized). */
    static Spelling of(String text) {
        return TABLE.get(text, Spelling::new);
    }

    /** The lists (by their bit) whose membership is known; read before {@link #listsHeld}. */
    long listsAsked() {
        return (long) ASKED.getAcquire(this);
    }

    /** The lists (by their bit) that hold the spelling, of those {@link #listsAsked} before. */
    long listsHeld() {
        return held;
    }

    /** A bit of its own for a new word list, or {@link #NO_LIST} when all are taken. */
    static int newList() {
        int list = NEXT_LIST.getAndIncrement();
        return list < LISTS ? list : NO_LIST;
    }

    /**
     * Whether the spelling is in {@code words}, whose bit is {@code list}: looked up in it the first
     * time, then read from the bits.
     */
    boolean inList(int list, ProcliticWords words) {
        long bit = 1L << list;
        if (((long) ASKED.getAcquire(this) & bit) != 0) {
            return (held & bit) != 0;
        }
        boolean in = words.containsAfterProclitic(text);
        if (in) {
            HELD.getAndBitwiseOr(this, bit);
        }
        ASKED.getAndBitwiseOrRelease(this, bit);
        return in;
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
