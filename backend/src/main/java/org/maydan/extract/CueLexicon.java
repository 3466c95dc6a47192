package org.maydan.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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

    private record Phrase(Cue cue, String[] words, boolean[] prefix) {
    }

    /**
     * The phrases that may start at a word: for each of its readings in turn, the phrases of that
     * first word and then those of each prefix of it, shortest first, with the reading they start
     * from (parallel arrays, read on every token that has openers, so arrays rather than lists);
     * most words have none.
     */
    private record Openers(String[] forms, Phrase[][] phrases) {

        static final Openers NONE = new Openers(new String[0], new Phrase[0][]);
    }

    private static final String RESOURCE = "lexicon.tsv";
    private static final String LAYOUT = "CUE<TAB>phrase";
    private static final int CUE_COUNT = Cue.values().length;

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    /** Phrases whose first word is a prefix (اشتباك*), by the letters of that prefix. */
    private final PrefixTrie byFirstPrefix = new PrefixTrie();
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
                byFirstPrefix.add(p);
            } else {
                byFirstWord.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
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
        for (String[] cols : rows) {
            Cue cue = Cue.valueOf(cols[0]);
            String[] raw = cols[1].split("\\s+");
            String[] words = new String[raw.length];
            boolean[] prefix = new boolean[raw.length];
            for (int i = 0; i < raw.length; i++) {
                prefix[i] = raw[i].endsWith("*");
                words[i] = ArabicNormalizer.normalize(prefix[i] ? raw[i].substring(0, raw[i].length() - 1) : raw[i]);
            }
            phrases.add(new Phrase(cue, words, prefix));
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
        for (int i = from; i < to; i++) {
            Word word = tokens.get(i).word();
            Openers openers = byWord[word.index()];
            if (openers == null) {
                openers = openersByWord.get(word);
                byWord[word.index()] = openers;
            }
            boolean found = false;
            for (int k = 0; k < openers.forms().length; k++) {
                found |= consider(openers.phrases()[k], tokens, i, to, openers.forms()[k], best);
            }
            if (found) {
                for (int c = 0; c < best.length; c++) {
                    if (best[c] != null) {
                        out.add(best[c]);
                        best[c] = null;
                    }
                }
            }
        }
        return out;
    }

    private Openers openers(String word) {
        String[] readings = Proclitics.readings(word);
        List<String> forms = null;
        List<Phrase[]> phrases = null;
        for (String form : readings) {
            if (!openings.admits(form)) {
                continue;
            }
            if (forms == null) {
                forms = new ArrayList<>();
                phrases = new ArrayList<>();
            }
            List<Phrase> exact = byFirstWord.get(form);
            if (exact != null) {
                forms.add(form);
                phrases.add(exact.toArray(Phrase[]::new));
            }
            // shorter prefixes first, as the rule "the first of equally long phrases wins" expects
            PrefixTrie node = byFirstPrefix.child(form.charAt(0));
            while (node != null) {
                if (node.phrases != null) {
                    forms.add(form);
                    phrases.add(node.phrases.toArray(Phrase[]::new));
                }
                node = node.depth < form.length() ? node.child(form.charAt(node.depth)) : null;
            }
        }
        return forms == null || forms.isEmpty() ? Openers.NONE
                : new Openers(forms.toArray(String[]::new), phrases.toArray(Phrase[][]::new));
    }

    /** Records in {@code best} each candidate that matches here and is longer than the best of its cue; true if any did. */
    private static boolean consider(Phrase[] candidates, List<Token> tokens, int at, int to, String form,
            Match[] best) {
        boolean found = false;
        for (Phrase p : candidates) {
            int end = at + p.words().length;
            Match current = best[p.cue().ordinal()];
            if (end > to || current != null && current.end() >= end || !restMatches(p, tokens, at)) {
                continue;
            }
            boolean lam = Proclitics.hasLamBefore(tokens.get(at).normalized(), form);
            best[p.cue().ordinal()] = new Match(p.cue(), at, end, lam);
            found = true;
        }
        return found;
    }

    private static boolean restMatches(Phrase p, List<Token> tokens, int at) {
        for (int j = 1; j < p.words().length; j++) {
            if (!wordMatches(p.words()[j], p.prefix()[j], tokens.get(at + j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordMatches(String word, boolean prefix, Token token) {
        List<String> readings = token.word().readings();
        for (int r = 0; r < readings.size(); r++) {
            String f = readings.get(r);
            if (prefix ? f.startsWith(word) : f.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Letters of prefix first words as a tree: walking a token's form letter by letter meets, in
     * order of length, every phrase whose first word the form begins with, without cutting substrings.
     */
    private static final class PrefixTrie {

        final int depth;
        /** Letters that continue a prefix from here, sorted, and the node each leads to. */
        private char[] letters = new char[0];
        private PrefixTrie[] children = new PrefixTrie[0];
        /** Phrases whose first word ends at this node, longest first; null when none. */
        @Nullable List<Phrase> phrases;

        PrefixTrie() {
            this(0);
        }

        private PrefixTrie(int depth) {
            this.depth = depth;
        }

        void add(Phrase p) {
            PrefixTrie node = this;
            for (char c : p.words()[0].toCharArray()) {
                PrefixTrie next = node.child(c);
                if (next == null) {
                    next = new PrefixTrie(node.depth + 1);
                    node.insert(c, next);
                }
                node = next;
            }
            if (node.phrases == null) {
                node.phrases = new ArrayList<>();
            }
            node.phrases.add(p);
        }

        /** Adds a child, keeping the letters sorted for {@link #child}. */
        private void insert(char c, PrefixTrie next) {
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

        @Nullable PrefixTrie child(char c) {
            int at = Arrays.binarySearch(letters, c);
            return at < 0 ? null : children[at];
        }
    }
}
