package org.maydan.gazetteer.match;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.ArabicNormalizer;
import org.maydan.gazetteer.Candidate;
import org.maydan.gazetteer.Candidate.MatchQuality;
import org.maydan.gazetteer.NameMatch;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.RankingContext;
import org.maydan.gazetteer.index.PlaceIndex;
import org.maydan.gazetteer.normalize.LooseKeys;
import org.maydan.gazetteer.normalize.Proclitics;
import org.maydan.gazetteer.normalize.Token;
import org.maydan.gazetteer.normalize.Tokenizer;
import org.maydan.gazetteer.resolve.HomonymRanker;

/**
 * Finds place names in text: a left-to-right longest match over normalized tokens, each span looked
 * up by hash (exact normalized name, then loose key), extension stopping as soon as no name starts
 * with the span. A first token is read as it stands first; a proclitic is stripped only when that
 * gives a name and the unstripped token does not start one. Region phrases are tried first.
 */
public final class TextScanner {

    /** Shortest loose key accepted, so short common words do not match villages loosely. */
    static final int MIN_LOOSE_KEY = 3;
    /** Shortest exact single-token name accepted. */
    static final int MIN_EXACT_NAME = 2;

    private final PlaceIndex index;
    private final RegionPhrases regions;

    public TextScanner(PlaceIndex index, RegionPhrases regions) {
        this.index = index;
        this.regions = regions;
    }

    /** All names in {@code text}, in text order, not overlapping. */
    public List<NameMatch> findNames(String text) {
        return findNames(text, Tokenizer.tokenize(text));
    }

    /** All names in {@code text}, given its tokens ({@link Tokenizer#tokenize}). */
    public List<NameMatch> findNames(String text, List<Token> tokens) {
        List<NameMatch> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            RegionPhrases.Hit region = regions.match(text, tokens, i);
            if (region != null) {
                out.addAll(region.matches());
                i = region.nextToken();
                continue;
            }
            Span best = longest(tokens, i, tokens.get(i).normalized(), "");
            if (best == null) {
                for (Proclitics.Split split : Proclitics.splits(tokens.get(i).normalized())) {
                    Span s = longest(tokens, i, split.remainder(), split.prefix());
                    if (s != null && (best == null || s.lastToken > best.lastToken)) {
                        best = s;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            out.add(toMatch(text, tokens, best));
            i = best.lastToken + 1;
        }
        return out;
    }

    /** A matched span: tokens {@code [first, lastToken]}, the proclitic and the matched places. */
    record Span(int first, int lastToken, String prefix, String name, List<Place> exact,
            List<Place> loose) {
    }

    /** The longest name starting at token {@code i} read as {@code firstForm}, or null. */
    @Nullable Span longest(List<Token> tokens, int i, String firstForm, String prefix) {
        StringBuilder exactKey = new StringBuilder(firstForm);
        StringBuilder compact = new StringBuilder();
        Span best = null;
        int last = Math.min(tokens.size(), i + index.maxTokens());
        for (int j = i; j < last; j++) {
            String token = j == i ? firstForm : tokens.get(j).normalized();
            if (j > i) {
                exactKey.append(' ').append(token);
            }
            LooseKeys.appendToken(compact, token, 0, token.length(), false);
            String compactKey = compact.toString();
            String name = exactKey.toString();
            List<Place> exact = name.length() >= MIN_EXACT_NAME ? index.exact(name) : List.of();
            String looseKey = LooseKeys.foldFinal(compactKey);
            List<Place> loose = looseKey.length() >= MIN_LOOSE_KEY ? index.loose(looseKey) : List.of();
            if (!exact.isEmpty() || !loose.isEmpty()) {
                best = new Span(i, j, prefix, name, exact, loose);
            }
            int end = compact.length() - 1;
            if (end >= 0 && compact.charAt(end) == 'ه') {
                compact.setCharAt(end, 'ت');
            }
            if (!index.isCompactPrefix(compact.toString())) {
                break;
            }
        }
        return best;
    }

    private NameMatch toMatch(String text, List<Token> tokens, Span span) {
        Token first = tokens.get(span.first());
        int start = first.start() + originalLength(text, first.start(), span.prefix().length());
        int end = tokens.get(span.lastToken()).end();
        return new NameMatch(start, end, text.substring(start, end), span.prefix(), span.name(),
                candidates(span.exact(), span.loose()));
    }

    /** Exact places then loose ones, ranked without context. */
    public static List<Candidate> candidates(List<Place> exact, List<Place> loose) {
        List<Candidate> out = new ArrayList<>(exact.size() + loose.size());
        for (Place p : exact) {
            out.add(Candidate.of(p, MatchQuality.EXACT, 0));
        }
        for (Place p : loose) {
            if (!exact.contains(p)) {
                out.add(Candidate.of(p, MatchQuality.LOOSE, 0));
            }
        }
        return HomonymRanker.rank(out, RankingContext.NONE);
    }

    /** How many original chars from {@code from} normalize to {@code normalizedChars} chars. */
    private static int originalLength(String text, int from, int normalizedChars) {
        int i = from;
        int seen = 0;
        char[] buffer = new char[4];
        while (seen < normalizedChars && i < text.length()) {
            seen += ArabicNormalizer.normalizeToken(text, i, i + 1, buffer);
            i++;
        }
        while (i < text.length() && ArabicNormalizer.normalizeToken(text, i, i + 1, buffer) == 0
                && ArabicNormalizer.isTokenChar(text.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
