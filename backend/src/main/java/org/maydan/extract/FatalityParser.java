package org.maydan.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.text.Proclitics;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.WordMemo;
import org.maydan.gazetteer.text.WordTable;

/**
 * Counts the killed in a sentence. A figure is digits, number words 1–19 and tens (masculine and
 * feminine, compounds like خمسة وعشرون), a dual noun (طفلين، مدنيان، شخصين) or a singular victim noun
 * next to a killing word (مقتل رجل وطفله = 2). Conventions: عشرات counts as {@value #DOZENS} and
 * مئات as {@value #HUNDREDS} (ACLED's floor for vague figures); a figure takes the polarity of the
 * killing or wounding word right after it or up to {@value #CUE_WINDOW} tokens before it, and
 * "N آخرين" that of the figure before; figures after بينهم/منهم are parts of a total; a figure
 * "بين قتيل وجريح" is unknown; after "ارتفاع حصيلة" the last figure replaces earlier ones; wounds never
 * count; "دون إصابات" and "اقتصرت الأضرار على المادية" give 0.
 */
final class FatalityParser {

    static final int DOZENS = 10;
    static final int HUNDREDS = 100;
    private static final int CUE_WINDOW = 3;
    private static final int SUBCOUNT_WINDOW = 2;
    private static final int NEGATED_CASUALTY_WINDOW = 4;
    private static final int MIXED_WINDOW = 5;
    private static final int TEENS_BASE = 10;

    /** A figure over tokens [start, end); killed false means wounded. */
    record Count(int value, int start, int end, boolean killed) {
    }

    private static final WordTable TABLE = WordTable.load(FatalityParser.class, "figures.tsv");
    private static final Map<String, Integer> WORDS = TABLE.numbers("NUMBER");
    /** اثنا، اثني: two only as the first word of twelve. */
    private static final Map<String, Integer> TWELVE = TABLE.numbers("TWELVE");
    private static final Set<String> TEEN = TABLE.words("TEEN");
    private static final Map<String, Integer> VICTIMS = TABLE.numbers("VICTIM");
    private static final Set<String> OTHERS = TABLE.words("OTHERS");
    private static final Set<String> CASUALTIES = TABLE.words("CASUALTIES");
    private static final Set<String> DENIAL = TABLE.words("DENIAL");
    /** The words of an approximate figure (ما لا يقل عن، أكثر من، نحو): the killing word is before them. */
    private static final Set<String> HEDGES = TABLE.words("HEDGE");

    /** Openings of the number words and victim nouns: most tokens are neither. */
    private static final Openings FIGURE_OPENINGS = figureOpenings();
    /** Whether a spelling, read after any proclitic, is a number word or a noun of victims: a figure may start there. */
    private static final WordMemo<Boolean> MAY_BE_FIGURE = new WordMemo<>(FatalityParser::mayBeFigure);

    private static Openings figureOpenings() {
        Openings openings = Openings.of(WORDS.keySet());
        VICTIMS.keySet().forEach(openings::add);
        TWELVE.keySet().forEach(openings::add);
        return openings;
    }

    private FatalityParser() {
    }

    /** Sentence-level reading: killed figures with positions, and whether casualties are denied. */
    record Reading(List<Count> killed, @Nullable Integer total, boolean noCasualties) {

        /** The figure for one place: a killed count between {@code from} and the place, else the total. */
        @Nullable Integer near(int from, int placeStart) {
            for (int i = killed.size() - 1; i >= 0; i--) {
                Count c = killed.get(i);
                if (c.start() >= from && c.end() <= placeStart) {
                    return c.value();
                }
            }
            return null;
        }

        @Nullable Integer fallback() {
            if (total != null) {
                return total;
            }
            return noCasualties ? 0 : null;
        }
    }

