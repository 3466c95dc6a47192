package org.maydan.gazetteer.text;

import java.util.List;

/**
 * A spelling of a text: its normalized form, its proclitic readings and its reading as a number,
 * worked out once however often the text repeats it (tokens written alike share one word); the
 * readings and the number once per spelling across texts ({@link Spelling}). A word belongs to the {@link TokenizedText} that made it and, like it, to one thread.
 */
public final class Word {

    private final String normalized;
    private final Spelling spelling;
    /** Its spelling's {@link Spelling#slots}, reached from the word without reading the spelling. */
    private final Object[] memoSlots;
    private final int index;
    /**
     * The word lists its spelling is known to be in or not, by their bit ({@link Spelling#inList}),
     * copied when the word is made and added to as it is asked: the filters ask the words around
     * every name, and a text's words, made together, are read close by, where its spellings, made
     * over many texts, lie scattered.
     */
    private long listsAsked;
    private long listsHeld;

    Word(String normalized, int index) {
        this(Spelling.of(normalized), index);
    }

    Word(Spelling spelling, int index) {
        this.spelling = spelling;
        this.normalized = spelling.text;
        this.memoSlots = spelling.slots;
        this.index = index;
        this.listsAsked = spelling.listsAsked();
        this.listsHeld = spelling.listsHeld() & listsAsked;
    }

    /** Whether the word's spelling is in {@code words}, whose bit is {@code list}, as its spelling tells once. */
    boolean inList(int list, ProcliticWords words) {
        long bit = 1L << list;
        if ((listsAsked & bit) == 0) {
            if (spelling.inList(list, words)) {
                listsHeld |= bit;
            }
            listsAsked |= bit;
        }
        return (listsHeld & bit) != 0;
    }

    /** The slots of its spelling's {@link WordMemo}s. */
    Object[] memoSlots() {
        return memoSlots;
    }

    /** The normalized form ({@link ArabicNormalizer}), never empty. */
    public String normalized() {
        return normalized;
    }

    /**
     * The word's index among the distinct spellings of its text, from 0 in the order they first
     * occur (so below the text's token count): what is worked out once per word of a text can be
     * kept in an array.
     */
    public int index() {
        return index;
    }

    /** The word and its forms without proclitics and article, as {@link Proclitics#readings} orders them. */
    public List<String> readings() {
        return spelling.readings;
    }

    /** Whether {@code form} is one of the {@link #readings}. */
    public boolean is(String form) {
        List<String> r = readings();
        for (int i = 0; i < r.size(); i++) {
            if (r.get(i).equals(form)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first digit when the word is digits after at most a few proclitic letters, else -1. */
    public int firstDigit() {
        return spelling.firstDigit;
    }

    /** The word's value as a whole number (digits after proclitics, at most six), else -1. */
    public int number() {
        return spelling.number;
    }

    @Override
    public String toString() {
        return normalized;
    }
}
