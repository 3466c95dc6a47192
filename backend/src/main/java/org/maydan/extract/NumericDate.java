package org.maydan.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.text.Token;

/**
 * A date written in digits: "26/5/2021", "26-5-2021", "26.5.2021", "٢٦/٥/٢٠٢١", "27 . 11 . 2015",
 * day, month and year as Arabic news writes them, or "2021-05-26", "2021/05/26" when the first
 * number has four digits. The three numbers are one separator apart (the same one twice). Left
 * unread: an impossible date, one after the day the text is read against, one inside a longer run
 * of numbers or a link ("net/2022/03/31/"), and a timestamp label, a date followed by a clock time
 * ("2019.05.19 | 15:54"، "19/02/2014 - 6:45am"): when a page was posted, not when its news happened.
 */
final class NumericDate {

    private static final String SEPARATORS = "/-.";
    /** Characters that glue a number to the one before it: a date after them is part of something longer. */
    private static final String GLUE = "/-.:_%=&?";
    private static final int YEAR_DIGITS = 4;
    private static final int MAX_DAY_DIGITS = 2;
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    private static final int PARTS = 3;
    /** A clock time after the date, past bars, dashes and الساعة: a timestamp label. */
    private static final Pattern CLOCK = Pattern.compile("[\\s|\\-–—,،•]*(?:الساعة\\s*)?\\p{Nd}{1,2}\\s*:\\s*\\p{Nd}{2}");
    private static final int CLOCK_REACH = 30;

    private NumericDate() {
    }

    /** The date written in digits from token {@code i}, or null. */
    static DateResolver.@Nullable DateMention at(CharSequence text, List<Token> t, int i, int to,
            @Nullable LocalDate reference) {
        Token first = t.get(i);
        if (first.word().firstDigit() < 0) {
            return dotted(text, first, i, reference);
        }
        if (i + 2 >= to || !number(t.get(i + 1)) || !number(t.get(i + 2))) {
            return null;
        }
        char sep = separator(text, first, t.get(i + 1));
        if (sep == 0 || separator(text, t.get(i + 1), t.get(i + 2)) != sep) {
            return null;
        }
        String a = digits(first);
        String b = digits(t.get(i + 1));
        String c = digits(t.get(i + 2));
        return mention(text, first.start(), t.get(i + 2).end(), i, i + PARTS, a, b, c, reference);
    }

    /** "26.5.2021" and "2021.05.26" are one token: a decimal point between digits joins them. */
    private static DateResolver.@Nullable DateMention dotted(CharSequence text, Token tok, int i,
            @Nullable LocalDate reference) {
        String n = tok.normalized();
        if (n.isEmpty() || !Character.isDigit(n.charAt(0))) {
            return null;
        }
        String[] parts = n.split("\\.", -1);
        if (parts.length != PARTS) {
            return null;
        }
        for (String p : parts) {
            if (p.isEmpty() || !p.chars().allMatch(Character::isDigit)) {
                return null;
            }
        }
        return mention(text, tok.start(), tok.end(), i, i + 1, parts[0], parts[1], parts[2], reference);
    }

    private static DateResolver.@Nullable DateMention mention(CharSequence text, int from, int until, int start,
            int end, String a, String b, String c, @Nullable LocalDate reference) {
        if (from > 0 && GLUE.indexOf(text.charAt(from - 1)) >= 0
                || until < text.length() && GLUE.indexOf(text.charAt(until)) >= 0 && !sentenceEnd(text, until)) {
            return null;
        }
        LocalDate date = a.length() == YEAR_DIGITS && c.length() <= MAX_DAY_DIGITS ? date(a, b, c)
                : a.length() <= MAX_DAY_DIGITS && c.length() == YEAR_DIGITS ? date(c, b, a) : null;
        if (date == null || reference != null && date.isAfter(reference)) {
            return null;
        }
        if (CLOCK.matcher(text).region(until, Math.min(text.length(), until + CLOCK_REACH)).lookingAt()) {
            return null;
        }
        return new DateResolver.DateMention(start, end, date, DateResolver.PRECISION_DAY,
                DateResolver.Kind.EXPLICIT, 0);
    }

    /** A full stop that ends the sentence after the date ("في 26/5/2021."), not one that goes on with a number. */
    private static boolean sentenceEnd(CharSequence text, int at) {
        return text.charAt(at) == '.' && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }

    private static @Nullable LocalDate date(String year, String month, String day) {
        if (month.length() > MAX_DAY_DIGITS || day.length() > MAX_DAY_DIGITS) {
            return null;
        }
        int y = Integer.parseInt(year);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether {@code t} is digits alone, without proclitics. */
    private static boolean number(Token t) {
        return t.word().firstDigit() == 0;
    }

    private static String digits(Token t) {
        return t.normalized().substring(t.word().firstDigit());
    }

    /** The one separator between two tokens, spaces aside ("27 . 11 . 2015"), or 0. */
    private static char separator(CharSequence text, Token a, Token b) {
        char sep = 0;
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (sep != 0 || SEPARATORS.indexOf(c) < 0) {
                return 0;
            }
            sep = c;
        }
        return sep;
    }
}
