package org.maydan.gazetteer.text;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A text read once for everything that works on its words: its {@link Token}s with offsets into
 * the original, normalized once per spelling, with their clauses; and its {@link Sentence}s. The
 * geoparser finds places over these tokens and the event extractor reads the same tokens, so both
 * agree on every word boundary and offset. Not thread-safe: one per text and thread.
 */
public final class TokenizedText {

    private final String text;
    private final Token[] tokens;
    private final List<Token> tokenList;
    private final List<Sentence> sentences;
    private final int[] sentenceOfToken;
    private @Nullable RelatedLinks relatedLinks;

    private TokenizedText(String text, Token[] tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = tokens;
        // an immutable list reads its own array, where a view over Arrays.asList is two calls deep
        this.tokenList = List.of(tokens);
        this.sentences = List.copyOf(sentences);
        this.sentenceOfToken = new int[tokens.length];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            Arrays.fill(sentenceOfToken, sentence.firstToken(), sentence.endToken(), s);
        }
    }

    /** Tokenizes and splits {@code text}. Cost is linear in its length. */
    public static TokenizedText of(String text) {
        Token[] tokens = Tokenizer.tokenize(text);
        return new TokenizedText(text, tokens, SentenceSplitter.split(text, tokens));
    }

    /** The original text. */
    public String text() {
        return text;
    }

    /** The tokens in text order (unmodifiable). */
    public List<Token> tokens() {
        return tokenList;
    }

    /** The number of tokens. */
    public int size() {
        return tokens.length;
    }

    /** Token {@code i}. */
    public Token token(int i) {
        return tokens[i];
    }

    /** The sentences in text order; together they hold every token. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The index in {@link #sentences} of the sentence holding token {@code i}. */
    public int sentenceOf(int i) {
        return sentenceOfToken[i];
    }

    /**
     * Whether char {@code offset} stands on a line that points to another article ({@link
     * RelatedLinks}); the lines are judged once per text, however many names and sentences ask.
     */
    public boolean onRelatedLink(int offset) {
        RelatedLinks r = relatedLinks;
        if (r == null) {
            r = RelatedLinks.of(text);
            relatedLinks = r;
        }
        return r.contains(offset);
    }

    /** Index of the first token ending after {@code offset} (the token holding it, if any), or {@link #size}. */
    public int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index one past the last token that starts before {@code offset}. */
    public int tokenEndBefore(int offset) {
        int lo = 0;
        int hi = tokens.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
