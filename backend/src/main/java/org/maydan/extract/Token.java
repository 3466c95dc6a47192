package org.maydan.extract;

/**
 * A word of the text: char offsets [start, end) into the original, its normalised form, its
 * proclitic-free readings, the clause it belongs to and whether it sits inside parentheses.
 */
record Token(int start, int end, String norm, String[] forms, int clause, boolean parenthesised) {

    boolean is(String form) {
        for (String f : forms) {
            if (f.equals(form)) {
                return true;
            }
        }
        return false;
    }

    boolean isNumber() {
        return firstDigit() >= 0;
    }

    /** Index of the first digit if the token is digits after at most a few proclitic letters. */
    int firstDigit() {
        int i = 0;
        while (i < norm.length() && i < 3 && !Character.isDigit(norm.charAt(i))) {
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

    /** The token's integer value, or -1 when it is not a number or too long to be a count. */
    int numberValue() {
        int i = firstDigit();
        if (i < 0 || norm.length() - i > 6) {
            return -1;
        }
        return Integer.parseInt(norm.substring(i));
    }
}
