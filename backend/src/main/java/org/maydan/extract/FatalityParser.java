package org.maydan.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("واحد", 1), Map.entry("واحده", 1), Map.entry("اثنان", 2), Map.entry("اثنين", 2),
            Map.entry("اثنتان", 2), Map.entry("اثنتين", 2), Map.entry("ثلاث", 3), Map.entry("ثلاثه", 3),
            Map.entry("اربع", 4), Map.entry("اربعه", 4), Map.entry("خمس", 5), Map.entry("خمسه", 5),
            Map.entry("ست", 6), Map.entry("سته", 6), Map.entry("سبع", 7), Map.entry("سبعه", 7),
            Map.entry("ثمان", 8), Map.entry("ثماني", 8), Map.entry("ثمانيه", 8), Map.entry("تسع", 9),
            Map.entry("تسعه", 9), Map.entry("عشر", 10), Map.entry("عشره", 10), Map.entry("احد", 1),
            Map.entry("احدي", 1), Map.entry("اثنا", 2), Map.entry("اثني", 2),
            Map.entry("عشرون", 20), Map.entry("عشرين", 20), Map.entry("ثلاثون", 30), Map.entry("ثلاثين", 30),
            Map.entry("اربعون", 40), Map.entry("اربعين", 40), Map.entry("خمسون", 50), Map.entry("خمسين", 50),
            Map.entry("ستون", 60), Map.entry("ستين", 60), Map.entry("سبعون", 70), Map.entry("سبعين", 70),
            Map.entry("ثمانون", 80), Map.entry("ثمانين", 80), Map.entry("تسعون", 90), Map.entry("تسعين", 90),
            Map.entry("مئه", 100), Map.entry("مائه", 100), Map.entry("عشرات", DOZENS),
            Map.entry("مئات", HUNDREDS));
    private static final Map<String, Integer> VICTIMS = Map.ofEntries(
            Map.entry("مدني", 1), Map.entry("مدنيا", 1), Map.entry("طفل", 1), Map.entry("طفلا", 1),
            Map.entry("طفله", 1), Map.entry("امراه", 1), Map.entry("رجل", 1), Map.entry("رجلا", 1),
            Map.entry("شاب", 1), Map.entry("شابا", 1), Map.entry("سيده", 1), Map.entry("عنصر", 1),
            Map.entry("عنصرا", 1), Map.entry("مقاتل", 1), Map.entry("مقاتلا", 1), Map.entry("قيادي", 1),
            Map.entry("قياديا", 1), Map.entry("شخص", 1), Map.entry("شخصا", 1), Map.entry("ضابط", 1),
            Map.entry("ضابطا", 1), Map.entry("جندي", 1), Map.entry("جنديا", 1), Map.entry("مسعف", 1),
            Map.entry("صحفي", 1), Map.entry("ناشط", 1), Map.entry("طفلته", 1), Map.entry("ابنه", 1),
            Map.entry("زوجته", 1),
            Map.entry("مدنيان", 2), Map.entry("طفلان", 2), Map.entry("طفلين", 2), Map.entry("طفلتان", 2),
            Map.entry("طفلتين", 2), Map.entry("شخصان", 2), Map.entry("شخصين", 2), Map.entry("رجلان", 2),
            Map.entry("رجلين", 2), Map.entry("امراتان", 2), Map.entry("امراتين", 2), Map.entry("عنصران", 2),
            Map.entry("عنصرين", 2), Map.entry("شابان", 2), Map.entry("شابين", 2), Map.entry("جنديان", 2),
            Map.entry("جنديين", 2));

    /** Openings of the number words and victim nouns: most tokens are neither. */
    private static final Openings FIGURE_OPENINGS = figureOpenings();

    private static Openings figureOpenings() {
        Openings openings = Openings.of(WORDS.keySet());
        VICTIMS.keySet().forEach(openings::add);
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

    static Reading read(Token[] t, List<Lexicon.Match> matches, int from, int to, boolean[] dateTokens) {
        boolean[] killedCue = new boolean[to - from];
        boolean[] injuredCue = new boolean[to - from];
        boolean[] subcount = new boolean[to - from];
        boolean[] mixed = new boolean[to - from];
        int tollAt = -1;
        boolean noCasualties = false;
        for (Lexicon.Match m : matches) {
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
        for (Lexicon.Match m : matches) {
            if (m.cue() == Cue.BACKGROUND && m.start() >= from && m.start() < to) {
                background.add(t[m.start()].clause());
            }
        }
        List<Count> counts = new ArrayList<>();
        int i = from;
        while (i < to) {
            boolean skip = dateTokens[i] || background.contains(t[i].clause());
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
        List<Count> killed = counts.stream().filter(Count::killed).toList();
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
            total = killed.stream().mapToInt(Count::value).sum();
        }
        return new Reading(killed, total, noCasualties && killed.isEmpty());
    }

    private static boolean negatedCasualties(Token[] t, int at, int from) {
        if (!(t[at].is("اصابات") || t[at].is("اصابه"))) {
            return false;
        }
        for (int j = Math.max(from, at - NEGATED_CASUALTY_WINDOW); j < at; j++) {
            if (t[j].is("دون") || t[j].is("بدون") || t[j].is("لا") || t[j].is("لم") || t[j].is("عدم")) {
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
    private static int @Nullable [] figure(Token[] t, int i, int to, boolean[] killedCue, boolean[] injuredCue,
            int from, boolean continuing) {
        int value = t[i].numberValue();
        int end = i + 1;
        if (value < 0) {
            Integer w = word(t[i]);
            if (w == null) {
                Integer v = victims(t[i]);
                boolean listed = continuing && t[i].norm().startsWith("و");
                if (v == null || !(listed || nextToCue(i, to, killedCue, injuredCue, from))) {
                    return null;
                }
                value = v;
                while (end < to && t[end].norm().startsWith("و") && victims(t[end]) != null) {
                    value += victims(t[end]);
                    end++;
                }
                if (end < to && word(t[end]) != null && word(t[end]) == 2) {
                    value = 2;
                    end++;
                }
                return new int[] {value, end};
            }
            value = w;
            if (end < to && value < TEENS_BASE && (t[end].is("عشر") || t[end].is("عشره"))) {
                value += TEENS_BASE;
                end++;
            } else if (end < to && value < TEENS_BASE && t[end].norm().startsWith("و")) {
                Integer tens = word(t[end]);
                if (tens != null && tens >= 2 * TEENS_BASE && tens < HUNDREDS) {
                    value += tens;
                    end++;
                }
            }
        }
        return new int[] {value, end};
    }

    private static boolean nextToCue(int i, int to, boolean[] killedCue, boolean[] injuredCue, int from) {
        boolean before = i - 1 >= from && (killedCue[i - 1 - from] || injuredCue[i - 1 - from]);
        boolean after = i + 1 < to && (killedCue[i + 1 - from] || injuredCue[i + 1 - from]);
        return before || after;
    }

    private static @Nullable Integer word(Token t) {
        return lookup(WORDS, t);
    }

    private static @Nullable Integer victims(Token t) {
        return lookup(VICTIMS, t);
    }

    private static @Nullable Integer lookup(Map<String, Integer> table, Token t) {
        for (String f : t.forms()) {
            Integer v = FIGURE_OPENINGS.admits(f) ? table.get(f) : null;
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** True killed, false wounded, null unrelated to casualties. */
    private static @Nullable Boolean polarity(Token[] t, int start, int end, int to, boolean[] killedCue,
            boolean[] injuredCue, int from, List<Count> earlier) {
        Boolean right = cueAt(end, to, killedCue, injuredCue, from);
        if (right != null) {
            return right;
        }
        for (int j = start - 1; j >= Math.max(from, start - CUE_WINDOW); j--) {
            Boolean left = cueAt(j, to, killedCue, injuredCue, from);
            if (left != null) {
                return left;
            }
        }
        Boolean afterNoun = cueAt(end + 1, to, killedCue, injuredCue, from);
        if (afterNoun != null) {
            return afterNoun;
        }
        boolean listed = t[start].norm().startsWith("و") || end < to && (t[end].is("اخرين") || t[end].is("اخرون"));
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
