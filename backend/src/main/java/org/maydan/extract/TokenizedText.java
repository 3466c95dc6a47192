package org.maydan.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The text as tokens, normalised once. A new clause starts after ، , ؛ : or a dash, and after a
 * sentence boundary; parentheses are tracked so asides such as "(13 كم جنوب إدلب)" can be skipped.
 * Square brackets are not asides: in scraped text they hold the label of a link ("[#كفرنبل](#)"),
 * which is part of the sentence.
 */
final class TokenizedText {

    final String text;
    final Token[] tokens;

    private TokenizedText(String text, Token[] tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static TokenizedText of(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        int clause = 0;
        int depth = 0;
        boolean pendingBreak = false;
        int n = text.length();
        int i = 0;
        StringBuilder word = new StringBuilder();
        while (i < n) {
            char c = text.charAt(i);
            if (ArabicText.isWordChar(c)) {
                int s = i;
                word.setLength(0);
                while (i < n && (ArabicText.isWordChar(text.charAt(i)) || isInnerDot(text, i))) {
                    word.append(text.charAt(i));
                    i++;
                }
                if (pendingBreak) {
                    clause++;
                    pendingBreak = false;
                }
                String norm = ArabicText.normalize(word);
                if (norm.isEmpty()) {
                    continue;
                }
                out.add(new Token(s, i, norm, ArabicText.forms(norm), clause, depth > 0));
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
