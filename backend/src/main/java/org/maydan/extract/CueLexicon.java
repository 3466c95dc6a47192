package org.maydan.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.text.ArabicNormalizer;
import org.maydan.gazetteer.text.Proclitics;
import org.maydan.gazetteer.text.Sentence;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;
import org.maydan.gazetteer.text.Word;
import org.maydan.gazetteer.text.WordMemo;
import org.maydan.gazetteer.text.WordTable;

/**
 * Phrase lexicon over normalised tokens, compiled once. Each line of {@code lexicon.tsv} is
 * {@code CUE<TAB>words}; words are normalised like text, and a word ending in {@code *} matches any
 * token beginning with it (اشتباك* matches الاشتباكات). Proclitics are never written: tokens are
 * matched through their readings ({@link Proclitics#readings}). At each token the longest phrase of each cue is kept.
 */
final class CueLexicon {

    /** A phrase occurrence: tokens [start, end). */
    record Match(Cue cue, int start, int end, boolean lamProclitic) {
    }

    /** {@code later[j - 1]}: the number of word {@code j} among the {@link CueLexicon#laterWords later words}. */
    private record Phrase(Cue cue, String[] words, boolean[] prefix, int[] later) {
    }

    /**
     * What the lexicon knows of a word: the phrases that may start at it, for each of its readings in
     * turn the phrases of that first word and then those of each prefix of it, shortest first, with
     * whether the word carries ل before that reading ({@link Match#lamProclitic}; parallel arrays,
     * read on every token that has openers, so arrays rather than lists); and, as bits, the numbers
     * of the later words of phrases that one of its readings is, or starts with for a prefix word.
     * Most words have neither.
     */
    private record Openers(boolean[] lam, Phrase[][] phrases, long[] later) {

        static final Openers NONE = new Openers(new boolean[0], new Phrase[0][], new long[0]);

        /** Whether the word matches the later phrase word numbered {@code word}. */
        boolean isLater(int word) {
            int at = word / Long.SIZE;
            return at < later.length && (later[at] & 1L << word) != 0;
        }
    }

    private static final String RESOURCE = "lexicon.tsv";
    private static final String LAYOUT = "CUE<TAB>phrase";
    private static final int CUE_COUNT = Cue.values().length;
    /** Longs that hold a bit per cue. */
    private static final int CUE_WORDS = (CUE_COUNT + Long.SIZE - 1) / Long.SIZE;

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    /** Phrases whose first word is a prefix (اشتباك*), by the letters of that prefix. */
    private final PrefixTrie<Phrase> byFirstPrefix = new PrefixTrie<>();
    /**
     * The words after the first of every phrase, numbered, by their letters (written in full, and
     * prefixes): a token is matched against the later words of a phrase by these numbers, which its
     * word's {@link Openers} list, instead of comparing each of its readings with each word.
     */
    private final Map<String, Integer> laterWords = new HashMap<>();
    private final PrefixTrie<Integer> laterPrefixes = new PrefixTrie<>();
    /** The first two letters of every first word: most tokens are rejected with one bit test. */
    private final Openings openings = new Openings();
    /** The openers of each word spelling met so far, across texts. */
    private final WordMemo<Openers> openersByWord = new WordMemo<>(this::openers);

    private CueLexicon(List<Phrase> phrases) {
        // longest first, so that once a cue has matched at a token its shorter phrases need no test
        // (consider); phrases of one cue and length that both match make the same Match
        List<Phrase> longestFirst = new ArrayList<>(phrases);
        longestFirst.sort(Comparator.comparingInt((Phrase p) -> p.words().length).reversed());
        for (Phrase p : longestFirst) {
            openings.add(p.words()[0]);
            if (p.prefix()[0]) {
                byFirstPrefix.add(p.words()[0], p);
            } else {
                byFirstWord.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
            }
            for (int j = 1; j < p.words().length; j++) {
                int number = p.later()[j - 1];
                if (!p.prefix()[j]) {
                    laterWords.put(p.words()[j], number);
                } else if (!laterPrefixes.valuesAt(p.words()[j]).contains(number)) {
                    laterPrefixes.add(p.words()[j], number);
                }
            }
        }
    }

    static CueLexicon load() {
        return of(WordTable.rows(CueLexicon.class, RESOURCE, 2, 2, LAYOUT));
    }

