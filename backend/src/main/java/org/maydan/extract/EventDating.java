package org.maydan.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.text.Sentence;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;
import org.maydan.gazetteer.text.WordTable;

/**
 * Dates the events of an article. A group takes the nearest date expression of its sentence; a
 * relative clause (التي سيطر عليها) only one inside it; the means of a capture (بعد القصف) only one
 * after it; an event named after غداة or بعد يوم من (غداة هجوم شنته الفصائل) the day before its
 * sentence's day.
 * Without one, an event takes the date of the
 * embedded tweet its sentence belongs to, else the article's first written day. Where the text
 * leaves the time open it is never given the publication day as if written: background (وكان،
 * كان قد، سبق أن، يشار إلى، منذ four days), a vague time (مؤخرا، في بداية الهجوم) or no time word
 * in an article that writes none give the publication day as the latest possible day, at a week's
 * or a month's precision ({@link EventDate#latest}). Date words in a tally's clause (منذ ... حتى)
 * date nothing; a background sentence never sets the article's day.
 */
final class EventDating {

    /** An embedded tweet is at most this many characters, so its footer dates no more text than that. */
    private static final int TWEET_LENGTH = 280;
    /** How far into its sentence a pluperfect (وكان، وكانت) makes it background. */
    private static final int PLUPERFECT_WINDOW = 2;
    /** Most tokens between منذ and the date it starts from (منذ منتصف ليل 5 مارس). */
    private static final int SINCE_WINDOW = 3;
    /** Most tokens from منذ to the حتى that closes its span (منذ 30 نيسان حتى 19 أيار). */
    private static final int SPAN_WINDOW = 10;
    private static final String DASHES = "-–—";
    /** Most tokens from غداة to the trigger of the event it names (غداة هجوم شنته الفصائل وأتاح السيطرة على X). */
    private static final int DAY_AFTER_WINDOW = 16;
    private static final WordTable DATE_WORDS = WordTable.load(EventDating.class, "dates.tsv");
    private static final String UNTIL = DATE_WORDS.word("UNTIL");
    /** في، عام، منذ...: the words before a year's number written alone. */
    private static final Set<String> YEAR_LEADS = DATE_WORDS.words("YEAR_LEAD");
    /** منذ before a year (منذ عام 2012): up to now, no history. */
    private static final String SINCE = DATE_WORDS.word("YEAR_SINCE");
    /** The earliest number read as a year (earlier ones are counts). */
    private static final int FIRST_YEAR = 1900;

    /**
     * The date expressions of one sentence: every written one (their numbers are no counts), those
     * that may date its events, the date of the tweet it quotes if any, whether it tells background,
     * the precision of the vaguest open time it names (0 when none) and the clauses that name a recent one.
     */
    record SentenceDates(List<DateResolver.DateMention> written, List<DateResolver.DateMention> usable,
            @Nullable LocalDate quoted, boolean background, List<CueLexicon.Match> durations, int openTime,
            Set<Integer> openClauses, boolean pastYear) {
    }

    private final String text;
    private final List<Token> tokens;
    private final @Nullable LocalDate published;
    private final @Nullable LocalDate[] quoted;

    /** Over the article's tokens and sentences; {@code published} anchors relative words. */
    EventDating(TokenizedText text, @Nullable LocalDate published) {
        this.text = text.text();
        this.tokens = text.tokens();
        this.published = published;
        this.quoted = quoteDates(text.sentences());
    }

    /** The dates of sentence {@code si} ({@code s}), whose cues are {@code ms}. */
    SentenceDates find(int si, Sentence s, List<CueLexicon.Match> ms) {
        LocalDate reference = quoted[si] != null ? quoted[si] : published;
        List<DateResolver.DateMention> written = DateResolver.find(text, tokens, s.firstToken(), s.endToken(), reference);
        List<DateResolver.DateMention> usable = new ArrayList<>(written.size());
        for (DateResolver.DateMention d : written) {
            if (!inTally(ms, d.start(), written)) {
                usable.add(d);
            }
        }
        boolean background = false;
        List<CueLexicon.Match> durations = List.of();
        int openTime = 0;
        Set<Integer> openClauses = new HashSet<>();
        for (CueLexicon.Match m : ms) {
            // سابقا، بداية also qualify names and things (جبهة النصرة سابقا): only a recent time opens a clause
            if (m.cue() == Cue.RECENT) {
                openClauses.add(tokens.get(m.start()).clause());
            }
            switch (m.cue()) {
                case PLUPERFECT -> background |= m.start() < s.firstToken() + PLUPERFECT_WINDOW;
                case BACKGROUND_TELLING -> background = true;
                case BACKGROUND -> {
                    if (!sinceDate(m, written)) {
                        durations = durations.isEmpty() ? new ArrayList<>() : durations;
                        durations.add(m);
                    }
                }
                case RECENT -> openTime = Math.max(openTime, DateResolver.PRECISION_WEEK);
                case UNDATED -> openTime = DateResolver.PRECISION_MONTH;
                default -> {
                    // other cues say nothing of time
                }
            }
        }
        return new SentenceDates(written, usable, quoted[si], background, durations, openTime, openClauses,
                pastYear(s, written, reference));
    }

