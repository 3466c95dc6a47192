package org.maydan.gazetteer.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.Candidate;
import org.maydan.gazetteer.Candidate.MatchQuality;
import org.maydan.gazetteer.NameMatch;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.RankingContext;
import org.maydan.gazetteer.index.CompactTrie;
import org.maydan.gazetteer.index.PlaceIndex;
import org.maydan.gazetteer.normalize.LooseKeys;
import org.maydan.gazetteer.resolve.HomonymRanker;
import org.maydan.gazetteer.text.ArabicNormalizer;
import org.maydan.gazetteer.text.Proclitics;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;
import org.maydan.gazetteer.text.Word;
import org.maydan.gazetteer.text.WordMemo;

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
    /** The alef of the article that ل drops (للرقة): restored in the name read and its surface. */
    private static final char ARTICLE_ALEF = 'ا';

    private final PlaceIndex index;
    private final RegionPhrases regions;
    private final Lexicon lexicon;
    /**
     * The ranked candidates of each pair of place lists met so far ({@link #candidates}). Both lists
     * come from the immutable index, one per name or key, so the pair is known by identity, the
     * ranking without context never changes, and there are at most as many pairs as names.
     */
    private final Map<Lists, List<Candidate>> ranked = new ConcurrentHashMap<>();
    /** What the scan worked out about each word spelling as the first token of a span, across texts. */
    private final WordMemo<FirstWord> firstWords = new WordMemo<>(FirstWord::new);

    public TextScanner(PlaceIndex index, RegionPhrases regions, Lexicon lexicon) {
        this.index = index;
        this.regions = regions;
        this.lexicon = lexicon;
    }

    /** All names in {@code text}, in text order, not overlapping. */
    public List<NameMatch> findNames(String text) {
        return findNames(text, TokenizedText.of(text).tokens());
    }

    /** All names in {@code text}, given its tokens ({@link TokenizedText#tokens}). */
    public List<NameMatch> findNames(String text, List<Token> tokens) {
        List<NameMatch> out = new ArrayList<>();
        FirstTokens firsts = new FirstTokens(text, tokens);
        int i = 0;
        while (i < tokens.size()) {
            RegionPhrases.Hit region = firsts.mayStartRegion(tokens.get(i).word()) ? regions.match(text, tokens, i) : null;
            if (region != null) {
                out.addAll(region.matches());
                i = region.nextToken();
                continue;
            }
            // most tokens start no name in any reading: their walks are not gone over again
            boolean mayStartName = firsts.mayStartName(tokens, i);
            Span best = mayStartName ? longest(tokens, i, 0, false, firsts) : null;
            if (best == null && mayStartName) {
                best = afterProclitic(tokens, i, firsts);
            }
            if (best == null && hasVariantCue(text, tokens, i, firsts)) {
                best = variant(tokens, i, firsts);
            }
            if (best == null && mayStartName) {
                best = weak(tokens, i, firsts);
            }
            if (best == null || reachesFurtherInside(tokens, best, firsts)) {
                i++;
                continue;
            }
            out.add(toMatch(text, tokens, best));
            i = best.lastToken + 1;
        }
        return out;
    }

    /**
     * Whether a name led by a settlement noun (منطقة التل, an alias of a district) would hide a
     * longer name that starts after the noun (منطقة تل ملح: the village تل ملح): the noun then
     * yields, and the scan goes on from the next token.
     */
    private boolean reachesFurtherInside(List<Token> tokens, Span best, FirstTokens firsts) {
        int i = best.first();
        if (best.lastToken() == i || best.skip() > 0 || !MentionFilter.isSettlementOnlyNoun(tokens.get(i).word())) {
            return false;
        }
        Span inner = longest(tokens, i + 1, 0, false, firsts);
        return inner != null && inner.lastToken() > best.lastToken();
    }

    /**
     * The longest weak name ({@link PlaceIndex#joinedNameParts}) at token {@code i}, as it stands or
     * after a proclitic, or null; also null where an ordinary name starts at a later token of it: a
     * weak name never wins over an ordinary one.
     */
    private @Nullable Span weak(List<Token> tokens, int i, FirstTokens firsts) {
        Span best = longestWeak(tokens, i, 0, false, firsts);
        if (best == null) {
            String token = tokens.get(i).normalized();
            best = afterProclitic(tokens, i, token, Proclitics.maxPrefix(token), true, true, firsts);
            if (best == null) {
                return null;
            }
            // no proclitic is read off a known word, nor more of one than leaves a known word
            int known = firsts.shortestKnownReading(tokens.get(i).word());
            if (known >= 0 && known < best.skip()) {
                return null;
            }
        }
        for (int j = i + 1; j <= best.lastToken(); j++) {
            if (longest(tokens, j, 0, false, firsts) != null || afterProclitic(tokens, j, firsts) != null) {
                return null;
            }
        }
        return new Span(best.first(), best.lastToken(), best.skip(), best.alef(), best.reach(), false, true);
    }

    /**
     * The longest name read after a proclitic of token {@code i}, or null. A proclitic is not read
     * off a word that is itself a known word ({@link Lexicon#isKnownWord}): لبنان is the country,
     * not ل + the village بنان; and after ل + ل the reading ل + word (للبنان) wins over ل + ال +
     * rest when that word is known. Known words are looked up only when a reading matched.
     */
    private @Nullable Span afterProclitic(List<Token> tokens, int i, FirstTokens firsts) {
        String token = tokens.get(i).normalized();
        int max = Proclitics.maxPrefix(token);
        Span best = afterProclitic(tokens, i, token, max, true, false, firsts);
        if (best == null) {
            return null;
        }
        int known = firsts.shortestKnownReading(tokens.get(i).word());
        if (known < 0 || best.skip() < known || best.skip() == known && !best.alef()) {
            return best;
        }
        return known == 0 ? null : afterProclitic(tokens, i, token, known, false, false, firsts);
    }

    /**
     * The longest match after a proclitic of at most {@code max} letters, of a weak name if
     * {@code weak}; ل + ال at {@code max} only if {@code alefAtMax}.
     */
    private @Nullable Span afterProclitic(List<Token> tokens, int i, String token, int max, boolean alefAtMax,
            boolean weak, FirstTokens firsts) {
        Span best = null;
        for (int k = 1; k <= max; k++) {
            if (Proclitics.dropsArticleAlef(token, k) && (k < max || alefAtMax)) {
                best = longer(best, weak ? longestWeak(tokens, i, k, true, firsts) : longest(tokens, i, k, true, firsts));
            }
            best = longer(best, weak ? longestWeak(tokens, i, k, false, firsts) : longest(tokens, i, k, false, firsts));
        }
        return best;
    }

    /** The shortest proclitic prefix (0: the token itself) leaving a known word, or -1. */
    private int shortestKnownReading(String token, int max) {
        for (int k = 0; k <= max; k++) {
            if (lexicon.isKnownWord(k == 0 ? token : token.substring(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A matched span: tokens {@code [first, lastToken]}, read after a proclitic of {@code skip}
     * letters (with the article's alef restored when {@code alef}), and the walk that matched its
     * places.
     */
    record Span(int first, int lastToken, int skip, boolean alef, Reach reach, boolean variant, boolean weak) {
    }

    /**
     * A cue before token {@code i} that admits a vowel variant: a settlement noun or a front before
     * it, or a hashtag. Prepositions are not enough: verbal nouns and broken plurals insert long
     * vowels too (تدمير is no variant of تدمر, مقاتلي none of مقتلة).
     */
    private static boolean hasVariantCue(String text, List<Token> tokens, int i, FirstTokens firsts) {
        int start = tokens.get(i).start();
        if (start > 0 && text.charAt(start - 1) == '#') {
            return true;
        }
        return i > 0 && firsts.isVariantCue(tokens.get(i - 1).word());
    }

    /**
     * Token {@code i} (or its reading after a proclitic) as a vowel variant of a single name: same
     * vowel skeleton, at least {@link PlaceIndex#MIN_VARIANT_CONSONANTS} consonants, or null.
     */
    private @Nullable Span variant(List<Token> tokens, int i, FirstTokens firsts) {
        Variant v = firsts.variant(tokens.get(i).word());
        return v == Variant.NONE ? null
                : new Span(i, i, v.skip(), false, new Reach(CompactTrie.NONE, 0, 0, List.of(), v.places()), true, false);
    }

    /** {@link #variant} of a word spelled {@code token}: the proclitic read off and the places, or {@link Variant#NONE}. */
    private Variant variantOf(String token, int known) {
        int max = known >= 0 ? known : Proclitics.maxPrefix(token);
        for (int k = 0; k <= max; k++) {
            String key = LooseKeys.vowelSkeleton(LooseKeys.of(token.substring(k)));
            if (LooseKeys.consonants(key) < PlaceIndex.MIN_VARIANT_CONSONANTS) {
                return Variant.NONE;
            }
            List<Place> places = index.variants(key);
            if (!places.isEmpty()) {
                return new Variant(k, places);
            }
        }
        return Variant.NONE;
    }

    /** A word read as a vowel variant of a name after {@code skip} proclitic letters. */
    private record Variant(int skip, List<Place> places) {

        static final Variant NONE = new Variant(0, List.of());
    }

    private static @Nullable Span longer(@Nullable Span best, @Nullable Span s) {
        return s != null && (best == null || s.lastToken > best.lastToken) ? s : best;
    }

    /**
     * The longest name starting at token {@code i}, its first {@code skip} letters read as a
     * proclitic (and, if {@code alef}, ال restored for لل), or null. Walks the {@link CompactTrie}
     * letter by letter and builds no string: the article of each token is skipped, a token-final ه
     * continues as ت, and the loose key of a span ending in a final vowel is read from the node
     * before that vowel. Where a key ends, the span's name is compared with the node's exact names
     * by length and then letter by letter: a node holds one to a few names, so that costs less than
     * hashing every span read, most of which reach no name. The walk over the first token is
     * {@code firsts}' own, done once per word of the text.
     */
    private @Nullable Span longest(List<Token> tokens, int i, int skip, boolean alef, FirstTokens firsts) {
        return longestFrom(index.trie(), firsts.reach(tokens, i, skip, alef), tokens, i, skip, alef, firsts);
    }

    /**
     * {@link #longest} over the names of {@code trie}, the walk over token {@code i} being {@code first}.
     * A name runs on over spaces and a line break (كفر / نبودة), never over punctuation (في المنطقة، دير
     * الزور is no منطقة دير الزور).
     */
    private @Nullable Span longestFrom(CompactTrie trie, Reach first, List<Token> tokens, int i, int skip, boolean alef,
            FirstTokens firsts) {
        Reach reach = first;
        Span best = reach.names() ? new Span(i, i, skip, alef, reach, false, false) : null;
        int last = Math.min(tokens.size(), i + index.maxTokens());
        for (int j = i + 1; j < last && reach.next() != CompactTrie.NONE && firsts.joined(tokens, j); j++) {
            reach = reach(trie, reach, tokens, i, j, skip, alef);
            if (reach.names()) {
                best = new Span(i, j, skip, alef, reach, false, false);
            }
        }
        return best;
    }

    /** The longest weak name at token {@code i} read after {@code skip} letters. */
    private @Nullable Span longestWeak(List<Token> tokens, int i, int skip, boolean alef, FirstTokens firsts) {
        return longestFrom(index.weakTrie(), firsts.weakReach(tokens, i, skip, alef), tokens, i, skip, alef, firsts);
    }

    /**
     * Where the walk of the trie stands after tokens {@code [i, j]}, {@code before} being where it
     * stood after {@code [i, j - 1]} ({@link Reach#START} for {@code j == i}); {@link Reach#NOWHERE}
     * if no key goes on with token {@code j}.
     */
    private Reach reach(CompactTrie trie, Reach before, List<Token> tokens, int i, int j, int skip, boolean alef) {
        String token = tokens.get(j).normalized();
        int from = j == i ? skip : 0;
        int formLength = token.length() - from + (alef && j == i ? 1 : 0);
        int nameLength = before.nameLength() + formLength + (j > i ? 1 : 0);
        if (alef && j == i) {
            from++;
        } else if (formLength - 2 >= LooseKeys.MIN_TOKEN_AFTER_ARTICLE && token.charAt(from) == 'ا'
                && token.charAt(from + 1) == 'ل') {
            from += 2;
        }
        int end = token.length();
        int parent = trie.walk(before.next(), token, from, end - 1);
        if (parent == CompactTrie.NONE) {
            return Reach.NOWHERE;
        }
        char lastChar = token.charAt(end - 1);
        int here = trie.child(parent, lastChar);
        int compactLength = before.compactLength() + end - from;
        List<Place> loose = List.of();
        if (compactLength >= MIN_LOOSE_KEY) {
            loose = LooseKeys.isFoldedFinal(lastChar) && compactLength > 1
                    ? trie.looseBeforeVowel(parent)
                    : here == CompactTrie.NONE ? List.of() : trie.looseHere(here);
        }
        List<Place> exact = List.of();
        if (here != CompactTrie.NONE && nameLength >= MIN_EXACT_NAME) {
            exact = exactPlaces(trie, here, nameLength, tokens, i, j, skip, alef);
        }
        int next = lastChar == 'ه' ? trie.child(parent, 'ت') : here;
        return new Reach(next, compactLength, nameLength, exact, loose);
    }

    /**
     * A walk of the trie after some tokens: the node to go on from ({@link CompactTrie#NONE} if no
     * key goes on), the letters walked and the length of the span's name, the places the span names
     * exactly and loosely, and their ranking once a match asked for it.
     */
    private record Reach(int next, int compactLength, int nameLength, List<Place> exact, List<Place> loose,
            Ranking ranking) {

        static final Reach START = new Reach(CompactTrie.ROOT, 0, 0, List.of(), List.of());
        static final Reach NOWHERE = new Reach(CompactTrie.NONE, 0, 0, List.of(), List.of());

        Reach(int next, int compactLength, int nameLength, List<Place> exact, List<Place> loose) {
            this(next, compactLength, nameLength, exact, loose, new Ranking());
        }

        boolean names() {
            return !exact.isEmpty() || !loose.isEmpty();
        }
    }

    /**
     * The candidates of a walk's places as {@link #ranked} keeps them, once a match ended there: the
     * walks over a first token are kept across texts ({@link FirstWord}), so most matches read them
     * here rather than look the pair of lists up in the map again. The map's own list, so threads
     * that race to set it set the same.
     */
    private static final class Ranking {

        @Nullable List<Candidate> candidates;
    }

    /**
     * What the scan works out about a word as the first token of a span: the walks of both tries
     * over it as it stands and after each proclitic, and its shortest reading that is a known word.
     * Filled in lazily; every slot's value depends on the spelling alone, so threads that race to
     * fill one write the same immutable value.
     */
    private static final class FirstWord {

        /** Readings of a first token: proclitics of 0 to {@link Proclitics#MAX_PREFIX} letters, each with ال restored or not. */
        static final int READINGS = 2 * (Proclitics.MAX_PREFIX + 1);
        static final int UNKNOWN = -2;

        final @Nullable Reach[] reaches = new Reach[READINGS];
        /** The same over the weak names' trie, tried only where no ordinary name starts. */
        final @Nullable Reach[] weakReaches = new Reach[READINGS];
        volatile int knownReading = UNKNOWN;
        /** Whether a name may start at the word ({@link FirstTokens#mayStartName}); null until worked out. */
        volatile @Nullable Boolean mayStartName;
        /** Whether a region phrase may start at the word ({@link RegionPhrases#mayStart}), worked out at once. */
        final boolean mayStartRegion;
        /** Whether the word before a token admits a vowel variant of it ({@link #hasVariantCue}). */
        final boolean variantCue;
        volatile @Nullable Variant variant;

        FirstWord(String word) {
            mayStartRegion = RegionPhrases.mayStart(word);
            variantCue = MentionFilter.SETTLEMENT_OR_FRONT.containsAfterProclitic(word);
        }
    }

    /**
     * The scan's {@link FirstWord}s for the words of one text ({@link Word#index}), taken from the
     * scanner's {@link WordMemo} once per word: news repeats its words within a text (a third of its
     * tokens are words met before in it) and across texts, and every token is tried as the start of a
     * name as it stands and after each proclitic, each try a walk of the trie. One per text and thread.
     */
    private final class FirstTokens {

        private final @Nullable FirstWord[] words;
        private final String text;

        FirstTokens(String text, List<Token> tokens) {
            this.text = text;
            int count = 0;
            for (int i = 0; i < tokens.size(); i++) {
                count = Math.max(count, tokens.get(i).word().index() + 1);
            }
            words = new FirstWord[count];
        }

        /** Whether token {@code j} follows token {@code j - 1} in its clause or past a line break alone. */
        boolean joined(List<Token> tokens, int j) {
            Token before = tokens.get(j - 1);
            Token token = tokens.get(j);
            if (token.clause() == before.clause()) {
                return true;
            }
            for (int c = before.end(); c < token.start(); c++) {
                if (!Character.isWhitespace(text.charAt(c))) {
                    return false;
                }
            }
            return true;
        }

        /** The walk over token {@code i} read after {@code skip} letters (and ال restored if {@code alef}). */
        Reach reach(List<Token> tokens, int i, int skip, boolean alef) {
            return cached(of(tokens.get(i).word()).reaches, index.trie(), tokens, i, skip, alef);
        }

        /** {@link #reach} over the weak names' trie. */
        Reach weakReach(List<Token> tokens, int i, int skip, boolean alef) {
            return cached(of(tokens.get(i).word()).weakReaches, index.weakTrie(), tokens, i, skip, alef);
        }

        private FirstWord of(Word word) {
            FirstWord w = words[word.index()];
            if (w == null) {
                w = firstWords.get(word);
                words[word.index()] = w;
            }
            return w;
        }

        /** The slot's walk, done on first use; it reads token {@code i}'s spelling alone. */
        private Reach cached(@Nullable Reach[] slots, CompactTrie trie, List<Token> tokens, int i, int skip,
                boolean alef) {
            int slot = 2 * skip + (alef ? 1 : 0);
            Reach r = slots[slot];
            if (r == null) {
                r = TextScanner.this.reach(trie, Reach.START, tokens, i, i, skip, alef);
                slots[slot] = r;
            }
            return r;
        }

        /**
         * Whether a walk of either trie over token {@code i}, as it stands or after any proclitic the
         * scan may read off it, names a place or goes on to the next token: if none does, no name,
         * ordinary or weak, starts there. Worked out once per spelling, from the walks the scan keeps.
         */
        boolean mayStartName(List<Token> tokens, int i) {
            FirstWord w = of(tokens.get(i).word());
            Boolean may = w.mayStartName;
            if (may == null) {
                may = anyWalkGoesOn(tokens, i);
                w.mayStartName = may;
            }
            return may;
        }

        private boolean anyWalkGoesOn(List<Token> tokens, int i) {
            String token = tokens.get(i).normalized();
            for (int skip = 0; skip <= Proclitics.maxPrefix(token); skip++) {
                if (goesOn(reach(tokens, i, skip, false)) || goesOn(weakReach(tokens, i, skip, false))
                        || Proclitics.dropsArticleAlef(token, skip)
                                && (goesOn(reach(tokens, i, skip, true)) || goesOn(weakReach(tokens, i, skip, true)))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean goesOn(Reach reach) {
            return reach.names() || reach.next() != CompactTrie.NONE;
        }

        boolean mayStartRegion(Word word) {
            return of(word).mayStartRegion;
        }

        boolean isVariantCue(Word word) {
            return of(word).variantCue;
        }

        Variant variant(Word word) {
            FirstWord w = of(word);
            Variant v = w.variant;
            if (v == null) {
                v = variantOf(word.normalized(), shortestKnownReading(word));
                w.variant = v;
            }
            return v;
        }

        /** The shortest proclitic prefix of {@code word} (0: the word itself) leaving a known word, or -1. */
        int shortestKnownReading(Word word) {
            FirstWord w = of(word);
            int known = w.knownReading;
            if (known == FirstWord.UNKNOWN) {
                String token = word.normalized();
                known = TextScanner.this.shortestKnownReading(token, Proclitics.maxPrefix(token));
                w.knownReading = known;
            }
            return known;
        }
    }

    /** The places of the exact name at {@code node} that tokens {@code [i, j]} spell, or none. */
    private static List<Place> exactPlaces(CompactTrie trie, int node, int length, List<Token> tokens,
            int i, int j, int skip, boolean alef) {
        for (int e = trie.exactStart(node); e < trie.exactEnd(node); e++) {
            if (spells(trie.exactName(e), length, tokens, i, j, skip, alef)) {
                return trie.exactPlaces(e);
            }
        }
        return List.of();
    }

    /** Whether {@code name} is the name of tokens {@code [i, j]} ({@link #name}), {@code length} long. */
    private static boolean spells(String name, int length, List<Token> tokens, int i, int j, int skip, boolean alef) {
        if (name.length() != length) {
            return false;
        }
        int at = 0;
        if (alef && name.charAt(at++) != ARTICLE_ALEF) {
            return false;
        }
        for (int k = i; k <= j; k++) {
            if (k > i && name.charAt(at++) != ' ') {
                return false;
            }
            String token = tokens.get(k).normalized();
            int from = k == i ? skip : 0;
            if (!name.regionMatches(at, token, from, token.length() - from)) {
                return false;
            }
            at += token.length() - from;
        }
        return true;
    }

    /** The normalized name of tokens {@code [i, j]} as read after the proclitic. */
    private static String name(List<Token> tokens, int i, int j, int skip, boolean alef) {
        if (i == j && skip == 0 && !alef) {
            return tokens.get(i).normalized();
        }
        StringBuilder name = new StringBuilder();
        if (alef) {
            name.append(ARTICLE_ALEF);
        }
        name.append(tokens.get(i).normalized(), skip, tokens.get(i).normalized().length());
        for (int k = i + 1; k <= j; k++) {
            name.append(' ').append(tokens.get(k).normalized());
        }
        return name.toString();
    }

    private NameMatch toMatch(String text, List<Token> tokens, Span span) {
        Token first = tokens.get(span.first());
        int start = first.start() + originalLength(text, first.start(), span.skip());
        int end = tokens.get(span.lastToken()).end();
        String surface = text.substring(start, end);
        return new NameMatch(start, end, span.alef() ? ARTICLE_ALEF + surface : surface,
                first.normalized().substring(0, span.skip()),
                name(tokens, span.first(), span.lastToken(), span.skip(), span.alef()),
                span.variant() ? qualityCandidates(span.reach().loose(), MatchQuality.VOWEL_VARIANT)
                        : span.weak() ? qualityCandidates(span.reach().exact(), MatchQuality.WEAK)
                        : ranked(span.reach()));
    }

    /** The ranked candidates of the places a walk reached, from {@link #ranked}. */
    private List<Candidate> ranked(Reach reach) {
        List<Candidate> c = reach.ranking().candidates;
        if (c == null) {
            c = ranked.computeIfAbsent(new Lists(reach.exact(), reach.loose()),
                    l -> List.copyOf(candidates(l.exact(), l.loose())));
            reach.ranking().candidates = c;
        }
        return c;
    }

    /** Two lists of the index, equal only to the same two lists. */
    private record Lists(List<Place> exact, List<Place> loose) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Lists l && l.exact == exact && l.loose == loose;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(exact) + System.identityHashCode(loose);
        }
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

    private static List<Candidate> qualityCandidates(List<Place> places, MatchQuality quality) {
        List<Candidate> out = new ArrayList<>(places.size());
        for (Place p : places) {
            out.add(Candidate.of(p, quality, 0));
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
