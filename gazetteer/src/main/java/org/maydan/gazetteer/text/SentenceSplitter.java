package org.maydan.gazetteer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a tokenized text into sentences at . ! ? ؟ ؛ ; … and line breaks. A full stop ends no
 * sentence inside a number (3.5, which is one token), between two Latin letters or digits (a web
 * address, U.S.) or after a one-letter abbreviation (د. أحمد، د.ب.أ) — unless that letter follows
 * a number, as the era marker of "عام 2011 م." does, which ends its sentence. The Arabic comma ends
 * no sentence: it separates clauses ({@link Token#clause}), and coordinated places and a sentence's
 * date often sit on both sides of it. Sentences without a token are left out.
 */
final class SentenceSplitter {

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, Token[] tokens) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int first = 0;
        int n = text.length();
        // Only the chars between tokens are read: every boundary char is punctuation or a line break,
        // never a token char, and the one full stop a token holds is a decimal point. Before token
        // next, next is the first token ending after the char.
        int gapStart = 0;
        for (int next = 0; next <= tokens.length; next++) {
            int gapEnd = next < tokens.length ? tokens[next].start() : n;
            for (int i = gapStart; i < gapEnd; i++) {
                if (isBoundary(text, i, tokens, next)) {
                    first = add(out, text, tokens, first, start, i + 1);
                    start = i + 1;
                }
            }
            if (next < tokens.length) {
                gapStart = tokens[next].end();
            }
        }
        add(out, text, tokens, first, start, n);
        return out;
    }

    /** Whether the char at {@code i} ends a sentence; {@code next} is the first token ending after it. */
    private static boolean isBoundary(String text, int i, Token[] tokens, int next) {
        return switch (text.charAt(i)) {
            case '\n', '!', '?', '؟', '؛', ';', '…' -> true;
            case '.' -> !ArabicNormalizer.isDecimalPoint(text, i) && !betweenLatin(text, i)
                    && !afterAbbreviation(tokens, next, i);
            default -> false;
        };
    }

    private static boolean betweenLatin(String text, int i) {
        return i > 0 && i + 1 < text.length() && isLatinOrDigit(text.charAt(i - 1))
                && isLatinOrDigit(text.charAt(i + 1));
    }

    private static boolean isLatinOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** A one-letter word right before the full stop at {@code i}, not after a number. */
    private static boolean afterAbbreviation(Token[] tokens, int next, int i) {
        int k = next - 1;
        if (k < 0 || tokens[k].end() != i) {
            return false;
        }
        String word = tokens[k].normalized();
        if (word.length() != 1 || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        return k == 0 || !tokens[k - 1].isNumber();
    }

    /** Adds the sentence {@code [from, to)} trimmed, if it holds tokens; returns the first token after it. */
    private static int add(List<Sentence> out, String text, Token[] tokens, int first, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int end = first;
        while (end < tokens.length && tokens[end].start() < e) {
            end++;
        }
        if (end > first) {
            out.add(new Sentence(s, e, first, end));
        }
        return end;
    }
}
