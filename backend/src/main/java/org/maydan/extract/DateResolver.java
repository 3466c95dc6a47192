package org.maydan.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
 * Finds date expressions in tokens and resolves them against the publication date: relative words
 * (اليوم، أمس، أول أمس، أمس الأول، الليلة الماضية، بعد منتصف ليل أمس), weekdays (latest such day on or before
 * publication; الماضي/الفائت makes it strictly before), "18 أيار", "30 من أبريل/نيسان 2019" in both
 * month systems, a year after عام ("آذار مارس عام 2013"، "أيار من العام الماضي"), "25 من الشهر
 * الجاري", a day written as an ordinal word ("الثامن من آذار"، "الحادي والعشرين من الشهر الماضي"),
 * and month-only mentions, and dates in digits ({@link NumericDate}: "26/5/2021"، "2021-05-26"). Adjacent expressions ("أمس الاثنين 10 من شباط") merge into one; a written date beats a weekday, which beats أمس/اليوم; of two weekdays ("ليل الاثنين-الثلاثاء")
 * the first wins. A year left out is the one that keeps the date on or before publication.
 */
final class DateResolver {

    static final int PRECISION_DAY = 1;
    static final int PRECISION_WEEK = 2;
    static final int PRECISION_MONTH = 3;

    private static final int MID_MONTH = 15;
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    private static final int MAX_DAY = 31;
    private static final int DAYS_IN_WEEK = 7;
    private static final char LAST_ASCII = 0x7f;

    /** How strongly a mention fixes the day; the strongest of merged neighbours wins. */
    enum Kind { MONTH, RELATIVE, WEEKDAY, EXPLICIT }

    /** A date expression over tokens [start, end); {@code date} is null without a publication date. */
    record DateMention(int start, int end, @Nullable LocalDate date, int precision, Kind kind, int shift) {
    }

    private static final WordTable WORDS = WordTable.load(DateResolver.class, "dates.tsv");
    private static final Map<String, Integer> MONTHS = WORDS.numbers("MONTH");
    /** Month names that are also common words; they count only next to a day number or a year. */
    private static final Map<String, Integer> AMBIGUOUS_MONTHS = WORDS.numbers("MONTH_NEXT_TO_NUMBER");
    private static final Map<String, Integer> TWO_WORD_MONTHS = WORDS.numbers("MONTH_TWO_WORDS");
    /** First words of the two-word month names: كانون، تشرين. */
    private static final Set<String> MONTH_HEADS = firstWords(TWO_WORD_MONTHS.keySet());
    private static final Map<String, DayOfWeek> WEEKDAYS = WORDS.constants("WEEKDAY", DayOfWeek.class);
    private static final String TODAY = WORDS.word("TODAY");
    private static final Set<String> YESTERDAY = WORDS.words("YESTERDAY");
    private static final String BEFORE = WORDS.word("BEFORE");
    private static final String OF = WORDS.word("OF");
    private static final String ARTICLE = "ال";
    private static final String TONIGHT = WORDS.word("TONIGHT");
    private static final String TONIGHT_PAST = WORDS.word("TONIGHT_PAST");
    private static final String WEEK = WORDS.word("WEEK");
    private static final String MONTH_WORD = WORDS.word("MONTH_WORD");
    private static final Set<String> PAST = WORDS.words("PAST");
    private static final Set<String> CURRENT = WORDS.words("CURRENT");
    private static final Set<String> SAME = WORDS.words("SAME");
    private static final Set<String> OTHER_DAY = WORDS.words("OTHER_DAY");
    private static final String AFTER = WORDS.word("AFTER");
    private static final String DAY_AFTER = WORDS.word("DAY_AFTER");
    private static final Set<String> DAY_AFTER_OF = WORDS.words("DAY_AFTER_OF");
    private static final String MIDDLE = WORDS.word("MIDDLE");
    private static final Set<String> NIGHT = WORDS.words("NIGHT");
    private static final Set<String> AGO = WORDS.words("AGO");
    private static final String DAY_UNIT = WORDS.word("DAY_UNIT");
    private static final String TWO_DAYS = WORDS.word("TWO_DAYS");
    private static final String DAYS_UNIT = WORDS.word("DAYS_UNIT");
    private static final Map<String, Integer> DAYS_COUNT = WORDS.numbers("DAYS_COUNT");
    private static final Map<String, Integer> DAY_ORDINALS = WORDS.numbers("DAY_ORDINAL");
    private static final Map<String, Integer> DAY_ONE = WORDS.numbers("DAY_ONE");
    private static final String DAY_TEEN = WORDS.word("DAY_TEEN");
    private static final Map<String, Integer> DAY_TENS = WORDS.numbers("DAY_TENS");
    private static final String MONTH_NOUN = WORDS.word("MONTH_NOUN");
    private static final Set<String> YEAR_WORDS = WORDS.words("YEAR_WORD");
    private static final int TEN = 10;
    /** Shortest definite noun an ordinal after it would qualify (الأسبوع الثاني); الى is shorter. */
    private static final int MIN_DEFINITE = 4;
    /** Most days back a "قبل N أيام" is read as a day; further back it is only a vague past. */
    private static final int MAX_DAYS_AGO = 10;