    /**
     * Whether the sentence writes, outside its dates, a year before the publication's after في، عام
     * or خلال (وفي عام 2011 اندلعت معارك في X، في 2012 سيطرت الفصائل على X): it tells history.
     */
    private boolean pastYear(Sentence s, List<DateResolver.DateMention> written, @Nullable LocalDate reference) {
        if (reference == null) {
            return false;
        }
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            Token t = tokens.get(k);
            int year = t.isNumber() ? t.word().number() : -1;
            if (year >= FIRST_YEAR && year < reference.getYear() && !inDate(k, written)
                    && WordTable.isAny(tokens.get(k - 1), YEAR_LEADS) && !(k > 1 && tokens.get(k - 2).is(SINCE))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a group tells background: its sentence does (وكان، يشار إلى), or its clause measures a
     * duration ("اثر هجوم بدأ منذ 4 أيام").
     */
    boolean background(TriggerGroup g, SentenceDates dates) {
        if (dates.background()) {
            return true;
        }
        int clause = tokens.get(g.triggerStart).clause();
        for (CueLexicon.Match m : dates.durations()) {
            if (tokens.get(m.start()).clause() == clause) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of a group of a sentence with {@code dates}; {@code leadDate} is the article's first
     * written day so far. Null when a relative clause's group has no date inside it: it reports
     * nothing new.
     */
    @Nullable EventDate date(TriggerGroup g, SentenceDates dates, @Nullable LocalDate leadDate) {
        if (g.means) {
            DateResolver.DateMention own = firstAfter(dates.usable(), g);
            return own != null ? new EventDate(own.date(), own.precision(), true)
                    : EventDate.latest(published, DateResolver.PRECISION_WEEK);
        }
        DateResolver.DateMention d = g.undated ? relativeClauseDate(dates.usable(), g) : nearest(dates.usable(), g);
        int clause = tokens.get(g.triggerStart).clause();
        if (d != null && dates.openClauses().contains(clause) && tokens.get(d.start()).clause() != clause) {
            // قصفت الطائرات X اليوم، بعد سيطرة الفصائل على Y قبل أيام: the clause leaves its own time open
            d = null;
        }
        boolean dayBefore = !g.undated && afterDayAfter(g, dates.written());
        if (d != null) {
            if (dayBefore && d.end() <= g.triggerStart && d.precision() == DateResolver.PRECISION_DAY
                    && d.date() != null) {
                return new EventDate(d.date().minusDays(1), DateResolver.PRECISION_DAY, false);
            }
            return new EventDate(d.date(), d.precision(), true);
        }
        if (g.undated && dates.openTime() == 0 || dates.pastYear()) {
            // a relative clause's event with no date of its own reports nothing new; a sentence set in
            // an earlier year tells history, no event of the article's time
            return null;
        }
        if (background(g, dates)) {
            return EventDate.latest(published, DateResolver.PRECISION_MONTH);
        }
        if (dates.openTime() > 0) {
            return EventDate.latest(published, dates.openTime());
        }
        LocalDate day = dates.quoted() != null ? dates.quoted() : leadDate;
        if (day != null) {
            return new EventDate(dayBefore ? day.minusDays(1) : day, DateResolver.PRECISION_DAY, false);
        }
        return EventDate.latest(published, DateResolver.PRECISION_WEEK);
    }

    /**
     * Whether the group's trigger follows غداة in its clause with no written date between them
     * ("دخلت الدبابات اليوم غداة هجوم شنته الفصائل"): the event it names happened the day before
     * the sentence's day, which the group then takes as an inferred day.
     */
    private boolean afterDayAfter(TriggerGroup g, List<DateResolver.DateMention> written) {
        int clause = tokens.get(g.triggerStart).clause();
        for (int k = g.triggerStart - 1; k >= Math.max(0, g.triggerStart - DAY_AFTER_WINDOW); k--) {
            if (tokens.get(k).clause() != clause || inDate(k, written)) {
                return false;
            }
            if (DateResolver.isDayAfter(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inDate(int k, List<DateResolver.DateMention> written) {
        for (DateResolver.DateMention d : written) {
            if (k >= d.start() && k < d.end()) {
                return true;
            }
        }
        return false;
    }

    /** Marks (or unmarks) the tokens of {@code dates}: one array serves every sentence of the article. */
    static void mark(boolean[] dateTokens, List<DateResolver.DateMention> dates, boolean value) {
        for (DateResolver.DateMention d : dates) {
            Arrays.fill(dateTokens, d.start(), d.end(), value);
        }
    }

    /**
     * "منذ 30 نيسان حتى 19 أيار": منذ (cue {@code since}) opens a span from a written date to a حتى,
     * a tally over the span. {@code dateTokens} marks the tokens of written dates.
     */
    static boolean span(CueLexicon.Match since, List<Token> tokens, boolean[] dateTokens) {
        boolean dated = false;
        for (int i = since.end(); i < Math.min(tokens.size(), since.end() + SINCE_WINDOW); i++) {
            dated |= dateTokens[i];
        }
        if (!dated) {
            return false;
        }
        int clause = tokens.get(since.start()).clause();
        for (int i = since.end(); i < Math.min(tokens.size(), since.end() + SPAN_WINDOW); i++) {
            if (tokens.get(i).clause() == clause && tokens.get(i).is(UNTIL)) {
                return true;
            }
        }
        return false;
    }

    /** "منذ منتصف ليل 5 مارس": منذ before a written date is a start, not a duration. */
    private static boolean sinceDate(CueLexicon.Match since, List<DateResolver.DateMention> written) {
        for (DateResolver.DateMention d : written) {
            if (d.start() >= since.end() && d.start() < since.end() + SINCE_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /** A date in the clause of a منذ that is no start ("منذ 4 أيام"), or of a period: it measures, it dates nothing. */
    private boolean inTally(List<CueLexicon.Match> ms, int at, List<DateResolver.DateMention> written) {
        for (CueLexicon.Match m : ms) {
            if ((m.cue() == Cue.BACKGROUND && !sinceDate(m, written) || m.cue() == Cue.PERIOD)
                    && tokens.get(m.start()).clause() == tokens.get(at).clause()) {
                return true;
            }
        }
        return false;
    }

    /** A relative clause ("التي سيطر عليها يوم الأحد الماضي") is dated only by a date inside it. */
    private DateResolver.@Nullable DateMention relativeClauseDate(List<DateResolver.DateMention> dates, TriggerGroup g) {
        for (DateResolver.DateMention d : dates) {
            if (d.start() >= g.end && tokens.get(d.start()).clause() == tokens.get(g.start).clause()) {
                return d;
            }
        }
        return null;
    }

    /**
     * The means of a capture ("سيطرت اليوم على X بعد القصف الذي طاله يوم أمس") came before it: only a
     * date after its words dates it; the day before them is the capture's.
     */
    private static DateResolver.@Nullable DateMention firstAfter(List<DateResolver.DateMention> dates, TriggerGroup g) {
        for (DateResolver.DateMention d : dates) {
            if (d.start() >= g.end) {
                return d;
            }
        }
        return null;
    }

    /**
     * The date nearest the group, one in its trigger's clause first: in "قصفت الطائرات X اليوم،
     * وسيطرت الفصائل على Y قبل يومين" the اليوم right before the second trigger dates the first
     * clause. A clause with no date of its own takes the nearest one (يوم الخميس، قصفت الطائرات X).
     */
    private DateResolver.@Nullable DateMention nearest(List<DateResolver.DateMention> dates, TriggerGroup g) {
        DateResolver.DateMention own = nearest(dates, g, tokens.get(g.triggerStart).clause());
        return own != null ? own : nearest(dates, g, -1);
    }

    /** The date nearest the group among those starting in {@code clause}, or all of them if it is -1. */
    private DateResolver.@Nullable DateMention nearest(List<DateResolver.DateMention> dates, TriggerGroup g, int clause) {
        DateResolver.DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateResolver.DateMention d : dates) {
            if (clause >= 0 && tokens.get(d.start()).clause() != clause) {
                continue;
            }
            int distance = d.end() <= g.start ? g.start - d.end() : Math.max(0, d.start() - g.end);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The dates of embedded tweets. A footer is a line opened by a dash that carries a written date
     * ("— الدفاع المدني (@May 19, 2019)"); it dates the sentences before it, as far back as one tweet
     * can reach ({@value #TWEET_LENGTH} characters of text, link-only lines not counted) and not past
     * another footer. Those sentences read relative words against that date and take it by default.
     */
    private @Nullable LocalDate[] quoteDates(List<Sentence> sentences) {
        LocalDate[] out = new LocalDate[sentences.size()];
        boolean[] footer = new boolean[sentences.size()];
        for (int si = 0; si < sentences.size(); si++) {
            Sentence span = sentences.get(si);
            if (DASHES.indexOf(text.charAt(span.start())) < 0) {
                continue;
            }
            for (DateResolver.DateMention d : DateResolver.find(text, tokens, span.firstToken(), span.endToken(), published)) {
                if (d.kind() == DateResolver.Kind.EXPLICIT && d.date() != null) {
                    footer[si] = true;
                    int length = 0;
                    for (int sj = si - 1; sj >= 0 && !footer[sj] && out[sj] == null; sj--) {
                        Sentence quotedSentence = sentences.get(sj);
                        if (hasArabic(text, quotedSentence)) {
                            length += quotedSentence.end() - quotedSentence.start();
                        }
                        if (length > TWEET_LENGTH) {
                            break;
                        }
                        out[sj] = d.date();
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static boolean hasArabic(String text, Sentence span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.ARABIC) {
                return true;
            }
        }
        return false;
    }
}
