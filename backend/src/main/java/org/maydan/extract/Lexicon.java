package org.maydan.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Phrase lexicon over normalised tokens, compiled once. Each line of {@code lexicon.tsv} is
 * {@code CUE<TAB>words}; words are normalised like text, and a word ending in {@code *} matches any
 * token beginning with it (اشتباك* matches الاشتباكات). Proclitics are never written: tokens are
 * matched through {@link ArabicText#forms}. At each token the longest phrase of each cue is kept.
 */
final class Lexicon {

    /** A phrase occurrence: tokens [start, end). */
    record Match(Cue cue, int start, int end, boolean lamProclitic) {
    }

    private record Phrase(Cue cue, String[] words, boolean[] prefix) {
    }

    private static final String RESOURCE = "lexicon.tsv";
    private static final int OPENING_BITS = 1 << 16;
    private static final int OPENING_MULTIPLIER = 31;

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, List<Phrase>> byFirstPrefix = new HashMap<>();
    private final int[] prefixLengths;
    /** The first two letters of every first word: most tokens are rejected with one bit test. */
    private final BitSet openings = new BitSet(OPENING_BITS);

    private Lexicon(List<Phrase> phrases) {
        TreeSet<Integer> lengths = new TreeSet<>();
        for (Phrase p : phrases) {
            openings.set(opening(p.words()[0]));
            Map<String, List<Phrase>> index = p.prefix()[0] ? byFirstPrefix : byFirstWord;
            index.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
            if (p.prefix()[0]) {
                lengths.add(p.words()[0].length());
            }
        }
        prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    static Lexicon load() {
        try (InputStream in = Objects.requireNonNull(Lexicon.class.getResourceAsStream(RESOURCE),
                RESOURCE)) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon parse(BufferedReader reader) throws IOException {
        List<Phrase> phrases = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cols = trimmed.split("\t+");
            if (cols.length != 2) {
                throw new IllegalArgumentException("lexicon line " + number + ": want CUE<TAB>phrase");
            }
            Cue cue = Cue.valueOf(cols[0].strip());
            String[] raw = cols[1].strip().split("\\s+");
            String[] words = new String[raw.length];
            boolean[] prefix = new boolean[raw.length];
            for (int i = 0; i < raw.length; i++) {
                prefix[i] = raw[i].endsWith("*");
                words[i] = ArabicText.normalize(prefix[i] ? raw[i].substring(0, raw[i].length() - 1) : raw[i]);
            }
            phrases.add(new Phrase(cue, words, prefix));
        }
        return new Lexicon(phrases);
    }

    /** All matches in tokens [from, to), ordered by start; the longest per (start, cue). */
    List<Match> matchAll(Token[] tokens, int from, int to) {
        List<Match> out = new ArrayList<>();
        Match[] best = new Match[Cue.values().length];
        for (int i = from; i < to; i++) {
            Arrays.fill(best, null);
            for (String form : tokens[i].forms()) {
                if (!openings.get(opening(form))) {
                    continue;
                }
                consider(byFirstWord.get(form), tokens, i, to, form, best);
                for (int len : prefixLengths) {
                    if (len > form.length()) {
                        break;
                    }
                    consider(byFirstPrefix.get(form.substring(0, len)), tokens, i, to, form, best);
                }
            }
            for (Match m : best) {
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static int opening(String word) {
        int first = word.charAt(0);
        int second = word.length() > 1 ? word.charAt(1) : 0;
        return (first * OPENING_MULTIPLIER + second) & (OPENING_BITS - 1);
    }

    private static void consider(List<Phrase> candidates, Token[] tokens, int at, int to, String form,
            Match[] best) {
        if (candidates == null) {
            return;
        }
        for (Phrase p : candidates) {
            int end = at + p.words().length;
            if (end > to || !restMatches(p, tokens, at)) {
                continue;
            }
            Match current = best[p.cue().ordinal()];
            if (current == null || current.end() < end) {
                boolean lam = ArabicText.hasLamProclitic(tokens[at].norm(), form);
                best[p.cue().ordinal()] = new Match(p.cue(), at, end, lam);
            }
        }
    }

    private static boolean restMatches(Phrase p, Token[] tokens, int at) {
        for (int j = 1; j < p.words().length; j++) {
            if (!wordMatches(p.words()[j], p.prefix()[j], tokens[at + j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordMatches(String word, boolean prefix, Token token) {
        for (String f : token.forms()) {
            if (prefix ? f.startsWith(word) : f.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
