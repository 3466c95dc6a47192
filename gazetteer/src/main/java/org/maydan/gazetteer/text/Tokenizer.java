package org.maydan.gazetteer.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a text into tokens in one pass: maximal runs of token chars ({@link ArabicNormalizer}),
 * trimmed of format controls at their edges, each normalized once per spelling (a spelling that
 * recurs shares the {@link Word} of its first occurrence), with clause numbers and parenthesis depth
 * from the punctuation between them.
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
        Spellings words = new Spellings(chars, n / CHARS_PER_TOKEN + 1);
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
            Word word = words.get(start, end);
            if (word == null) {
                if (buffer.length < end - start) {
                    buffer = new char[end - start];
                }
                int length = ArabicNormalizer.normalizeToken(text, start, end, buffer);
                if (length == 0) {
                    continue;
                }
                word = new Word(new String(buffer, 0, length), words.size());
                words.put(start, end, word);
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
     * The words of a text by spelling: an open-addressing table over char ranges of the text, so
     * that looking a token up allocates nothing.
     */
    private static final class Spellings {

        private static final int HASH_MULTIPLIER = 31;

        private final char[] chars;
        private int[] starts;
        private int[] ends;
        private @Nullable Word[] words;
        private int size;

        Spellings(char[] chars, int expected) {
            this.chars = chars;
            int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) * 2;
            starts = new int[capacity];
            ends = new int[capacity];
            words = new Word[capacity];
        }

        @Nullable Word get(int start, int end) {
            int mask = words.length - 1;
            for (int slot = hash(start, end) & mask; words[slot] != null; slot = (slot + 1) & mask) {
                if (Arrays.equals(chars, starts[slot], ends[slot], chars, start, end)) {
                    return words[slot];
                }
            }
            return null;
        }

        /** How many words the text has had so far. */
        int size() {
            return size;
        }

        void put(int start, int end, Word word) {
            if (2 * (size + 1) > words.length) {
                grow();
            }
            insert(start, end, word);
            size++;
        }

        private void insert(int start, int end, Word word) {
            int mask = words.length - 1;
            int slot = hash(start, end) & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            starts[slot] = start;
            ends[slot] = end;
            words[slot] = word;
        }

        private void grow() {
            int[] oldStarts = starts;
            int[] oldEnds = ends;
            @Nullable Word[] oldWords = words;
            starts = new int[oldWords.length * 2];
            ends = new int[oldWords.length * 2];
            words = new Word[oldWords.length * 2];
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    insert(oldStarts[i], oldEnds[i], oldWords[i]);
                }
            }
        }

        private int hash(int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = HASH_MULTIPLIER * h + chars[i];
            }
            return h ^ (h >>> 16);
        }
    }
}