    static CueLexicon parse(BufferedReader reader) throws IOException {
        return of(WordTable.rows(RESOURCE, reader, 2, 2, LAYOUT));
    }

    private static CueLexicon of(List<String[]> rows) {
        List<Phrase> phrases = new ArrayList<>(rows.size());
        Map<String, Integer> numbers = new HashMap<>();
        for (String[] cols : rows) {
            Cue cue = Cue.valueOf(cols[0]);
            String[] raw = cols[1].split("\\s+");
            String[] words = new String[raw.length];
            boolean[] prefix = new boolean[raw.length];
            int[] later = new int[raw.length - 1];
            for (int i = 0; i < raw.length; i++) {
                prefix[i] = raw[i].endsWith("*");
                words[i] = ArabicNormalizer.normalize(prefix[i] ? raw[i].substring(0, raw[i].length() - 1) : raw[i]);
                if (i > 0) {
                    // a prefix word and a word written in full are told apart by the star they keep
                    later[i - 1] = numbers.computeIfAbsent(words[i] + (prefix[i] ? "*" : ""), k -> numbers.size());
                }
            }
            phrases.add(new Phrase(cue, words, prefix, later));
        }
        return new CueLexicon(phrases);
    }

    /**
     * The matches of each sentence of {@code text} ({@link #matchAll}). The phrases that may start
     * at a word are looked up once per word of the text ({@link Word#index}), however often the
     * text repeats it, and worked out once per spelling ({@link WordMemo}).
     */
    List<List<Match>> bySentence(TokenizedText text) {
        Openers[] byWord = new Openers[text.size()];
        List<List<Match>> out = new ArrayList<>(text.sentences().size());
        for (Sentence s : text.sentences()) {
            out.add(matchAll(text.tokens(), s.firstToken(), s.endToken(), byWord));
        }
        return out;
    }

