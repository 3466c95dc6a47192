package org.maydan.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text as tokens, normalised once; a word that recurs shares the norm and forms of its first
 * occurrence, so its readings are worked out once per text. A new clause starts after ، , ؛ : or a dash, and after a
 * sentence boundary; parentheses are tracked so asides such as "(13 كم جنوب إدلب)" can be skipped.
 * Square brackets are not asides: in scraped text they hold the label of a link ("[#كفرنبل](#)"),
 * which is part of the sentence.
 */
final class TokenizedText {

    /** A first guess at the token count from the text length, to size the list once. */
    private static final int CHARS_PER_TOKEN = 5;
    private static final int INITIAL_WORD_CAPACITY = 32;

    final String text;
    final Token[] tokens;

    private TokenizedText(String text, Token[] tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static TokenizedText of(String text) {
        List<Token> out = new ArrayList<>(text.length() / CHARS_PER_TOKEN);
        Map<String, String[]> formsOf = new HashMap<>();
        int clause = 0;
        int depth = 0;
        boolean pendingBreak = false;
        int n = text.length();
        int i = 0;
        char[] word = new char[INITIAL_WORD_CAPACITY];
        while (i < n) {
            char c = text.charAt(i);
            if (ArabicText.isWordChar(c)) {
                int s = i;
                int length = 0;
                while (i < n && (ArabicText.isWordChar(text.charAt(i)) || isInnerDot(text, i))) {
                    if (length == word.length) {
                        word = Arrays.copyOf(word, 2 * length);
                    }
                    word[length++] = ArabicText.fold(text.charAt(i));
                    i++;
                }
                if (pendingBreak) {
                    clause++;
                    pendingBreak = false;
                }
                String norm = ArabicText.normalizeFolded(word, length);
                if (norm.isEmpty()) {
                    continue;
                }
                String[] forms = formsOf.computeIfAbsent(norm, ArabicText::forms);
                out.add(Token.of(s, i, forms[0], forms, clause, depth > 0));
                continue;
            }
            switch (c) {
                case '(' -> depth++;
                case ')' -> depth = Math.max(0, depth - 1);
                case '،', ',', '؛', ';', ':', '-', '–', '—', '.', '!', '?', '؟', '\n', '|' -> pendingBreak = true;
                default -> {
                    // other punctuation and spaces neither split clauses nor change depth
                }
            }
            if (c == '\n') {
                depth = 0;
            }
            i++;
        }
        return new TokenizedText(text, out.toArray(Token[]::new));
    }

    /** 3.5 stays one number token. */
    private static boolean isInnerDot(String text, int i) {
        return text.charAt(i) == '.' && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    /** Index of the first token starting at or after {@code offset}. */
    int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index one past the last token that starts before {@code offset}. */
    int tokenEndBefore(int offset) {
        int lo = 0;
        int hi = tokens.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
