package org.maydan.gazetteer.text;

/**
 * A sentence of a text: {@code [start, end)} char offsets without surrounding white space, ending
 * with its full stop or other end mark, and its tokens {@code [firstToken, endToken)}.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {

    /** The sentence as written in {@code text}. */
    public String text(String text) {
        return text.substring(start, end);
    }
}