    /** Every word a date expression can start with, to skip the rest of the text at one lookup a form. */
    private static final Set<String> DATE_WORDS = dateWords();
    private static final Openings DATE_OPENINGS = Openings.of(DATE_WORDS);
    private static final WordMemo<Boolean> MAY_START_DATE = new WordMemo<>(DateResolver::mayStartDate);

    private static Set<String> dateWords() {
        Set<String> words = new HashSet<>(MONTHS.keySet());
        words.addAll(AMBIGUOUS_MONTHS.keySet());
        words.addAll(WEEKDAYS.keySet());
        words.addAll(YESTERDAY);
        words.addAll(MONTH_HEADS);
        words.addAll(List.of(TODAY, BEFORE, TONIGHT, WEEK, MONTH_WORD, DAY_AFTER));
        words.addAll(AGO);
        words.addAll(DAY_ORDINALS.keySet());
        words.addAll(DAY_ONE.keySet());
        words.addAll(DAY_TENS.keySet());
        return Set.copyOf(words);
    }

    private static Set<String> firstWords(Set<String> phrases) {
        Set<String> out = new HashSet<>();
        for (String p : phrases) {
            out.add(p.substring(0, p.indexOf(' ')));
        }
        return Set.copyOf(out);
    }

    private DateResolver() {
    }

    /** All date mentions of tokens [from, to) of {@code text}, merged, in text order. */
    static List<DateMention> find(CharSequence text, List<Token> tokens, int from, int to,
            @Nullable LocalDate published) {
        List<DateMention> raw = new ArrayList<>();
        int i = from;
        while (i < to) {
            // most tokens open no date, in digits (a number, or a first digit as NumericDate reads) or
            // in words: the memo of mayStartDate rules them out
            Token t = tokens.get(i);
            DateMention m = null;
            if (t.isNumber() || Character.isDigit(t.normalized().charAt(0)) || mayStartDate(t)) {
                m = NumericDate.at(text, tokens, i, to, published);
                if (m == null) {
                    m = at(tokens, i, to, published);
                }
            }
            if (m == null) {
                i++;
            } else {
                raw.add(m);
                i = m.end();
            }
        }
        return merge(raw);
    }

