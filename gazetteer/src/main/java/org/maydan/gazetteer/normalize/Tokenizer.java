package org.maydan.gazetteer.normalize;

import java.util.ArrayList;
import java.util.List;
import org.maydan.gazetteer.ArabicNormalizer;

/** Splits text into {@link Token}s with offsets into the original text, normalizing each token. */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The non-empty normalized tokens of {@code text}, in order. */
    public static List<Token> tokenize(CharSequence text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
        char[] buffer = new char[64];
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !ArabicNormalizer.isTokenChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && ArabicNormalizer.isTokenChar(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                if (buffer.length < i - start) {
                    buffer = new char[i - start];
                }
                int len = ArabicNormalizer.normalizeToken(text, start, i, buffer);
                if (len > 0) {
                    tokens.add(new Token(start, i, new String(buffer, 0, len)));
                }
            }
        }
        return tokens;
    }
}
