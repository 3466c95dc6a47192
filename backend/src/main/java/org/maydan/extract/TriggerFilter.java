package org.maydan.extract;

import java.util.List;
import java.util.Set;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.WordTable;

/**
 * Which trigger phrases report no event: negated (لم، لا within {@value #NEGATION_WINDOW} tokens
 * before in its clause, unless إلا intervenes), planned or future (محاولة، بهدف، ستتواصل within
 * {@value #PLAN_WINDOW} tokens before in its clause), a tally over a period (منذ بدء الحملة، خلال أشهر،
 * منذ X حتى Y; a span of three days or more, خلال 60 يوماً، على مدى ثلاثة أشهر, over its clause or,
 * when the sentence writes no day, over the sentence), the start of a period (منذ سيطرة الفصائل على
 * X), a state of control (مناطق سيطرة، التي تسيطر عليها، تفرض سيطرتها، تحكم القوات سيطرتها), a purpose (للسيطرة، لصد) or
 * an instrument backing another attack (مدعوما بالطيران).
 */
final class TriggerFilter {

    private static final int NEGATION_WINDOW = 5;
    private static final int PLAN_WINDOW = 6;
    /** Most tokens from a word of holding to the control it keeps (تحكم القوات الحكومية سيطرتها). */
    private static final int HELD_WINDOW = 4;
    /**
     * Most tokens between aircraft and the load they drop (ألقى الطيران المروحي سلالاً), or between
     * flying over and the aircraft (تحليقاً مكثفاً على علو منخفض للطيران).
     */
    private static final int AIRCRAFT_WINDOW = 6;
    private static final String BARREL = "برميل";
    private static final String BARRELS = "براميل";
    private static final int MIN_FUTURE_LENGTH = 5;
    /** Most tokens between a word of backing (مدعوما، بدعم) and the instrument it introduces. */
    private static final int SUPPORT_WINDOW = 3;
    /** Nouns that look like a future verb (سيطرة، سيارة، سنوات): their openings. */
    private static final String[] NOT_FUTURE = WordTable.load(TriggerFilter.class, "verbs.tsv").array("NOT_FUTURE");
    /** تعرضت، يتعرض: a verb of undergoing, whose complement after ل is the attack suffered. */
    private static final Set<String> UNDERGO = WordTable.load(TriggerFilter.class, "places.tsv").words("UNDERGO");
    /** The past of undergoing (تعرض، تعرضت، تعرضوا); its present starts تتعرض، يتعرض. */
    private static final String PAST_UNDERGO = "تعرض";

    private final List<Token> tokens;

