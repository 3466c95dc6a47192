package org.maydan.gazetteer.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a text into tokens in one pass: maximal runs of token chars ({@link ArabicNormalizer}),
 * trimmed of format controls at their edges, each normalized once per written form and thread
 * ({@link WrittenForms}; a form that recurs in a text shares the {@link Word} of its first
 * occurrence), with clause numbers and parenthesis depth from the punctuation between them.
 */
final class Tokenizer {

    /** A first guess at the token count from the text length, to size the list once. */
    private static final int CHARS_PER_TOKEN = 5;

    private Tokenizer() {
    }

    static Token[] tokenize(String text) {
        int n = text.length();
        List<Token> out = new ArrayList<>(n / CHARS_PER_TOKEN + 1);
        char[] chars = text.toCharArray();
        WrittenForms words = WrittenForms.forNextText();
        char[] buffer = new char[CHARS_PER_TOKEN * CHARS_PER_TOKEN];
        int clause = 0;
        int depth = 0;
        boolean pendingBreak = false;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (!ArabicNormalizer.isTokenChar(c)) {
                switch (c) {
                    case '(' -> depth++;
                    case ')' -> depth = Math.max(0, depth - 1);
                    case '\n' -> {
                        depth = 0;
                        pendingBreak = true;
                    }
                    default -> pendingBreak |= isClauseBreak(c);
                }
                i++;
                continue;
            }
            int end = ArabicNormalizer.tokenEnd(text, i);
            int start = i;
            i = end;
            while (start < end && ArabicNormalizer.isFormatControl(chars[start])) {
                start++;
            }
            while (end > start && ArabicNormalizer.isFormatControl(chars[end - 1])) {
                end--;
            }
            if (start == end) {
                continue;
            }
            if (pendingBreak) {
                clause++;
                pendingBreak = false;
            }
            if (buffer.length < end - start) {
                buffer = new char[end - start];
            }
            Word word = words.word(text, chars, start, end, buffer);
            if (word == null) {
                continue;
            }
            out.add(new Token(start, end, word, clause, depth > 0));
        }
        return out.toArray(Token[]::new);
    }

    /** Punctuation that ends a clause; a line break does too. */
    private static boolean isClauseBreak(char c) {
        return switch (c) {
            case '،', ',', '؛', ';', ':', '-', '–', '—', '.', '!', '?', '؟', '|' -> true;
            default -> false;
        };
    }

    /**
     * The words of a thread's texts by the chars they are written with, kept from text to text: a
     * token is looked up once, by its raw chars, and the entry holds its shared {@link Spelling}, so
     * a form met in an earlier text is neither normalized nor looked up in the spellings' table
     * again, and the {@link Word} it has in the current text. One per thread, since a word belongs to
     * one text; bounded like the spellings, it starts over between texts once it holds
     * {@link Spelling#CAPACITY} forms, and when {@link WordMemo#forgetAll} was called.
     */
    private static final class WrittenForms {

        private static final ThreadLocal<WrittenForms> OF_THREAD = ThreadLocal.withInitial(WrittenForms::new);
        private static final int HASH_MULTIPLIER = 31;
        private static final int INITIAL_SLOTS = 1024;

        /**
         * A written form and all the table keeps of it, in one object so that a lookup reads one
         * entry and its chars rather than a slot of several parallel arrays.
         */
        private static final class Form {

            final char[] chars;
            final int hash;
            /** Null for a form that normalizes to nothing. */
            final @Nullable Spelling spelling;
            /** The form's word in the text numbered {@link #text}. */
            @Nullable Word word;
            /** 0 until the form has a word. */
            int text;

            Form(char[] chars, int hash, @Nullable Spelling spelling) {
                this.chars = chars;
                this.hash = hash;
                this.spelling = spelling;
            }
        }

        private @Nullable Form[] forms;
        private int size;
        private int generation;
        /** The number of the current text, never 0 so that a form's 0 means no word yet. */
        private int text;
        /** How many distinct forms the current text has had so far. */
        private int wordsOfText;

        private WrittenForms() {
            clear();
        }

        /** The thread's table, ready for a new text. */
        static WrittenForms forNextText() {
            WrittenForms forms = OF_THREAD.get();
            int now = BoundedTable.generation();
            if (forms.size >= Spelling.CAPACITY || forms.text == Integer.MAX_VALUE || now != forms.generation) {
                forms.clear();
                forms.generation = now;
            }
            forms.text++;
            forms.wordsOfText = 0;
            return forms;
        }

        private void clear() {
            forms = new Form[INITIAL_SLOTS];
            size = 0;
            text = 0;
        }

        /**
         * The word of the token {@code text[start, end)}, whose chars are {@code chars}, in the current
         * text, made on its first occurrence; null if it normalizes to nothing. {@code buffer} holds
         * at least {@code end - start} chars.
         */
        @Nullable Word word(String text, char[] chars, int start, int end, char[] buffer) {
            int hash = hash(chars, start, end);
            int mask = forms.length - 1;
            for (int slot = hash & mask; forms[slot] != null; slot = (slot + 1) & mask) {
                Form f = forms[slot];
                if (f.hash == hash && writes(f.chars, chars, start, end)) {
                    return wordOf(f);
                }
            }
            int length = ArabicNormalizer.normalizeToken(text, start, end, buffer);
            Form f = new Form(Arrays.copyOfRange(chars, start, end), hash,
                    length == 0 ? null : Spelling.of(new String(buffer, 0, length)));
            if (2 * (size + 1) > forms.length) {
                grow();
            }
            forms[freeSlot(hash)] = f;
            size++;
            return wordOf(f);
        }

        private @Nullable Word wordOf(Form f) {
            if (f.spelling == null) {
                return null;
            }
            if (f.text != text) {
                f.word = new Word(f.spelling, wordsOfText++);
                f.text = text;
            }
            return f.word;
        }

        private int freeSlot(int hash) {
            int mask = forms.length - 1;
            int slot = hash & mask;
            while (forms[slot] != null) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            @Nullable Form[] old = forms;
            forms = new Form[old.length * 2];
            for (Form f : old) {
                if (f != null) {
                    forms[freeSlot(f.hash)] = f;
                }
            }
        }

        /**
         * Whether {@code form} is {@code chars[start, end)}. A token has a handful of chars, too few
         * for {@link Arrays#equals(char[], int, int, char[], int, int)}, whose vectorized compare
         * costs more to set up than a plain loop takes.
         */
        private static boolean writes(char[] form, char[] chars, int start, int end) {
            if (form.length != end - start) {
                return false;
            }
            for (int i = 0; i < form.length; i++) {
                if (form[i] != chars[start + i]) {
                    return false;
                }
            }
            return true;
        }

        private static int hash(char[] chars, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = HASH_MULTIPLIER * h + chars[i];
            }
            return h ^ (h >>> 16);
        }
    }
}
