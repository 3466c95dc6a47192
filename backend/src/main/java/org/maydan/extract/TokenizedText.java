package org.maydan.extract;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text as tokens, normalised once: a word written again the same way shares the norm and forms
 * of its first occurrence, so each spelling is normalised and read once per text. A new clause
 * starts after ، , ؛ : or a dash, and after a sentence boundary; parentheses are tracked so asides such as "(13 كم جنوب إدلب)" can be skipped.
 * Square brackets are not asides: in scraped text they hold the label of a link ("[#كفرنبل](#)"),
 * which is part of the sentence.
 */
final class TokenizedText {

    /** A first guess at the token count from the text length, to size the list once. */
    private static final int CHARS_PER_TOKEN = 5;

    final String text;
    final Token[] tokens;

    private TokenizedText(String text, Token[] tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static TokenizedText of(String text) {
        List<Token> out = new ArrayList<>(text.length() / CHARS_PER_TOKEN);
        Map<CharBuffer, Token> byRawWord = new HashMap<>(2 * text.length() / CHARS_PER_TOKEN);
        char[] chars = text.toCharArray();
        int clause = 0;
        int depth = 0;
        boolean pendingBreak = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (ArabicText.isWordChar(c)) {
                int s = i;
                while (i < n && (ArabicText.isWordChar(chars[i]) || isInnerDot(chars, i))) {
                    i++;
                }
                if (pendingBreak) {
                    clause++;
                    pendingBreak = false;
                }
                CharBuffer raw = CharBuffer.wrap(chars, s, i - s);
                Token first = byRawWord.get(raw);
                if (first != null) {
                    out.add(first.again(s, i, clause, depth > 0));
                    continue;
                }
                String norm = ArabicText.normalize(raw);
                if (norm.isEmpty()) {
                    continue;
                }
                Token token = Token.of(s, i, norm, ArabicText.forms(norm), clause, depth > 0);
                byRawWord.put(raw, token);
                out.add(token);
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
    private static boolean isInnerDot(char[] text, int i) {
        return text[i] == '.' && i > 0 && i + 1 < text.length
                && Character.isDigit(text[i - 1]) && Character.isDigit(text[i + 1]);
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
