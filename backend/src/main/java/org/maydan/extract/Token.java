package org.maydan.extract;

/**
 * A word of the text: char offsets [start, end) into the original, its normalised form, its
 * proclitic-free readings, the clause it belongs to and whether it sits inside parentheses.
 * Its reading as a number is worked out once, when the token is made.
 *
 * @param firstDigit index of the first digit if the token is digits after at most a few proclitic
 *     letters, else -1
 * @param numberValue the token's integer value, or -1 when it is not a number or too long to be a count
 */
record Token(int start, int end, String norm, String[] forms, int clause, boolean parenthesised, int firstDigit,
        int numberValue) {

    /** Proclitic letters that may precede the digits of a number token (و، ب، لـ). */
    private static final int MAX_LETTERS_BEFORE_DIGITS = 3;
    private static final int MAX_COUNT_DIGITS = 6;
    private static final int DECIMAL = 10;

    static Token of(int start, int end, String norm, String[] forms, int clause, boolean parenthesised) {
        int firstDigit = firstDigit(norm);
        int value = firstDigit < 0 || norm.length() - firstDigit > MAX_COUNT_DIGITS
                ? -1 : Integer.parseInt(norm, firstDigit, norm.length(), DECIMAL);
        return new Token(start, end, norm, forms, clause, parenthesised, firstDigit, value);
    }

    /** The same word at another place of the text: its readings are shared, not worked out again. */
    Token again(int otherStart, int otherEnd, int otherClause, boolean otherParenthesised) {
        return new Token(otherStart, otherEnd, norm, forms, otherClause, otherParenthesised, firstDigit, numberValue);
    }

    boolean is(String form) {
        for (String f : forms) {
            if (f.equals(form)) {
                return true;
            }
        }
        return false;
    }

    boolean isNumber() {
        return firstDigit >= 0;
    }

    private static int firstDigit(String norm) {
        int i = 0;
        while (i < norm.length() && i < MAX_LETTERS_BEFORE_DIGITS && !Character.isDigit(norm.charAt(i))) {
            i++;
        }
        if (i == norm.length() || !Character.isDigit(norm.charAt(i))) {
            return -1;
        }
        for (int j = i; j < norm.length(); j++) {
            if (!Character.isDigit(norm.charAt(j))) {
                return -1;
            }
        }
        return i;
    }
}