    /** Over the article's tokens. */
    TriggerFilter(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * Whether trigger {@code m} of a sentence with cues {@code sentence} reports no event;
     * {@code dateTokens} marks written dates, and {@code writesDay} tells whether the sentence writes any.
     */
    boolean drops(CueLexicon.Match m, List<CueLexicon.Match> sentence, boolean[] dateTokens, boolean writesDay) {
        return filtered(m, sentence, dateTokens, writesDay) || backing(m, sentence);
    }

    private boolean filtered(CueLexicon.Match m, List<CueLexicon.Match> sentence, boolean[] dateTokens,
            boolean writesDay) {
        int clause = tokens.get(m.start()).clause();
        boolean territory = m.cue() == Cue.TERRITORY || m.cue() == Cue.GOV_TERRITORY || m.cue() == Cue.NSA_TERRITORY;
        boolean territoryOrBattle = territory || m.cue() == Cue.EXPEL || m.cue() == Cue.ENTRY || m.cue() == Cue.CLASH
                || m.cue() == Cue.SHOOT_DOWN;
        // للسيطرة، للاشتباك: a purpose; but تعرضت الدورية لكمين: what was undergone
        if (territoryOrBattle && m.lamProclitic() && !undergoneBefore(tokens, m.start(), false) || m.cue() == Cue.TERRITORY && heldUnderRelative(m, sentence)) {
            return true;
        }
        // غادر الوفد دمشق: leaving is a displacement only where residents or civilians leave
        if (m.cue().isLeaving() && (!inClause(tokens, sentence, Cue.CIVILIAN, clause) || prevented(m, sentence, clause))) {
            return true;
        }
        // النازحون في المخيم، قتلى نازحون من المدينة: the displaced as a status, no movement told
        if (m.cue() == Cue.DISPLACEMENT && startsWith(sentence, Cue.DISPLACED, m.start())
                && !inClause(tokens, sentence, Cue.MOTION, clause)) {
            return true;
        }
        if (m.cue() == Cue.AIR && (aircraftWith(m, sentence, clause, Cue.SUPPLIES, true)
                || aircraftWith(m, sentence, clause, Cue.OVERFLIGHT, false))) {
            return true;
        }
        int exceptionAt = -1;
        for (CueLexicon.Match c : sentence) {
            if (c.cue() == Cue.EXCEPTION && c.start() < m.start()) {
                exceptionAt = c.start();
            }
        }
        for (CueLexicon.Match c : sentence) {
            boolean sameClause = tokens.get(c.start()).clause() == clause;
            int gap = m.start() - c.end();
            switch (c.cue()) {
                case NEGATION -> {
                    boolean still = startsWith(sentence, Cue.STILL, c.start());
                    if (!still && sameClause && gap >= 0 && gap < NEGATION_WINDOW && exceptionAt < c.start()) {
                        return true;
                    }
                }
                case PLAN -> {
                    if (sameClause && gap >= 0 && gap < PLAN_WINDOW) {
                        return true;
                    }
                }
                case HELD -> {
                    if (territory && sameClause && gap >= 0 && gap < HELD_WINDOW) {
                        return true;
                    }
                }
                case BACKGROUND -> {
                    // منذ 30 نيسان حتى 19 أيار: a tally over the span; منذ 4 أيام, منذ صباح اليوم: it
                    // still reports the event, as background or from a start (EventDating); منذ سيطرة
                    // الفصائل على X: the event right after منذ only starts the period the sentence is about
                    if (sameClause && (gap == 0 || EventDating.span(c, tokens, dateTokens))) {
                        return true;
                    }
                }
                case PERIOD -> {
                    if (sameClause) {
                        return true;
                    }
                }
                case SPAN -> {
                    // 350 غارة ...، سقطت على البلدة خلال 60 يوماً: a sentence that counts over a span
                    // and writes no day reports no event in any clause; with a day (قصفت الطائرات
                    // اليوم X، ليرتفع عدد الغارات خلال 10 أيام إلى 300) its other clauses report that day's
                    // ...، ليرتفع عدد القذائف خلال 13 يوماً إلى 556: a running total between the
                    // trigger and the span takes the span, and the report before it stands
                    if (CountedSpan.counts(c, tokens) && (sameClause || !writesDay && !startsIn(sentence, Cue.RUNNING_TOTAL, m.end(), c.start()))) {
                        return true;
                    }
                }
                case CONTROL -> {
                    if (gap == 0 && (m.cue() == Cue.TERRITORY || m.cue() == Cue.CLASH)) {
                        return true;
                    }
                }
                default -> {
                    // other cues do not filter
                }
            }
        }
        for (int j = Math.max(0, m.start() - PLAN_WINDOW); j < m.start(); j++) {
            if (tokens.get(j).clause() == clause && isFuture(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether aircraft {@code m} are named with what makes them strike nothing, a cue of kind
     * {@code kind} within {@value #AIRCRAFT_WINDOW} tokens of them in their clause ({@code after}
     * them, or before), and no other trigger in that clause but people leaving (منشورات تدعو الأهالي
     * إلى الخروج): a load that is no munition after them (ألقت المروحيات سلالاً غذائية على البلدة;
     * قصفت الطائرات قافلة مساعدات is a strike), flying over before them (تحليقاً مكثفاً على علو
     * منخفض للطيران الحربي). Barrels are a munition.
     */
    private boolean aircraftWith(CueLexicon.Match m, List<CueLexicon.Match> sentence, int clause, Cue kind,
            boolean after) {
        boolean found = false;
        for (CueLexicon.Match c : sentence) {
            if (tokens.get(c.start()).clause() != clause) {
                continue;
            }
            boolean leaving = c.cue() == Cue.DISPLACEMENT || c.cue().isLeaving();
            if (c.cue().isTrigger() && !leaving && (c.cue() != Cue.AIR || isBarrel(tokens.get(c.start())))) {
                return false;
            }
            int gap = after ? c.start() - m.end() : m.start() - c.end();
            found |= c.cue() == kind && gap >= 0 && gap < AIRCRAFT_WINDOW;
        }
        return found;
    }

    /**
     * منع المدنيين من مغادرة المدينة، منعت الحواجز الأهالي من أن يخرجوا: leaving or going out
     * prevented ({@link Cue#PREVENT} before it in its clause) did not happen.
     */
    private boolean prevented(CueLexicon.Match m, List<CueLexicon.Match> sentence, int clause) {
        for (CueLexicon.Match c : sentence) {
            if (c.cue() == Cue.PREVENT && c.end() <= m.start() && tokens.get(c.start()).clause() == clause) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is a barrel bomb (براميل، برميلاً، بالبراميل), the aircraft's munition. */
    private static boolean isBarrel(Token t) {
        String w = t.normalized();
        return w.contains(BARREL) || w.contains(BARRELS);
    }

    /** Whether one of {@code matches}, a cue of kind {@code cue}, starts in tokens [{@code from}, {@code to}). */
    static boolean startsIn(List<CueLexicon.Match> matches, Cue cue, int from, int to) {
        for (CueLexicon.Match m : matches) {
            if (m.cue() == cue && m.start() >= from && m.start() < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence with cues {@code sentence} counts over a period (خلال أشهر، منذ بدء، خلال 60
     * يوماً): the killed it counts are a tally's, no figure of the event before it.
     */
    static boolean countsOverPeriod(List<CueLexicon.Match> sentence, List<Token> tokens) {
        for (CueLexicon.Match c : sentence) {
            if (c.cue() == Cue.PERIOD || c.cue() == Cue.SPAN && CountedSpan.counts(c, tokens)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb of undergoing stands before token {@code at} in its clause (تعرضت بلدات X وY);
     * {@code pastOnly}: in the past (تعرضت الدورية لهجوم), not the present of a state (الجنود
     * يتعرضون لهجوم كثيف).
     */
    static boolean undergoneBefore(List<Token> tokens, int at, boolean pastOnly) {
        int clause = tokens.get(at).clause();
        for (int k = at - 1; k >= 0 && tokens.get(k).clause() == clause; k--) {
            String verb = WordTable.readingIn(tokens.get(k), UNDERGO);
            if (verb != null && (!pastOnly || verb.startsWith(PAST_UNDERGO))) {
                return true;
            }
        }
        return false;
    }

    /** "مدعوما بالطيران الروسي": an instrument right after a word of backing supports another attack. */
    private static boolean backing(CueLexicon.Match m, List<CueLexicon.Match> sentence) {
        if (m.cue() != Cue.AIR && m.cue() != Cue.AIR_RAID && m.cue() != Cue.SHELLING && m.cue() != Cue.SHELLING_WEAK) {
            return false;
        }
        for (CueLexicon.Match c : sentence) {
            if (c.cue() == Cue.SUPPORT && c.end() <= m.start() && m.start() - c.end() < SUPPORT_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code matches}, a cue of kind {@code cue}, starts in clause {@code clause} of {@code tokens}. */
    static boolean inClause(List<Token> tokens, List<CueLexicon.Match> matches, Cue cue, int clause) {
        for (CueLexicon.Match m : matches) {
            if (m.cue() == cue && tokens.get(m.start()).clause() == clause) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(List<CueLexicon.Match> matches, Cue cue, int start) {
        for (CueLexicon.Match m : matches) {
            if (m.cue() == cue && m.start() == start) {
                return true;
            }
        }
        return false;
    }

    /**
     * "المناطق التي تسيطر عليها": a present-tense verb of control in a relative clause describes who
     * holds the ground, not a change of hands; the past (التي سيطرت عليها أمس) still reports one.
     */
    private boolean heldUnderRelative(CueLexicon.Match m, List<CueLexicon.Match> sentence) {
        String w = tokens.get(m.start()).normalized();
        boolean present = w.startsWith("ت") || w.startsWith("ي");
        return present && sentence.stream().anyMatch(r -> r.cue() == Cue.RELATIVE && r.end() == m.start());
    }

    /** A future verb: سـ before an imperfect prefix (ستتواصل، سيتم، سنرد), minus look-alike nouns. */
    static boolean isFuture(Token t) {
        String w = t.normalized().startsWith("و") || t.normalized().startsWith("ف") ? t.normalized().substring(1) : t.normalized();
        if (w.length() < MIN_FUTURE_LENGTH || w.charAt(0) != 'س') {
            return false;
        }
        char prefix = w.charAt(1);
        if (prefix != 'ي' && prefix != 'ت' && prefix != 'ن') {
            return false;
        }
        for (String noun : NOT_FUTURE) {
            if (w.startsWith(noun)) {
                return false;
            }
        }
        return true;
    }
}