    private static @Nullable DateMention at(List<Token> t, int i, int to, @Nullable LocalDate pub) {
        if (!t.get(i).isNumber() && !mayStartDate(t.get(i))) {
            return null;
        }
        DateMention explicit = explicit(t, i, to, pub);
        if (explicit != null) {
            return explicit;
        }
        Token tok = t.get(i);
        if (tok.is(DAY_AFTER)) {
            return dayAfter(t, i, to, pub);
        }
        for (String f : tok.word().readings()) {
            DayOfWeek day = WEEKDAYS.get(f);
            if (day != null && f.startsWith("ال")) {
                boolean past = i + 1 < to && isPastQualifier(t.get(i + 1));
                LocalDate d = pub == null ? null : weekday(pub, day, past);
                return new DateMention(i, past ? i + 2 : i + 1, d, PRECISION_DAY, Kind.WEEKDAY, 0);
            }
        }
        if (tok.is(TODAY) && tok.normalized().endsWith(TODAY)) {
            boolean sameDay = i > 0 && WordTable.isAny(t.get(i - 1), SAME);
            if (sameDay || i + 1 < to && WordTable.isAny(t.get(i + 1), OTHER_DAY)) {
                return null;
            }
            return relative(i, i + 1, pub, 0, afterMidnight(t, i));
        }
        if (WordTable.isAny(tok, YESTERDAY)) {
            int days = -1;
            int start = i;
            int end = i + 1;
            if (theDayBefore(t, i, to)) {
                days = -2;
                end = i + 2;
            } else if (i > 0 && t.get(i - 1).is(BEFORE)) {
                days = -2;
                start = i - 1;
            } else if (i > 1 && t.get(i - 1).normalized().equals(OF) && t.get(i - 2).is(BEFORE)) {
                days = -2;
                start = i - 2;
            }
            return relative(start, end, pub, days, afterMidnight(t, i));
        }
        if (i + 1 < to && WordTable.isAny(tok, AGO)) {
            return daysAgo(t, i, to, pub);
        }
        if (i + 1 < to && tok.is(TONIGHT) && t.get(i + 1).is(TONIGHT_PAST)) {
            return relative(i, i + 2, pub, -1, 0);
        }
        if (i + 1 < to && tok.is(WEEK) && isPastQualifier(t.get(i + 1))) {
            return new DateMention(i, i + 2, pub == null ? null : pub.minusDays(DAYS_IN_WEEK),
                    PRECISION_WEEK, Kind.RELATIVE, 0);
        }
        if (i + 1 < to && tok.is(MONTH_WORD)) {
            if (isPastQualifier(t.get(i + 1))) {
                return new DateMention(i, i + 2, pub == null ? null : pub.minusMonths(1).withDayOfMonth(MID_MONTH),
                        PRECISION_MONTH, Kind.MONTH, 0);
            }
            if (WordTable.isAny(t.get(i + 1), CURRENT)) {
                return new DateMention(i, i + 2, pub, PRECISION_MONTH, Kind.MONTH, 0);
            }
        }
        return monthOnly(t, i, to, pub);
    }

    /**
     * "غداة يوم الخميس"، "غداة 12 آذار": the day after a day the text names. غداة before anything
     * else (غداة الهجوم) names no day here; {@link EventDating} dates what follows it.
     */
    private static @Nullable DateMention dayAfter(List<Token> t, int i, int to, @Nullable LocalDate pub) {
        int j = i + 1;
        if (j + 1 < to && t.get(j).normalized().equals(DAY_UNIT)) {
            j++;
        }
        if (j >= to) {
            return null;
        }
        DateMention day = at(t, j, to, pub);
        if (day == null || day.start() != j || day.precision() != PRECISION_DAY) {
            return null;
        }
        LocalDate d = day.date() == null ? null : day.date().plusDays(1);
        return new DateMention(i, day.end(), d, PRECISION_DAY, day.kind(), day.shift());
    }

    /**
     * Whether token {@code k} opens "the day after" an event: غداة, or the يوم of بعد يوم من / على
     * (وذلك بعد يوم من قصف طال المدينة).
     */
    static boolean isDayAfter(List<Token> t, int k) {
        Token tok = t.get(k);
        return tok.is(DAY_AFTER) || tok.is(DAY_UNIT) && k > 0 && t.get(k - 1).is(AFTER) && k + 1 < t.size()
                && WordTable.isAny(t.get(k + 1), DAY_AFTER_OF);
    }

    /** "قبل يومين"، "منذ يوم"، "قبل 3 أيام"، "منذ ثلاثة أيام": so many days before publication. */
    private static @Nullable DateMention daysAgo(List<Token> t, int i, int to, @Nullable LocalDate pub) {
        Token next = t.get(i + 1);
        if (next.normalized().equals(TWO_DAYS)) {
            return relative(i, i + 2, pub, -2, 0);
        }
        if (next.normalized().equals(DAY_UNIT)) {
            return relative(i, i + 2, pub, -1, 0);
        }
        if (i + 2 >= to || !t.get(i + 2).is(DAYS_UNIT)) {
            return null;
        }
        int days = next.isNumber() ? next.word().number() : DAYS_COUNT.getOrDefault(next.normalized(), -1);
        return days > 0 && days <= MAX_DAYS_AGO ? relative(i, i + 3, pub, -days, 0) : null;
    }

