package org.maydan.gazetteer.normalize;

/** A token of the original text: {@code [start, end)} char offsets and its normalized form. */
public record Token(int start, int end, String normalized) {
}
