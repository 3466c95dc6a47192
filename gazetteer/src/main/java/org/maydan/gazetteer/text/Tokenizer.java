package org.maydan.gazetteer.text;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<CharBuffer, Word> words = new HashMap<>(2 * n / CHARS_PER_TOKEN + 1);
        char[] chars = text.toCharArray();
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
            CharBuffer raw = CharBuffer.wrap(chars, start, end - start);
            Word word = words.get(raw);
            if (word == null) {
                if (buffer.length < end - start) {
                    buffer = new char[end - start];
                }
                int length = ArabicNormalizer.normalizeToken(text, start, end, buffer);
                if (length == 0) {
                    continue;
                }
                word = new Word(new String(buffer, 0, length));
                words.put(raw, word);
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
}
