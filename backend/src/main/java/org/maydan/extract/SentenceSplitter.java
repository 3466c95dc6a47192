package org.maydan.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at . ! ? ؟ ؛ ; … and line breaks, keeping char offsets. A full stop
 * between digits (3.5, 2018.06.17) does not end a sentence. The Arabic comma does not end one
 * either: it separates clauses, which {@link TokenizedText} tracks, because coordinated places and
 * a sentence's date often sit on both sides of it.
 */
final class SentenceSplitter {

    /** A sentence as [start, end) char offsets, trimmed of surrounding whitespace. */
    record Span(int start, int end) {

        String text(String source) {
            return source.substring(start, end);
        }
    }

    private SentenceSplitter() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isBoundary(text, i, c)) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isBoundary(String text, int i, char c) {
        return switch (c) {
            case '\n', '!', '?', '؟', '؛', ';', '…' -> true;
            case '.' -> !(i > 0 && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
            default -> false;
        };
    }

    private static void add(List<Span> out, String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        boolean hasWord = false;
        for (int i = s; i < e && !hasWord; i++) {
            hasWord = ArabicText.isWordChar(text.charAt(i));
        }
        if (hasWord) {
            out.add(new Span(s, e));
        }
    }
}