    /** All matches in tokens [from, to), ordered by start; the longest per (start, cue). */
    List<Match> matchAll(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            words = Math.max(words, tokens.get(i).word().index() + 1);
        }
        return matchAll(tokens, from, to, new Openers[words]);
    }

    /** {@link #matchAll(List, int, int)}, the openers of each word kept in {@code byWord} by its index. */
    private List<Match> matchAll(List<Token> tokens, int from, int to, @Nullable Openers[] byWord) {
        List<Match> out = new ArrayList<>();
        Match[] best = new Match[CUE_COUNT];
        // the cues that matched at the token, as bits: a token matches a few of the many cues
        long[] found = new long[CUE_WORDS];
        for (int i = from; i < to; i++) {
            Openers openers = openers(tokens.get(i), byWord);
            for (int k = 0; k < openers.phrases().length; k++) {
                consider(openers.phrases()[k], tokens, i, to, openers.lam()[k], best, found, byWord);
            }
            for (int w = 0; w < found.length; w++) {
                for (long bits = found[w]; bits != 0; bits &= bits - 1) {
                    int c = w * Long.SIZE + Long.numberOfTrailingZeros(bits);
                    out.add(best[c]);
                    best[c] = null;
                }
                found[w] = 0;
            }
        }
        return out;
    }

    /** The openers of {@code token}'s word, kept in {@code byWord} by the word's index. */
    private Openers openers(Token token, @Nullable Openers[] byWord) {
        Word word = token.word();
        Openers openers = byWord[word.index()];
        if (openers == null) {
            openers = openersByWord.get(word);
            byWord[word.index()] = openers;
        }
        return openers;
    }

    private Openers openers(String word) {
        String[] readings = Proclitics.readings(word);
        List<Boolean> lam = new ArrayList<>();
        List<Phrase[]> phrases = new ArrayList<>();
        BitSet later = new BitSet();
        for (String form : readings) {
            Integer number = laterWords.get(form);
            if (number != null) {
                later.set(number);
            }
            laterPrefixes.along(form).forEach(numbers -> numbers.forEach(later::set));
            if (!openings.admits(form)) {
                continue;
            }
            List<Phrase> exact = byFirstWord.get(form);
            if (exact != null) {
                lam.add(Proclitics.hasLamBefore(word, form));
                phrases.add(exact.toArray(Phrase[]::new));
            }
            // shorter prefixes first, as the rule "the first of equally long phrases wins" expects
            for (List<Phrase> prefixed : byFirstPrefix.along(form)) {
                lam.add(Proclitics.hasLamBefore(word, form));
                phrases.add(prefixed.toArray(Phrase[]::new));
            }
        }
        if (phrases.isEmpty() && later.isEmpty()) {
            return Openers.NONE;
        }
        boolean[] lamBefore = new boolean[lam.size()];
        for (int k = 0; k < lamBefore.length; k++) {
            lamBefore[k] = lam.get(k);
        }
        return new Openers(lamBefore, phrases.toArray(Phrase[][]::new), later.toLongArray());
    }

    /**
     * Records in {@code best} each candidate that matches here and is longer than the best of its
     * cue, and sets its cue's bit in {@code found}.
     */
    private void consider(Phrase[] candidates, List<Token> tokens, int at, int to, boolean lam,
            Match[] best, long[] found, @Nullable Openers[] byWord) {
        for (Phrase p : candidates) {
            int end = at + p.words().length;
            int cue = p.cue().ordinal();
            Match current = best[cue];
            if (end > to || current != null && current.end() >= end || !restMatches(p, tokens, at, byWord)) {
                continue;
            }
            best[cue] = new Match(p.cue(), at, end, lam);
            found[cue / Long.SIZE] |= 1L << cue;
        }
    }

    /** Whether the tokens after {@code at} are the later words of {@code p}, as their words' openers tell. */
    private boolean restMatches(Phrase p, List<Token> tokens, int at, @Nullable Openers[] byWord) {
        for (int j = 1; j < p.words().length; j++) {
            if (!openers(tokens.get(at + j), byWord).isLater(p.later()[j - 1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Prefixes as a tree of their letters: walking a token's form letter by letter meets, in order
     * of length, every prefix the form begins with, without cutting substrings.
     */
    private static final class PrefixTrie<T> {

        final int depth;
        /** Letters that continue a prefix from here, sorted, and the node each leads to. */
        private char[] letters = new char[0];
        private PrefixTrie<T>[] children = newChildren(0);
        /** The values of the prefix that ends at this node, in the order added; null when none. */
        @Nullable List<T> values;

        PrefixTrie() {
            this(0);
        }

        private PrefixTrie(int depth) {
            this.depth = depth;
        }

        @SuppressWarnings("unchecked")
        private static <T> PrefixTrie<T>[] newChildren(int size) {
            return (PrefixTrie<T>[]) new PrefixTrie<?>[size];
        }

        void add(String prefix, T value) {
            PrefixTrie<T> node = this;
            for (char c : prefix.toCharArray()) {
                PrefixTrie<T> next = node.child(c);
                if (next == null) {
                    next = new PrefixTrie<>(node.depth + 1);
                    node.insert(c, next);
                }
                node = next;
            }
            if (node.values == null) {
                node.values = new ArrayList<>();
            }
            node.values.add(value);
        }

        /** The values of {@code prefix} itself; empty when none. */
        List<T> valuesAt(String prefix) {
            PrefixTrie<T> node = this;
            for (int i = 0; i < prefix.length() && node != null; i++) {
                node = node.child(prefix.charAt(i));
            }
            return node == null || node.values == null ? List.of() : node.values;
        }

        /** The values of each non-empty prefix of {@code form}, shortest first. */
        List<List<T>> along(String form) {
            List<List<T>> out = new ArrayList<>();
            PrefixTrie<T> node = child(form.charAt(0));
            while (node != null) {
                if (node.values != null) {
                    out.add(node.values);
                }
                node = node.depth < form.length() ? node.child(form.charAt(node.depth)) : null;
            }
            return out;
        }

        /** Adds a child, keeping the letters sorted for {@link #child}. */
        private void insert(char c, PrefixTrie<T> next) {
            int at = letters.length;
            letters = Arrays.copyOf(letters, at + 1);
            children = Arrays.copyOf(children, at + 1);
            for (; at > 0 && letters[at - 1] > c; at--) {
                letters[at] = letters[at - 1];
                children[at] = children[at - 1];
            }
            letters[at] = c;
            children[at] = next;
        }

        @Nullable PrefixTrie<T> child(char c) {
            int at = Arrays.binarySearch(letters, c);
            return at < 0 ? null : children[at];
        }
    }
}
