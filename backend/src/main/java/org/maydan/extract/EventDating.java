package org.maydan.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.text.Sentence;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;

/**
 * Dates the events of an article. A group takes the nearest date expression of its sentence; a
 * relative clause (التي سيطر عليها) only one inside it. Without one, an event takes the date of the
 * embedded tweet its sentence belongs to, else the article's first written day, else the
 * publication day; in a pluperfect background sentence (وكان ...) it stays undated. Date words in
 * a background clause (منذ) date nothing.
 */
final class EventDating {

    /** An embedded tweet is at most this many characters, so its footer dates no more text than that. */
    private static final int TWEET_LENGTH = 280;
    /** How far into its sentence a pluperfect (وكان، وكانت) makes it background. */
    private static final int PLUPERFECT_WINDOW = 2;
    private static final String DASHES = "-–—";

    /**
     * The date expressions of one sentence: every written one (their numbers are no counts), those
     * that may date its events, the date of the tweet it quotes if any, and whether it is background.
     */
    record SentenceDates(List<DateResolver.DateMention> written, List<DateResolver.DateMention> usable,
            @Nullable LocalDate quoted, boolean pluperfect) {
    }

    private final List<Token> tokens;
    private final @Nullable LocalDate published;
    private final @Nullable LocalDate[] quoted;

    /** Over the article's tokens and sentences; {@code published} anchors relative words. */
    EventDating(TokenizedText text, @Nullable LocalDate published) {
        this.tokens = text.tokens();
        this.published = published;
        this.quoted = quoteDates(text.text(), text.sentences());
    }

    /** The dates of sentence {@code si} ({@code s}), whose cues are {@code ms}. */
    SentenceDates find(int si, Sentence s, List<CueLexicon.Match> ms) {
        LocalDate reference = quoted[si] != null ? quoted[si] : published;
        List<DateResolver.DateMention> written = DateResolver.find(tokens, s.firstToken(), s.endToken(), reference);
        List<DateResolver.DateMention> usable = new ArrayList<>(written.size());
        for (DateResolver.DateMention d : written) {
            if (!backgroundClause(ms, d.start())) {
                usable.add(d);
            }
        }
        boolean pluperfect = false;
        for (CueLexicon.Match m : ms) {
            pluperfect |= m.cue() == Cue.PLUPERFECT && m.start() < s.firstToken() + PLUPERFECT_WINDOW;
        }
        return new SentenceDates(written, usable, quoted[si], pluperfect);
    }

    /**
     * The date of a group of a sentence with {@code dates}; {@code leadDate} is the article's first
     * written day so far. Null when a relative clause's group has no date inside it: it reports
     * nothing new.
     */
    @Nullable EventDate date(TriggerGroup g, SentenceDates dates, @Nullable LocalDate leadDate) {
        DateResolver.DateMention d = g.undated ? relativeClauseDate(dates.usable(), g) : nearest(dates.usable(), g);
        if (d != null) {
            return new EventDate(d.date(), d.precision(), true);
        }
        if (g.undated) {
            return null;
        }
        LocalDate date = dates.pluperfect() ? null
                : dates.quoted() != null ? dates.quoted() : leadDate != null ? leadDate : published;
        return new EventDate(date, date == null ? DateResolver.PRECISION_MONTH : DateResolver.PRECISION_DAY, false);
    }

    /** Marks (or unmarks) the tokens of {@code dates}: one array serves every sentence of the article. */
    static void mark(boolean[] dateTokens, List<DateResolver.DateMention> dates, boolean value) {
        for (DateResolver.DateMention d : dates) {
            Arrays.fill(dateTokens, d.start(), d.end(), value);
        }
    }

    private boolean backgroundClause(List<CueLexicon.Match> ms, int at) {
        for (CueLexicon.Match m : ms) {
            if (m.cue() == Cue.BACKGROUND && tokens.get(m.start()).clause() == tokens.get(at).clause()) {
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

    private static DateResolver.@Nullable DateMention nearest(List<DateResolver.DateMention> dates, TriggerGroup g) {
        DateResolver.DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateResolver.DateMention d : dates) {
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
    private @Nullable LocalDate[] quoteDates(String text, List<Sentence> sentences) {
        LocalDate[] out = new LocalDate[sentences.size()];
        boolean[] footer = new boolean[sentences.size()];
        for (int si = 0; si < sentences.size(); si++) {
            Sentence span = sentences.get(si);
            if (DASHES.indexOf(text.charAt(span.start())) < 0) {
                continue;
            }
            for (DateResolver.DateMention d : DateResolver.find(tokens, span.firstToken(), span.endToken(), published)) {
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