    static Reading read(List<Token> t, List<CueLexicon.Match> matches, int from, int to, boolean[] dateTokens) {
        boolean[] killedCue = new boolean[to - from];
        boolean[] injuredCue = new boolean[to - from];
        boolean[] subcount = new boolean[to - from];
        boolean[] mixed = new boolean[to - from];
        int tollAt = -1;
        boolean noCasualties = false;
        for (CueLexicon.Match m : matches) {
            if (m.start() < from || m.start() >= to) {
                continue;
            }
            int k = m.start() - from;
            switch (m.cue()) {
                case KILLED -> killedCue[k] = true;
                case INJURED -> {
                    injuredCue[k] = true;
                    noCasualties |= negatedCasualties(t, m.start(), from);
                }
                case SUBCOUNT -> subcount[k] = true;
                case MIXED -> mixed[k] = true;
                case TOLL -> tollAt = m.start();
                case NO_CASUALTIES -> noCasualties = true;
                default -> {
                    // other cues do not bear on counts
                }
            }
        }
        boolean anyCue = false;
        for (int k = 0; k < killedCue.length && !anyCue; k++) {
            anyCue = killedCue[k] || injuredCue[k];
        }
        if (!anyCue) {
            return new Reading(List.of(), null, noCasualties);
        }
        Set<Integer> background = new HashSet<>();
        for (CueLexicon.Match m : matches) {
            if (m.cue() == Cue.BACKGROUND && m.start() >= from && m.start() < to) {
                background.add(t.get(m.start()).clause());
            }
        }
        List<Count> counts = new ArrayList<>();
        int i = from;
        while (i < to) {
            boolean skip = dateTokens[i] || background.contains(t.get(i).clause());
            int[] fig = skip ? null : figure(t, i, to, killedCue, injuredCue, from, !counts.isEmpty());
            if (fig == null) {
                i++;
                continue;
            }
            int end = fig[1];
            Boolean polarity = polarity(t, i, end, to, killedCue, injuredCue, from, counts);
            if (polarity != null && !isSubcount(subcount, i, from) && !isMixed(mixed, end, to, from)) {
                counts.add(new Count(fig[0], i, end, polarity));
            }
            i = end;
        }
        List<Count> killed = new ArrayList<>(counts.size());
        for (Count c : counts) {
            if (c.killed()) {
                killed.add(c);
            }
        }
        Integer total = null;
        if (tollAt >= 0) {
            for (Count c : killed) {
                if (c.start() > tollAt) {
                    total = c.value();
                    break;
                }
            }
        }
        if (total == null && !killed.isEmpty()) {
            total = 0;
            for (Count c : killed) {
                total += c.value();
            }
        }
        return new Reading(killed, total, noCasualties && killed.isEmpty());
    }

