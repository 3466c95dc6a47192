package org.maydan.gazetteer.text;

import java.util.List;

/**
 * Lines that point to other articles: a "read also" line and its headline (اقرأ أيضاً: قصف على
 * كفرنبل), or the headline on the line after a "see also" marker standing alone (شاهد أيضاً). Their
 * places and events belong to the other article, not to this one.
 */
public final class RelatedLinks {

    /** The markers, normalized: اقرأ أيضاً (also spelled إقرأ) and شاهد أيضاً. */
    private static final List<String> MARKERS = List.of("اقرا ايضا", "شاهد ايضا");
    /** How many chars of a line's start are normalized to look for a marker. */
    private static final int MARKER_CHARS = 16;

    private RelatedLinks() {
    }

    /** Whether char {@code offset} of {@code text} stands on a related-article line. */
    public static boolean isRelatedLink(String text, int offset) {
        int lineStart = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
        if (startsWithMarker(text, lineStart)) {
            return true;
        }
        // the headline under a marker alone on its line, blank lines between
        int before = lineStart - 1;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        if (before <= 0) {
            return false;
        }
        int previousStart = text.lastIndexOf('\n', before - 1) + 1;
        return startsWithMarker(text, previousStart)
                && MARKERS.contains(ArabicNormalizer.normalize(text.substring(previousStart, before)));
    }

    private static boolean startsWithMarker(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        end = Math.min(end < 0 ? text.length() : end, lineStart + MARKER_CHARS);
        String head = ArabicNormalizer.normalize(text.substring(lineStart, end));
        for (String marker : MARKERS) {
            if (head.startsWith(marker)) {
                return true;
            }
        }
        return false;
    }
}
