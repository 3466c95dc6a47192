package org.maydan.event;

/**
 * A character range {@code [start, end)} in an article's text, in UTF-16 units as Java counts them.
 *
 * @param start first character
 * @param end one past the last character
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