    private static boolean negatedCasualties(List<Token> t, int at, int from) {
        if (!WordTable.isAny(t.get(at), CASUALTIES)) {
            return false;
        }
        for (int j = Math.max(from, at - NEGATED_CASUALTY_WINDOW); j < at; j++) {
            if (WordTable.isAny(t.get(j), DENIAL)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubcount(boolean[] subcount, int at, int from) {
        for (int j = Math.max(from, at - SUBCOUNT_WINDOW); j < at; j++) {
            if (subcount[j - from]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMixed(boolean[] mixed, int end, int to, int from) {
        for (int j = end; j < Math.min(to, end + MIXED_WINDOW); j++) {
            if (mixed[j - from]) {
                return true;
            }
        }
        return false;
    }

    /** Value and end token of a figure starting at {@code i}, or null. */
    private static int @Nullable [] figure(List<Token> t, int i, int to, boolean[] killedCue, boolean[] injuredCue,
            int from, boolean continuing) {
        int value = t.get(i).word().number();
        int end = i + 1;
        if (value < 0 && !MAY_BE_FIGURE.get(t.get(i).word())) {
            return null;
        }
        if (value < 0) {
            Integer w = word(t.get(i));
            if (w == null && i + 1 < to && WordTable.isAny(t.get(i + 1), TEEN)) {
                w = lookup(TWELVE, t.get(i));
            }
            if (w == null) {
                Integer v = victims(t.get(i));
                boolean listed = continuing && t.get(i).normalized().startsWith("و");
                if (v == null || !(listed || nextToCue(i, to, killedCue, injuredCue, from))) {
                    return null;
                }
                value = v;
                while (end < to && t.get(end).normalized().startsWith("و") && victims(t.get(end)) != null) {
                    value += victims(t.get(end));
                    end++;
                }
                if (end < to && word(t.get(end)) != null && word(t.get(end)) == 2) {
                    value = 2;
                    end++;
                }
                return new int[] {value, end};
            }
            value = w;
            if (end < to && value < TEENS_BASE && WordTable.isAny(t.get(end), TEEN)) {
                value += TEENS_BASE;
                end++;
            } else if (end < to && value < TEENS_BASE && t.get(end).normalized().startsWith("و")) {
                Integer tens = word(t.get(end));
                if (tens != null && tens >= 2 * TEENS_BASE && tens < HUNDREDS) {
                    value += tens;
                    end++;
                }
            }
        }
        return new int[] {value, end};
    }

    /** Whether a victim noun stands next to a cue, or is one itself (شهيدان: two dead). */
    private static boolean nextToCue(int i, int to, boolean[] killedCue, boolean[] injuredCue, int from) {
        if (killedCue[i - from] || injuredCue[i - from]) {
            return true;
        }
        boolean before = i - 1 >= from && (killedCue[i - 1 - from] || injuredCue[i - 1 - from]);
        boolean after = i + 1 < to && (killedCue[i + 1 - from] || injuredCue[i + 1 - from]);
        return before || after;
    }

    /** Whether the token is a number, in digits or in words (أربعة، عشرات). */
    static boolean isNumber(Token t) {
        return t.isNumber() || word(t) != null;
    }

    private static @Nullable Integer word(Token t) {
        return lookup(WORDS, t);
    }

    private static @Nullable Integer victims(Token t) {
        return lookup(VICTIMS, t);
    }

    private static boolean mayBeFigure(String spelling) {
        for (String f : Proclitics.readings(spelling)) {
            if (FIGURE_OPENINGS.admits(f) && (WORDS.containsKey(f) || VICTIMS.containsKey(f) || TWELVE.containsKey(f))) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Integer lookup(Map<String, Integer> table, Token t) {
        List<String> readings = t.word().readings();
        for (int r = 0; r < readings.size(); r++) {
            String f = readings.get(r);
            Integer v = FIGURE_OPENINGS.admits(f) ? table.get(f) : null;
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** True killed, false wounded, null unrelated to casualties. */
    private static @Nullable Boolean polarity(List<Token> t, int start, int end, int to, boolean[] killedCue,
            boolean[] injuredCue, int from, List<Count> earlier) {
        Boolean own = end - start == 1 ? cueAt(start, to, killedCue, injuredCue, from) : null;
        if (own != null) {
            return own;
        }
        Boolean right = cueAt(end, to, killedCue, injuredCue, from);
        if (right != null) {
            return right;
        }
        int hedge = start;
        while (hedge - 1 >= from && WordTable.isAny(t.get(hedge - 1), HEDGES)) {
            hedge--;
        }
        for (int j = hedge - 1; j >= Math.max(from, hedge - CUE_WINDOW); j--) {
            Boolean left = cueAt(j, to, killedCue, injuredCue, from);
            if (left != null) {
                return left;
            }
        }
        Boolean afterNoun = cueAt(end + 1, to, killedCue, injuredCue, from);
        if (afterNoun != null) {
            return afterNoun;
        }
        boolean listed = t.get(start).normalized().startsWith("و") || end < to && WordTable.isAny(t.get(end), OTHERS);
        if (listed && !earlier.isEmpty()) {
            return earlier.get(earlier.size() - 1).killed();
        }
        return null;
    }

    private static @Nullable Boolean cueAt(int j, int to, boolean[] killedCue, boolean[] injuredCue, int from) {
        if (j >= to || j < from) {
            return null;
        }
        if (killedCue[j - from]) {
            return true;
        }
        return injuredCue[j - from] ? Boolean.FALSE : null;
    }
}
