package org.maydan.gazetteer.text;

/**
 * A token of a text: {@code [start, end)} char offsets into the original (format controls at its
 * edges left out), its {@link Word}, the clause it belongs to and whether it stands inside
 * parentheses. Clauses are numbered from 0 and end at sentence ends, commas, semicolons, colons,
 * dashes and bars; parentheses close at a line break at the latest.
 */
public record Token(int start, int end, Word word, int clause, boolean inParentheses) {

    /** The normalized form of the token. */
    public String normalized() {
        return word.normalized();
    }

    /** Whether {@code form} is one of the token's readings without proclitics. */
    public boolean is(String form) {
        return word.is(form);
    }

    /** Whether the token is a whole number, possibly after proclitics (و12). */
    public boolean isNumber() {
        return word.firstDigit() >= 0;
    }
}