    /**
     * Whether a date expression may start at {@code t}: a month, weekday or relative word. It depends on
     * the spelling alone, so it is worked out once per spelling ({@link WordMemo}).
     */
    static boolean mayStartDate(Token t) {
        return MAY_START_DATE.get(t.word());
    }

    private static boolean mayStartDate(String spelling) {
        for (String f : Proclitics.readings(spelling)) {
            if (DATE_OPENINGS.admits(f) && DATE_WORDS.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** "أمس الأول": the day before yesterday, as أول أمس (not "أمس الأول من نوعه"). */
    private static boolean theDayBefore(List<Token> t, int i, int to) {
        if (i + 1 >= to || t.get(i + 1).clause() != t.get(i).clause()
                || !t.get(i + 1).normalized().equals(ARTICLE + BEFORE)) {
            return false;
        }
        return i + 2 >= to || !t.get(i + 2).normalized().equals(OF);
    }

    /** "بعد منتصف ليل أمس" is the small hours of the next day. */
    private static int afterMidnight(List<Token> t, int i) {
        if (i >= 3 && WordTable.isAny(t.get(i - 1), NIGHT) && t.get(i - 2).is(MIDDLE) && t.get(i - 3).is(AFTER)) {
            return 1;
        }
        return 0;
    }

    private static DateMention relative(int start, int end, @Nullable LocalDate pub, int days, int shift) {
        LocalDate d = pub == null ? null : pub.plusDays((long) days + shift);
        return new DateMention(start, end, d, PRECISION_DAY, Kind.RELATIVE, shift);
    }

    private static boolean isPastQualifier(Token t) {
        return WordTable.isAny(t, PAST);
    }

    /** Whether the token places a month or year before publication or at it: الماضي، الجاري. */
    private static boolean isPastOrCurrent(Token t) {
        return isPastQualifier(t) || WordTable.isAny(t, CURRENT);
    }

    static LocalDate weekday(LocalDate pub, DayOfWeek day, boolean strictlyBefore) {
        LocalDate d = pub.with(TemporalAdjusters.previousOrSame(day));
        return strictlyBefore && d.equals(pub) ? d.minusDays(DAYS_IN_WEEK) : d;
    }

    /**
     * "18 أيار", "30 من أبريل/نيسان 2019", "15 أكتوبر/ تشرين الأول", "25 من الشهر الجاري", the English
     * order of tweet footers "May 18, 2019", and a night or span over two days "ليلة 18-19 أيار", which
     * is its first day. The day may be an ordinal word before من: "الثامن من آذار"، "الحادي والعشرين
     * من الشهر الماضي".
     */
    private static @Nullable DateMention explicit(List<Token> t, int i, int to, @Nullable LocalDate pub) {
        int day = dayNumber(t.get(i));
        int j = i + 1;
        if (day < 0) {
            int[] ordinal = ordinalDay(t, i, to);
            if (ordinal == null) {
                return monthFirst(t, i, to, pub);
            }
            day = ordinal[0];
            j = ordinal[1];
            if (j >= to || !t.get(j).normalized().equals(OF)) {
                return null;
            }
        } else if (j + 1 < to && dayNumber(t.get(j)) > day) {
            j++;
        }
        if (j < to && t.get(j).normalized().equals(OF)) {
            j++;
        }
        if (j + 1 < to && t.get(j).normalized().equals(MONTH_NOUN)) {
            j++;
        }
        int[] my = monthYear(t, j, to, true, pub);
        if (my == null) {
            my = monthOfPublication(t, j, to, pub);
        }
        if (my == null) {
            return null;
        }
        return new DateMention(i, my[1], resolve(pub, my[2], my[0], day), PRECISION_DAY, Kind.EXPLICIT, 0);
    }

    /**
     * The day and end token of an ordinal day at {@code i}: "الثامن", "الحادي عشر", "الواحد
     * والعشرين", "الثلاثين"; null for other words and for an ordinal that qualifies the definite noun
     * before it (الأسبوع الثاني، النصف الأول), except a day's (يوم الخميس الثامن، اليوم العاشر).
     */
    private static int @Nullable [] ordinalDay(List<Token> t, int i, int to) {
        Token tok = t.get(i);
        String unit = WordTable.readingIn(tok, DAY_ORDINALS.keySet());
        String one = unit == null ? WordTable.readingIn(tok, DAY_ONE.keySet()) : null;
        String tens = unit == null && one == null ? WordTable.readingIn(tok, DAY_TENS.keySet()) : null;
        if (unit == null && one == null && tens == null || i > 0 && qualifiesNoun(t.get(i - 1))) {
            return null;
        }
        if (tens != null) {
            return new int[] {DAY_TENS.get(tens), i + 1};
        }
        int u = unit != null ? DAY_ORDINALS.get(unit) : DAY_ONE.get(one);
        if (u < TEN && i + 1 < to) {
            Token next = t.get(i + 1);
            if (next.normalized().equals(DAY_TEEN)) {
                return new int[] {TEN + u, i + 2};
            }
            String ten = next.normalized().charAt(0) == 'و' ? WordTable.readingIn(next, DAY_TENS.keySet()) : null;
            if (ten != null && DAY_TENS.get(ten) + u <= MAX_DAY) {
                return new int[] {DAY_TENS.get(ten) + u, i + 2};
            }
        }
        return unit != null ? new int[] {u, i + 1} : null;
    }

    /** Whether {@code t} is a definite noun other than a day's, which an ordinal after it qualifies. */
    private static boolean qualifiesNoun(Token t) {
        if (t.is(TODAY) || t.is(TONIGHT) || WordTable.isAny(t, WEEKDAYS.keySet())) {
            return false;
        }
        for (String f : t.word().readings()) {
            if (f.startsWith("ال") && f.length() >= MIN_DEFINITE) {
                return true;
            }
        }
        return false;
    }

    /** Month, end token and year of "الشهر الجاري" (the publication's month) or "الشهر الماضي" at {@code j}. */
    private static int @Nullable [] monthOfPublication(List<Token> t, int j, int to, @Nullable LocalDate pub) {
        if (j + 1 >= to || !t.get(j).is(MONTH_WORD)) {
            return null;
        }
        boolean past = isPastQualifier(t.get(j + 1));
        if (!past && !WordTable.isAny(t.get(j + 1), CURRENT)) {
            return null;
        }
        if (pub == null) {
            return new int[] {1, j + 2, -1};
        }
        LocalDate month = past ? pub.minusMonths(1) : pub;
        return new int[] {month.getMonthValue(), j + 2, month.getYear()};
    }

    /** "May 18, 2019": an English month name, then the day, then an optional year; Arabic never puts the month first. */
    private static @Nullable DateMention monthFirst(List<Token> t, int i, int to, @Nullable LocalDate pub) {
        if (t.get(i).normalized().charAt(0) > LAST_ASCII) {
            return null;
        }
        int[] month = month(t, i, to, true);
        if (month == null || month[1] >= to) {
            return null;
        }
        int day = dayNumber(t.get(month[1]));
        if (day < 0) {
            return null;
        }
        int end = month[1] + 1;
        int year = -1;
        if (end < to && t.get(end).word().number() >= MIN_YEAR && t.get(end).word().number() <= MAX_YEAR) {
            year = t.get(end).word().number();
            end++;
        }
        return new DateMention(i, end, resolve(pub, year, month[0], day), PRECISION_DAY, Kind.EXPLICIT, 0);
    }

    /** A day of the month written as one or two digits, or -1. */
    private static int dayNumber(Token t) {
        int day = t.word().number();
        return day >= 1 && day <= MAX_DAY && t.normalized().length() <= 2 + t.word().firstDigit() ? day : -1;
    }

    /**
     * "منتصف آذار الجاري", "أيار 2019", "شهر آب من العام 2014": month precision, the 15th for منتصف
     * else the 1st. A month name that is also a word (آب) is one after شهر, before a year's number or
     * before الماضي، الجاري (آب الماضي: no father is "last").
     */
    private static @Nullable DateMention monthOnly(List<Token> t, int i, int to, @Nullable LocalDate pub) {
        int[] my = monthYear(t, i, to, false, pub);
        if (my == null) {
            my = monthYear(t, i, to, true, pub);
            boolean named = i > 0 && t.get(i - 1).normalized().equals(MONTH_NOUN);
            boolean qualified = my != null && my[1] < to && isPastOrCurrent(t.get(my[1]));
            if (my == null || !named && !qualified && (my[2] < 0 || t.get(my[1] - 1).word().number() != my[2])) {
                return null;
            }
        }
        int end = my[1];
        if (my[2] < 0 && end < to && isPastOrCurrent(t.get(end))) {
            end++;
        }
        int start = i;
        int day = 1;
        if (i > 0 && t.get(i - 1).is(MIDDLE)) {
            start = i - 1;
            day = MID_MONTH;
        }
        return new DateMention(start, end, resolve(pub, my[2], my[0], day), PRECISION_MONTH, Kind.MONTH, 0);
    }

    /**
     * Month, end token and year (-1 if absent) of "أبريل/نيسان 2018" at {@code j}: a second name of
     * the same month in the other system is consumed with it. The year may follow عام or سنة ("آذار
     * مارس عام 2013"، "شباط من العام 2015") or be the last or current one of publication ("أيار من
     * العام الماضي").
     */
    private static int @Nullable [] monthYear(List<Token> t, int j, int to, boolean ambiguousAllowed,
            @Nullable LocalDate pub) {
        int[] month = month(t, j, to, ambiguousAllowed);
        if (month == null) {
            return null;
        }
        int end = month[1];
        int[] second = month(t, end, to, true);
        if (second != null && second[0] == month[0]) {
            end = second[1];
        }
        int y = end;
        if (y + 1 < to && t.get(y).normalized().equals(OF) && WordTable.isAny(t.get(y + 1), YEAR_WORDS)) {
            y++;
        }
        boolean yearWord = y + 1 < to && WordTable.isAny(t.get(y), YEAR_WORDS);
        if (yearWord) {
            y++;
        }
        int year = -1;
        if (y < to) {
            int number = t.get(y).word().number();
            if (number >= MIN_YEAR && number <= MAX_YEAR) {
                year = number;
                end = y + 1;
            } else if (yearWord && isPastOrCurrent(t.get(y))) {
                year = pub == null ? -1 : isPastQualifier(t.get(y)) ? pub.getYear() - 1 : pub.getYear();
                end = y + 1;
            }
        }
        return new int[] {month[0], end, year};
    }

    /** Month number and end token of a month name at {@code j}, or null. */
    private static int @Nullable [] month(List<Token> t, int j, int to, boolean ambiguousAllowed) {
        if (j >= to) {
            return null;
        }
        String head = j + 1 < to ? WordTable.readingIn(t.get(j), MONTH_HEADS) : null;
        if (head != null) {
            for (String f : t.get(j + 1).word().readings()) {
                Integer m = TWO_WORD_MONTHS.get(head + " " + f);
                if (m != null) {
                    return new int[] {m, j + 2};
                }
            }
        }
        for (String f : t.get(j).word().readings()) {
            Integer m = MONTHS.get(f);
            if (m == null && ambiguousAllowed && f.equals(t.get(j).normalized())) {
                m = AMBIGUOUS_MONTHS.get(f);
            }
            if (m != null) {
                return new int[] {m, j + 1};
            }
        }
        return null;
    }

    private static @Nullable LocalDate resolve(@Nullable LocalDate pub, int year, int month, int day) {
        if (year < 0 && pub == null) {
            return null;
        }
        int y = year > 0 ? year : pub.getYear();
        LocalDate d = safeDate(y, month, day);
        if (d != null && year < 0 && d.isAfter(pub)) {
            d = safeDate(y - 1, month, day);
        }
        return d;
    }

    private static @Nullable LocalDate safeDate(int y, int m, int d) {
        LocalDate first = LocalDate.of(y, m, 1);
        return d <= first.lengthOfMonth() ? first.withDayOfMonth(d) : null;
    }

    private static List<DateMention> merge(List<DateMention> raw) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention m : raw) {
            if (!out.isEmpty() && m.start() <= out.get(out.size() - 1).end() + 1) {
                DateMention prev = out.remove(out.size() - 1);
                out.add(combine(prev, m));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static DateMention combine(DateMention a, DateMention b) {
        DateMention winner = b.kind().compareTo(a.kind()) > 0 ? b : a;
        int shift = Math.max(a.shift(), b.shift());
        LocalDate date = winner.date();
        if (winner.kind() == Kind.WEEKDAY && shift > 0 && date != null) {
            date = date.plusDays(shift);
        }
        return new DateMention(a.start(), b.end(), date, winner.precision(), winner.kind(), shift);
    }
}
