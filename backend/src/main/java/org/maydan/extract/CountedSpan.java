package org.maydan.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.WordTable;

/**
 * Whether the opener of a span ({@link Cue#SPAN}: خلال، على مدى، طوال، طيلة) measures several days or
 * more, so that its clause counts things over a period instead of reporting one event: a count of
 * days from {@value #MIN_DAYS} on (خلال 60 يوماً، على مدار ثلاثة أيام، خلال الأيام الستة الأخيرة،
 * خلال الأيام الـ 12 الماضية), of weeks, months or years (على مدى أكثر من 4 أشهر), two of them
 * (خلال الأسبوعين الماضيين), or after
 * طوال، طيلة، على مدى a plural alone (طيلة أيام الحملة، على مدى أسابيع). Hours, nights, one day and
 * two (خلال الـ24 ساعة الماضية، خلال يوم، خلال اليومين الماضيين) are the day's report, no tally;
 * خلال before a plural alone (خلال الأيام الماضية) is a recent time the captures of the last days are
 * reported in; and an ordinal just before the span (للمرة الثانية خلال 4 أيام، الهدنة الثانية خلال 58
 * يوماً) ranks one event in a series.
 */
final class CountedSpan {

    /** The fewest days a span counted in days must cover. */
    static final int MIN_DAYS = 3;
    /** Most tokens between an ordinal and the span it ranks an event in (للمرة الثانية خلال). */
    private static final int SERIES_WINDOW = 2;
    /** Most words of approximation between the opener and the count (ما يزيد عن 60 يوماً). */
    private static final int ABOUT_WINDOW = 3;

    private static final WordTable DATES = WordTable.load(CountedSpan.class, "dates.tsv");
    private static final Set<String> DAYS = DATES.words("SPAN_DAYS");
    private static final Set<String> LONG = DATES.words("SPAN_LONG");
    private static final Set<String> TWO = DATES.words("SPAN_TWO");
    private static final Set<String> PLURAL = DATES.words("SPAN_PLURAL");
    private static final Set<String> ABOUT = DATES.words("ABOUT");
    private static final Set<String> SERIES = DATES.words("SERIES");
    private static final Map<String, Integer> NUMBERS = WordTable.load(CountedSpan.class, "figures.tsv").numbers("NUMBER");
    private static final String DURING = DATES.word("SPAN_DURING");
    private static final String ARTICLE = DATES.word("ARTICLE_APART");

    private CountedSpan() {
    }

    /** Whether the opener {@code span} starts a counted span of several days or more, within its clause. */
    static boolean counts(CueLexicon.Match span, List<Token> tokens) {
        int clause = tokens.get(span.start()).clause();
        if (ranked(span.start(), clause, tokens)) {
            return false;
        }
        int i = span.end();
        if (i < tokens.size() && tokens.get(i).normalized().equals(ARTICLE)) {
            i++;
        }
        for (int skipped = 0; skipped < ABOUT_WINDOW && i < tokens.size() && WordTable.isAny(tokens.get(i), ABOUT); skipped++) {
            i++;
        }
        if (i >= tokens.size() || tokens.get(i).clause() != clause) {
            return false;
        }
        Token first = tokens.get(i);
        int count = count(first);
        if (count > 0) {
            // خمسة وعشرين يوماً: a compound count takes its second word
            int unit = i + 1 < tokens.size() && count(tokens.get(i + 1)) > 0 ? i + 2 : i + 1;
            return unit < tokens.size() && tokens.get(unit).clause() == clause && severalDays(tokens.get(unit), count);
        }
        if (WordTable.isAny(first, TWO)) {
            return true;
        }
        if (!WordTable.isAny(first, PLURAL)) {
            return false;
        }
        // الأيام الستة الأخيرة، الأيام الـ 13 الأخيرة: the count after the plural, its article apart
        int after = i + 1 < tokens.size() && tokens.get(i + 1).normalized().equals(ARTICLE) ? i + 2 : i + 1;
        if (after < tokens.size() && tokens.get(after).clause() == clause && count(tokens.get(after)) > 0) {
            return severalDays(first, count(tokens.get(after)));
        }
        return !tokens.get(span.start()).word().is(DURING);
    }

    /** "للمرة الثانية خلال 4 أيام": an ordinal just before the span ranks one event in a series. */
    private static boolean ranked(int start, int clause, List<Token> tokens) {
        for (int j = Math.max(0, start - SERIES_WINDOW); j < start; j++) {
            if (tokens.get(j).clause() == clause && WordTable.isAny(tokens.get(j), SERIES)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code count} of unit {@code unit} cover several days or more. */
    private static boolean severalDays(Token unit, int count) {
        return WordTable.isAny(unit, LONG) || WordTable.isAny(unit, DAYS) && count >= MIN_DAYS;
    }

    /** The value of a count written in digits or in words, else -1. */
    private static int count(Token t) {
        if (t.isNumber()) {
            return t.word().number();
        }
        String word = WordTable.readingIn(t, NUMBERS.keySet());
        return word == null ? -1 : NUMBERS.get(word);
    }
}
