package org.maydan.gazetteer.text;

import java.util.Arrays;
import java.util.List;

/**
 * Lines that point to other articles: a "read also" line and its headline (اقرأ أيضاً: قصف على
 * كفرنبل), or the headline on the line after a "see also" marker standing alone (شاهد أيضاً). Their
 * places and events belong to the other article, not to this one.
 */
public final class RelatedLinks {

    /** The markers, normalized: اقرأ أيضاً (also spelled إقرأ) and شاهد أيضاً. */
    private static final List<String> MARKERS = List.of("اقرا ايضا", "شاهد ايضا");
    /** The letters that normalize to ا. */
    private static final String ALEFS = "اأإآٱ";
    /** Longest stretch of a related line before a name on it. */
    private static final int MAX_LINK_CHARS = 300;
    /** How many chars of a line's start are normalized to look for a marker. */
    private static final int MARKER_CHARS = 16;

    /** The offset after each line break of the text, in order. */
    private final int[] lineStarts;
    /** Whether the line starting at {@code lineStarts[k - 1]} (the first line: k = 0) is a related line. */
    private final boolean[] related;

    private RelatedLinks(String text) {
        // indexOf rather than a loop over charAt: it scans a whole text for line breaks many chars at a time
        int breaks = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            breaks++;
        }
        lineStarts = new int[breaks];
        for (int i = text.indexOf('\n'), k = 0; i >= 0; i = text.indexOf('\n', i + 1)) {
            lineStarts[k++] = i + 1;
        }
        related = new boolean[breaks + 1];
        for (int k = 0; k <= breaks; k++) {
            related[k] = startsRelatedLine(text, k == 0 ? 0 : lineStarts[k - 1]);
        }
    }

    /**
     * The related lines of {@code text}, each line judged once: {@link TokenizedText} asks for every
     * name and sentence of its text, so the lines are not read again per name.
     */
    static RelatedLinks of(String text) {
        return new RelatedLinks(text);
    }

    /**
     * Whether char {@code offset} of the text stands on a related-article line, as {@link
     * #isRelatedLink(String, int)} tells.
     */
    boolean contains(int offset) {
        // the line holding offset: the last line break before it
        int k = Arrays.binarySearch(lineStarts, offset);
        k = k >= 0 ? k + 1 : -k - 1;
        int lineStart = k == 0 ? 0 : lineStarts[k - 1];
        boolean near = k == 0 ? offset <= MAX_LINK_CHARS : offset - lineStart < MAX_LINK_CHARS;
        return near && related[k];
    }

    /**
     * Whether char {@code offset} of {@code text} stands on a related-article line. Only the
     * {@value #MAX_LINK_CHARS} chars before it are read: a headline line is short, and every name
     * of a long text asks.
     */
    public static boolean isRelatedLink(String text, int offset) {
        int lineStart = lineStart(text, offset);
        return lineStart >= 0 && startsRelatedLine(text, lineStart);
    }

    /** Whether the line starting at {@code lineStart} is a marker line or the headline under a marker alone on its line. */
    private static boolean startsRelatedLine(String text, int lineStart) {
        if (startsWithMarker(text, lineStart)) {
            return true;
        }
        // the headline under a marker alone on its line, blank lines between
        int before = lineStart;
        while (before > 0 && lineStart - before < MAX_LINK_CHARS && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        if (before <= 0 || before == lineStart) {
            return false;
        }
        int previousStart = lineStart(text, before - 1);
        return previousStart >= 0 && startsWithMarker(text, previousStart)
                && MARKERS.contains(ArabicNormalizer.normalize(text.substring(previousStart, before)));
    }

    /** The start of the line holding {@code offset}, or -1 when it starts more than {@value #MAX_LINK_CHARS} chars before. */
    private static int lineStart(String text, int offset) {
        int limit = Math.max(0, offset - MAX_LINK_CHARS);
        for (int i = offset - 1; i >= limit; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return limit == 0 ? 0 : -1;
    }

    private static boolean startsWithMarker(String text, int lineStart) {
        // only the line's first chars: looking for its end would read a long line to the end per name
        int limit = Math.min(text.length(), lineStart + MARKER_CHARS);
        if (!mayOpenMarker(text, lineStart, limit)) {
            return false;
        }
        int end = lineStart;
        while (end < limit && text.charAt(end) != '\n') {
            end++;
        }
        String head = ArabicNormalizer.normalize(text.substring(lineStart, end));
        for (String marker : MARKERS) {
            if (head.startsWith(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first word of {@code text[from, limit)} may open a marker: every name asks, so a
     * line that opens with another word is ruled out before its head is normalized. Its first two
     * letters must be those of a marker (اق or شا, the alef in any of its forms); a mark or format
     * control among them, which normalization drops, leaves the question to normalization.
     */
    private static boolean mayOpenMarker(String text, int from, int limit) {
        int i = from;
        while (i < limit && !ArabicNormalizer.isTokenChar(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                return false;
            }
            i++;
        }
        if (i + 1 >= limit) {
            return i < limit;
        }
        char first = text.charAt(i);
        char second = text.charAt(i + 1);
        if (!Character.isLetter(first) || !Character.isLetter(second)) {
            return true;
        }
        return ALEFS.indexOf(first) >= 0 ? second == 'ق' : first == 'ش' && ALEFS.indexOf(second) >= 0;
    }
}
