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

/**
 * Finds date expressions in tokens and resolves them against the publication date: relative words
 * (اليوم، أمس، أول أمس، الليلة الماضية، بعد منتصف ليل أمس), weekdays (latest such day on or before
 * publication; الماضي/الفائت makes it strictly before), "18 أيار", "30 من أبريل/نيسان 2019" in both
 * month systems, and month-only mentions. Adjacent expressions ("أمس الاثنين 10 من شباط") merge into
 * one; a written date beats a weekday, which beats أمس/اليوم; of two weekdays ("ليل الاثنين-الثلاثاء")
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

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4), Map.entry("ايار", 5),
            Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("ايلول", 9),
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("افريل", 4), Map.entry("مايو", 5), Map.entry("مايس", 5), Map.entry("يونيو", 6),
            Map.entry("يونيه", 6), Map.entry("يوليو", 7), Map.entry("يوليه", 7), Map.entry("اغسطس", 8),
            Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10), Map.entry("نوفمبر", 11), Map.entry("نوفمير", 11),
            Map.entry("ديسمبر", 12), Map.entry("جانفي", 1), Map.entry("فيفري", 2), Map.entry("جوان", 6),
            Map.entry("جويليه", 7), Map.entry("اوت", 8),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("april", 4), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("december", 12));
    /** Month names that are also common words; they count only next to a day number or a year. */
    private static final Map<String, Integer> AMBIGUOUS_MONTHS = Map.ofEntries(Map.entry("اب", 8),
            Map.entry("ماي", 5), Map.entry("may", 5), Map.entry("march", 3), Map.entry("jan", 1),
            Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> TWO_WORD_MONTHS = Map.of(
            "كانون الثاني", 1, "كانون الاول", 12, "تشرين الاول", 10, "تشرين الثاني", 11);
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "الاحد", DayOfWeek.SUNDAY, "الاثنين", DayOfWeek.MONDAY, "الثلاثاء", DayOfWeek.TUESDAY,
            "الاربعاء", DayOfWeek.WEDNESDAY, "الخميس", DayOfWeek.THURSDAY, "الجمعه", DayOfWeek.FRIDAY,
            "السبت", DayOfWeek.SATURDAY);

    /** Every word a date expression can start with, to skip the rest of the text at one lookup a form. */
    private static final Set<String> DATE_WORDS = dateWords();
    private static final Openings DATE_OPENINGS = Openings.of(DATE_WORDS);

    private static Set<String> dateWords() {
        Set<String> words = new HashSet<>(MONTHS.keySet());
        words.addAll(AMBIGUOUS_MONTHS.keySet());
        words.addAll(WEEKDAYS.keySet());
        words.addAll(List.of("اليوم", "امس", "البارحه", "اول", "الليله", "الاسبوع", "الشهر", "كانون", "تشرين"));
        return Set.copyOf(words);
    }

    private DateResolver() {
    }

    /** All date mentions of tokens [from, to), merged, in text order. */
    static List<DateMention> find(Token[] tokens, int from, int to, @Nullable LocalDate published) {
        List<DateMention> raw = new ArrayList<>();
        int i = from;
        while (i < to) {
            DateMention m = at(tokens, i, to, published);
            if (m == null) {
                i++;
            } else {
                raw.add(m);
                i = m.end();
            }
        }
        return merge(raw);
    }

    private static @Nullable DateMention at(Token[] t, int i, int to, @Nullable LocalDate pub) {
        if (!t[i].isNumber() && !mayStartDate(t[i])) {
            return null;
        }
        DateMention explicit = explicit(t, i, to, pub);
        if (explicit != null) {
            return explicit;
        }
        Token tok = t[i];
        for (String f : tok.forms()) {
            DayOfWeek day = WEEKDAYS.get(f);
            if (day != null && f.startsWith("ال")) {
                boolean past = i + 1 < to && isPastQualifier(t[i + 1]);
                LocalDate d = pub == null ? null : weekday(pub, day, past);
                return new DateMention(i, past ? i + 2 : i + 1, d, PRECISION_DAY, Kind.WEEKDAY, 0);
            }
        }
        if (tok.is("اليوم") && tok.norm().endsWith("اليوم")) {
            boolean sameDay = i > 0 && (t[i - 1].is("نفس") || t[i - 1].is("ذات"));
            if (sameDay || i + 1 < to && (t[i + 1].is("التالي") || t[i + 1].is("نفسه") || t[i + 1].is("الثاني"))) {
                return null;
            }
            return relative(i, i + 1, pub, 0, afterMidnight(t, i));
        }
        if (tok.is("امس") || tok.is("البارحه")) {
            int days = -1;
            int start = i;
            if (i > 0 && t[i - 1].is("اول")) {
                days = -2;
                start = i - 1;
            } else if (i > 1 && t[i - 1].norm().equals("من") && t[i - 2].is("اول")) {
                days = -2;
                start = i - 2;
            }
            return relative(start, i + 1, pub, days, afterMidnight(t, i));
        }
        if (i + 1 < to && tok.is("الليله") && t[i + 1].is("الماضيه")) {
            return relative(i, i + 2, pub, -1, 0);
        }
        if (i + 1 < to && tok.is("الاسبوع") && isPastQualifier(t[i + 1])) {
            return new DateMention(i, i + 2, pub == null ? null : pub.minusDays(DAYS_IN_WEEK),
                    PRECISION_WEEK, Kind.RELATIVE, 0);
        }
        if (i + 1 < to && tok.is("الشهر")) {
            if (isPastQualifier(t[i + 1])) {
                return new DateMention(i, i + 2, pub == null ? null : pub.minusMonths(1).withDayOfMonth(MID_MONTH),
                        PRECISION_MONTH, Kind.MONTH, 0);
            }
            if (t[i + 1].is("الجاري") || t[i + 1].is("الحالي")) {
                return new DateMention(i, i + 2, pub, PRECISION_MONTH, Kind.MONTH, 0);
            }
        }
        return monthOnly(t, i, to, pub);
    }

    private static boolean mayStartDate(Token t) {
        for (String f : t.forms()) {
            if (DATE_OPENINGS.admits(f) && DATE_WORDS.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** "بعد منتصف ليل أمس" is the small hours of the next day. */
    private static int afterMidnight(Token[] t, int i) {
        if (i >= 3 && (t[i - 1].is("ليل") || t[i - 1].is("ليله") || t[i - 1].is("الليل"))
                && t[i - 2].is("منتصف") && t[i - 3].is("بعد")) {
            return 1;
        }
        return 0;
    }

    private static DateMention relative(int start, int end, @Nullable LocalDate pub, int days, int shift) {
        LocalDate d = pub == null ? null : pub.plusDays((long) days + shift);
        return new DateMention(start, end, d, PRECISION_DAY, Kind.RELATIVE, shift);
    }

    private static boolean isPastQualifier(Token t) {
        return t.is("الماضي") || t.is("الفائت") || t.is("المنصرم") || t.is("السابق");
    }

    static LocalDate weekday(LocalDate pub, DayOfWeek day, boolean strictlyBefore) {
        LocalDate d = pub.with(TemporalAdjusters.previousOrSame(day));
        return strictlyBefore && d.equals(pub) ? d.minusDays(DAYS_IN_WEEK) : d;
    }

    /**
     * "18 أيار", "30 من أبريل/نيسان 2019", "15 أكتوبر/ تشرين الأول", the English order of tweet footers
     * "May 18, 2019", and a night or span over two days "ليلة 18-19 أيار", which is its first day.
     */
    private static @Nullable DateMention explicit(Token[] t, int i, int to, @Nullable LocalDate pub) {
        int day = dayNumber(t[i]);
        if (day < 0) {
            return monthFirst(t, i, to, pub);
        }
        int j = i + 1;
        if (j + 1 < to && dayNumber(t[j]) > day) {
            j++;
        }
        if (j < to && t[j].norm().equals("من")) {
            j++;
        }
        int[] my = monthYear(t, j, to, true);
        if (my == null) {
            return null;
        }
        return new DateMention(i, my[1], resolve(pub, my[2], my[0], day), PRECISION_DAY, Kind.EXPLICIT, 0);
    }

    /** "May 18, 2019": an English month name, then the day, then an optional year; Arabic never puts the month first. */
    private static @Nullable DateMention monthFirst(Token[] t, int i, int to, @Nullable LocalDate pub) {
        if (t[i].norm().charAt(0) > LAST_ASCII) {
            return null;
        }
        int[] month = month(t, i, to, true);
        if (month == null || month[1] >= to) {
            return null;
        }
        int day = dayNumber(t[month[1]]);
        if (day < 0) {
            return null;
        }
        int end = month[1] + 1;
        int year = -1;
        if (end < to && t[end].numberValue() >= MIN_YEAR && t[end].numberValue() <= MAX_YEAR) {
            year = t[end].numberValue();
            end++;
        }
        return new DateMention(i, end, resolve(pub, year, month[0], day), PRECISION_DAY, Kind.EXPLICIT, 0);
    }

    /** A day of the month written as one or two digits, or -1. */
    private static int dayNumber(Token t) {
        int day = t.numberValue();
        return day >= 1 && day <= MAX_DAY && t.norm().length() <= 2 + t.firstDigit() ? day : -1;
    }

    /** "منتصف آذار الجاري", "أيار 2019": month precision, the 15th for منتصف else the 1st. */
    private static @Nullable DateMention monthOnly(Token[] t, int i, int to, @Nullable LocalDate pub) {
        int[] my = monthYear(t, i, to, false);
        if (my == null) {
            return null;
        }
        int end = my[1];
        if (my[2] < 0 && end < to && (t[end].is("الجاري") || t[end].is("الحالي") || isPastQualifier(t[end]))) {
            end++;
        }
        int start = i;
        int day = 1;
        if (i > 0 && t[i - 1].is("منتصف")) {
            start = i - 1;
            day = MID_MONTH;
        }
        return new DateMention(start, end, resolve(pub, my[2], my[0], day), PRECISION_MONTH, Kind.MONTH, 0);
    }

    /**
     * Month, end token and year (-1 if absent) of "أبريل/نيسان 2018" at {@code j}: a second name of
     * the same month in the other system is consumed with it.
     */
    private static int @Nullable [] monthYear(Token[] t, int j, int to, boolean ambiguousAllowed) {
        int[] month = month(t, j, to, ambiguousAllowed);
        if (month == null) {
            return null;
        }
        int end = month[1];
        int[] second = month(t, end, to, true);
        if (second != null && second[0] == month[0]) {
            end = second[1];
        }
        int year = -1;
        if (end < to) {
            int y = t[end].numberValue();
            if (y >= MIN_YEAR && y <= MAX_YEAR) {
                year = y;
                end++;
            }
        }
        return new int[] {month[0], end, year};
    }

    /** Month number and end token of a month name at {@code j}, or null. */
    private static int @Nullable [] month(Token[] t, int j, int to, boolean ambiguousAllowed) {
        if (j >= to) {
            return null;
        }
        if (j + 1 < to && (t[j].is("كانون") || t[j].is("تشرين"))) {
            String first = t[j].is("كانون") ? "كانون" : "تشرين";
            for (String f : t[j + 1].forms()) {
                Integer m = TWO_WORD_MONTHS.get(first + " " + f);
                if (m != null) {
                    return new int[] {m, j + 2};
                }
            }
        }
        for (String f : t[j].forms()) {
            Integer m = MONTHS.get(f);
            if (m == null && ambiguousAllowed && f.equals(t[j].norm())) {
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
