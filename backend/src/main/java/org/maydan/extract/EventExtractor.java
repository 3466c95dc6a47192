package org.maydan.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.maydan.event.EventType;
import org.maydan.event.SubEventType;

/**
 * Assembles the events of an article from its sentences, following the annotation conventions of
 * {@code shared/eval/README.md}:
 * <ul>
 *   <li>Each trigger group (adjacent triggers) takes the places after it up to the next group, or the
 *       places before it when it opens the sentence; coordination (كفرنبل وكورة وسحال) gives one event
 *       per place. Places in parentheses, after a direction (شرق مدينة حماة، 13 كم) or a reference
 *       (التابعة ل، مشفى), or where fire came from (المتمركزة في، من مواقعها) are not event places.</li>
 *   <li>A group with no place of its own takes the previous group's places in the sentence, then an
 *       anaphor (البلدة) a town named earlier in its sentence, else the last one before; an agreement
 *       takes the article's first place, never the venue of its talks (محادثات في X).</li>
 *   <li>A sentence with a killed count and places but no trigger elaborates the sentence before: it
 *       takes its kinds and date ("وقتل تسعة أشخاص في بلدة X" after a report of air strikes).</li>
 *   <li>Dates: the nearest date expression of the sentence; none: the date of the embedded tweet it
 *       belongs to, else the article's first written day, else the publication date, or unknown in a
 *       pluperfect background sentence (وكان ...).</li>
 *   <li>A photo caption marked (أرشيف) reports nothing.</li>
 *   <li>Per article: all agreements sit at the first agreement place; an event with an inferred date
 *       yields to the same kind and place with a written one; (kind, place, date) is one event with
 *       the largest count; an event at a region or governorate yields to the same kind and date at a
 *       more specific place inside it.</li>
 * </ul>
 */
public final class EventExtractor {

    private static final int GROUP_GAP = 4;
    private static final int DIRECTION_WINDOW = 3;
    private static final int ORIGIN_WINDOW = 2;
    private static final int SOURCE_GAP = 3;
    private static final int DESTINATION_WINDOW = 3;
    private static final int CONTAINMENT_GAP = 2;
    private static final int PLUPERFECT_WINDOW = 2;
    private static final int INFERRED_GEO_PRECISION = 2;
    private static final int REGION_RANK = 2;
    private static final int SPECIFIC_RANK = 3;
    /** An embedded tweet is at most this many characters, so its footer dates no more text than that. */
    private static final int TWEET_LENGTH = 280;
    private static final String DASHES = "-–—";
    private static final int ALIAS_CLOSE_REACH = 3;
    private static final int VENUE_WINDOW = 2;
    private static final Pattern QUOTES_AND_SPACES = Pattern.compile("[\\s\"“”«»']");
    private static final Lexicon LEXICON = Lexicon.load();

    private final Geoparser geoparser;

    public EventExtractor(Geoparser geoparser) {
        this.geoparser = Objects.requireNonNull(geoparser);
    }

    /** A place mention over tokens [from, to). */
    private record Mention(Toponym place, int from, int to) {
    }

    /** An event before the article-level merges. */
    private record Candidate(SubEventType type, Mention mention, @Nullable LocalDate date, int precision,
            boolean explicitDate, @Nullable Integer fatalities, SentenceSplitter.Span sentence,
            int triggerStart, int triggerEnd, boolean inferredPlace) {

        Kind kind() {
            return new Kind(type, mention.place().ref());
        }
    }

    /** What happened where, whatever the day: the unit of the article-level merges. */
    private record Kind(SubEventType type, String ref) {
    }

    /** A kind on one day (or undated): one event of the article. */
    private record Occasion(Kind kind, @Nullable LocalDate date) {
    }

    /** Kinds and date of a sentence's last group, for the sentence after it. */
    private record Context(Set<SubEventType> types, @Nullable LocalDate date, int precision, boolean explicit) {
    }

    private static final class Group {
        final int start;
        int end;
        final Set<SubEventType> types = EnumSet.noneOf(SubEventType.class);
        final List<Mention> places = new ArrayList<>();
        int triggerStart;
        int triggerEnd;
        boolean undated;
        boolean inferredPlace;

        Group(int start, int end) {
            this.start = start;
            this.end = end;
        }
    }

    public Extraction extract(Article article) {
        String text = article.text();
        LocalDate published = article.published();
        TokenizedText tt = TokenizedText.of(text);
        Token[] tokens = tt.tokens;
        List<SentenceSplitter.Span> sentences = SentenceSplitter.split(text);
        List<int[]> ranges = new ArrayList<>(sentences.size());
        List<List<Lexicon.Match>> matches = new ArrayList<>(sentences.size());
        List<Lexicon.Match> actors = new ArrayList<>();
        boolean[] objectAt = new boolean[tokens.length];
        for (SentenceSplitter.Span s : sentences) {
            int from = tt.firstTokenAtOrAfter(s.start());
            int to = Math.max(from, tt.tokenEndBefore(s.end()));
            ranges.add(new int[] {from, to});
            List<Lexicon.Match> ms = LEXICON.matchAll(tokens, from, to);
            matches.add(ms);
            for (Lexicon.Match m : ms) {
                if (m.cue().isActor()) {
                    actors.add(m);
                } else if (m.cue() == Cue.OBJECT) {
                    objectAt[m.start()] = true;
                }
            }
        }
        Geoparser.Document document = geoparser.document(text, published);
        List<Toponym> toponyms = document.mentions();
        List<Mention> mentions = mentions(toponyms, tt);
        EventClassifier classifier = new EventClassifier(tokens, longestActors(actors), objectAt);
        boolean[] inPlace = new boolean[tokens.length];
        for (Mention m : mentions) {
            for (int i = m.from(); i < m.to(); i++) {
                inPlace[i] = true;
            }
        }
        Map<String, Set<String>> containedIn = containment(mentions);
        Mention firstPlace = mentions.isEmpty() ? null : mentions.get(0);

        LocalDate[] quoted = quoteDates(text, tokens, sentences, ranges, published);
        List<Candidate> candidates = new ArrayList<>();
        boolean[] dateTokens = new boolean[tokens.length];
        Set<SubEventType> previousInstruments = EnumSet.noneOf(SubEventType.class);
        Context previous = null;
        Mention lastSpecific = null;
        LocalDate leadDate = null;
        for (int si = 0; si < sentences.size(); si++) {
            int from = ranges.get(si)[0];
            int to = ranges.get(si)[1];
            List<Lexicon.Match> ms = matches.get(si);
            SentenceSplitter.Span span = sentences.get(si);
            LocalDate reference = quoted[si] != null ? quoted[si] : published;
            List<DateResolver.DateMention> written = DateResolver.find(tokens, from, to, reference);
            markDates(dateTokens, written, true);
            List<DateResolver.DateMention> dates = new ArrayList<>(written.size());
            for (DateResolver.DateMention d : written) {
                if (!backgroundClause(ms, tokens, d.start())) {
                    dates.add(d);
                }
            }
            List<EventClassifier.Trigger> triggers = archiveCaption(ms, tokens)
                    ? List.of() : classifier.classify(ms, previousInstruments);
            List<Mention> places = eligible(mentions, from, to, tt, ms, inPlace);
            FatalityParser.Reading reading = FatalityParser.read(tokens, ms, from, to, dateTokens);
            markDates(dateTokens, written, false);
            boolean pluperfect = ms.stream().anyMatch(m -> m.cue() == Cue.PLUPERFECT && m.start() < from + PLUPERFECT_WINDOW);

            List<Group> groups = groups(triggers, places);
            Context context = null;
            if (groups.isEmpty() && previous != null && !reading.killed().isEmpty() && !places.isEmpty()) {
                Group g = new Group(from, from);
                g.types.addAll(previous.types());
                g.places.addAll(places);
                g.triggerStart = from;
                g.triggerEnd = from;
                addCandidates(candidates, g, previous.date(), previous.precision(), previous.explicit(),
                        reading, span, tokens, from, ms, null);
            } else {
                assign(groups, places, ms, tokens);
                Group before = null;
                for (Group g : groups) {
                    fillEmpty(g, before, ms, tokens, places, lastSpecific, firstPlace);
                    before = g;
                    DateResolver.DateMention d = g.undated ? relativeClauseDate(dates, g, tokens) : nearest(dates, g);
                    if (g.undated && d == null) {
                        continue;
                    }
                    LocalDate date;
                    int precision;
                    boolean explicit = d != null;
                    if (explicit) {
                        date = d.date();
                        precision = d.precision();
                        if (leadDate == null && precision == DateResolver.PRECISION_DAY) {
                            leadDate = date;
                        }
                    } else {
                        date = g.undated || pluperfect ? null
                                : quoted[si] != null ? quoted[si] : leadDate != null ? leadDate : published;
                        precision = date == null ? DateResolver.PRECISION_MONTH : DateResolver.PRECISION_DAY;
                    }
                    addCandidates(candidates, g, date, precision, explicit, reading, span, tokens, from, ms,
                            firstPlace);
                    context = new Context(g.types, date, precision, explicit);
                }
            }
            Set<SubEventType> instruments = EnumSet.noneOf(SubEventType.class);
            for (EventClassifier.Trigger t : triggers) {
                if (t.cue() != Cue.STRIKE && t.cue() != Cue.SAME) {
                    for (SubEventType type : t.types()) {
                        if (type.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
                            instruments.add(type);
                        }
                    }
                }
            }
            if (!instruments.isEmpty()) {
                previousInstruments = instruments;
            }
            previous = context;
            for (Mention m : places) {
                if (rank(m.place()) >= SPECIFIC_RANK) {
                    lastSpecific = m;
                }
            }
        }
        List<ExtractedEvent> events = merge(candidates, containedIn, text);
        return new Extraction(article.id(), document.places(), events, document.mentions());
    }

    /** Marks (or unmarks) the tokens of {@code dates}: one array serves every sentence of the article. */
    private static void markDates(boolean[] dateTokens, List<DateResolver.DateMention> dates, boolean value) {
        for (DateResolver.DateMention d : dates) {
            Arrays.fill(dateTokens, d.start(), d.end(), value);
        }
    }

    private static List<Mention> mentions(List<Toponym> toponyms, TokenizedText tt) {
        List<Mention> out = new ArrayList<>();
        for (Toponym t : toponyms) {
            if ("country".equals(t.kind()) || t.start() < 0 || t.end() > tt.text.length() || t.start() >= t.end()) {
                continue;
            }
            int from = tt.firstTokenAtOrAfter(t.start());
            int to = Math.max(from + 1, tt.tokenEndBefore(t.end()));
            if (from < tt.tokens.length) {
                out.add(new Mention(t, from, to));
            }
        }
        out.sort(Comparator.comparingInt(Mention::from));
        return out;
    }

    private static List<Lexicon.Match> longestActors(List<Lexicon.Match> actors) {
        List<Lexicon.Match> sorted = new ArrayList<>(actors);
        sorted.sort(Comparator.comparingInt(Lexicon.Match::start).thenComparingInt(m -> -m.end()));
        List<Lexicon.Match> out = new ArrayList<>();
        int coveredTo = -1;
        for (Lexicon.Match m : sorted) {
            if (m.end() > coveredTo) {
                if (m.start() >= coveredTo) {
                    out.add(m);
                }
                coveredTo = Math.max(coveredTo, m.end());
            }
        }
        return out;
    }

    /** "X في Y", "X بريف Y": X lies inside Y. Keyed by ref. */
    private static Map<String, Set<String>> containment(List<Mention> mentions) {
        Map<String, Set<String>> out = new HashMap<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (b.from() - a.to() <= CONTAINMENT_GAP && rank(b.place()) < rank(a.place())) {
                out.computeIfAbsent(a.place().ref(), k -> new HashSet<>()).add(b.place().ref());
            }
        }
        return out;
    }

    private static boolean backgroundClause(List<Lexicon.Match> ms, Token[] tokens, int at) {
        for (Lexicon.Match m : ms) {
            if (m.cue() == Cue.BACKGROUND && tokens[m.start()].clause() == tokens[at].clause()) {
                return true;
            }
        }
        return false;
    }

    private static List<Mention> eligible(List<Mention> mentions, int from, int to, TokenizedText tt,
            List<Lexicon.Match> ms, boolean[] inPlace) {
        Token[] tokens = tt.tokens;
        List<Mention> out = new ArrayList<>();
        Set<Mention> sources = sourcePlaces(mentions, ms, tokens);
        Mention excluded = null;
        for (int k = firstMentionAtOrAfter(mentions, from); k < mentions.size() && mentions.get(k).from() < to; k++) {
            Mention m = mentions.get(k);
            if (tokens[m.from()].parenthesised() && !alias(m, tt, inPlace)) {
                continue;
            }
            boolean chained = excluded != null && m.from() - excluded.to() <= CONTAINMENT_GAP
                    && linked(tokens, excluded.to(), m.from());
            if (chained || locatorOnly(m, ms, inPlace, tokens) || sources.contains(m)) {
                excluded = m;
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Index of the first of the mentions (sorted by token) that starts at or after token {@code from}. */
    private static int firstMentionAtOrAfter(List<Mention> mentions, int from) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).from() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * "على محور كبينة (الكبانة)": a village that fills a parenthesis on its own, right after a word
     * that is not a place or a number, gives another spelling of that word; it is the place itself,
     * not an aside.
     */
    private static boolean alias(Mention m, TokenizedText tt, boolean[] inPlace) {
        int before = m.from() - 1;
        if (rank(m.place()) < SPECIFIC_RANK || before < 0 || inPlace[before] || tt.tokens[before].parenthesised()
                || tt.tokens[before].isNumber()) {
            return false;
        }
        String opening = unquoted(tt.text.substring(tt.tokens[before].end(), tt.tokens[m.from()].start()));
        int close = tt.tokens[m.to() - 1].end();
        String rest = unquoted(tt.text.substring(close, Math.min(tt.text.length(), close + ALIAS_CLOSE_REACH)));
        return opening.equals("(") && rest.startsWith(")");
    }

    private static String unquoted(String between) {
        return QUOTES_AND_SPACES.matcher(between).replaceAll("");
    }

    /** A photo caption marked (أرشيف) shows an old scene: it reports no event of the article. */
    private static boolean archiveCaption(List<Lexicon.Match> ms, Token[] tokens) {
        for (Lexicon.Match m : ms) {
            if (m.cue() == Cue.ARCHIVE && tokens[m.start()].parenthesised()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dates of embedded tweets. A footer is a line opened by a dash that carries a written date
     * ("— الدفاع المدني (@May 19, 2019)"); it dates the sentences before it, as far back as one tweet
     * can reach ({@value #TWEET_LENGTH} characters of text, link-only lines not counted) and not past
     * another footer. Those sentences read relative words against that date and take it by default.
     */
    private static LocalDate[] quoteDates(String text, Token[] tokens, List<SentenceSplitter.Span> sentences,
            List<int[]> ranges, @Nullable LocalDate published) {
        LocalDate[] out = new LocalDate[sentences.size()];
        boolean[] footer = new boolean[sentences.size()];
        for (int si = 0; si < sentences.size(); si++) {
            SentenceSplitter.Span span = sentences.get(si);
            if (DASHES.indexOf(text.charAt(span.start())) < 0) {
                continue;
            }
            for (DateResolver.DateMention d : DateResolver.find(tokens, ranges.get(si)[0], ranges.get(si)[1], published)) {
                if (d.kind() == DateResolver.Kind.EXPLICIT && d.date() != null) {
                    footer[si] = true;
                    int length = 0;
                    for (int sj = si - 1; sj >= 0 && !footer[sj] && out[sj] == null; sj--) {
                        SentenceSplitter.Span quoted = sentences.get(sj);
                        if (hasArabic(text, quoted)) {
                            length += quoted.end() - quoted.start();
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

    private static boolean hasArabic(String text, SentenceSplitter.Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.ARABIC) {
                return true;
            }
        }
        return false;
    }

    private static boolean locatorOnly(Mention m, List<Lexicon.Match> ms, boolean[] inPlace, Token[] tokens) {
        for (Lexicon.Match c : ms) {
            boolean locator = c.cue() == Cue.DIRECTION || c.cue() == Cue.REFERENCE
                    || c.cue() == Cue.NEAR && c.start() > 0 && inPlace[c.start() - 1];
            if (locator && !inPlace[c.start()] && c.end() <= m.from() && m.from() - c.end() < DIRECTION_WINDOW
                    && tokens[c.start()].parenthesised() == tokens[m.from()].parenthesised()
                    && !anyPlace(inPlace, c.end(), m.from())) {
                return true;
            }
        }
        return false;
    }

    /** The place at {@code at} is coordinated (و) with, or put inside (في، ب), the one ending at {@code after}. */
    private static boolean linked(Token[] tokens, int after, int at) {
        for (int i = after; i < at; i++) {
            String w = tokens[i].norm();
            if (w.startsWith("و") || w.equals("في")) {
                return true;
            }
        }
        String own = tokens[at].norm();
        return own.startsWith("و") || own.startsWith("ب");
    }

    private static boolean anyPlace(boolean[] inPlace, int from, int to) {
        for (int i = from; i < to; i++) {
            if (inPlace[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where fire came from: the place right after المتمركزة في / من مواقعها في, and the places
     * coordinated with it by و ("المتمركزة في صوران وحلفايا وقرية المصاصنة").
     */
    private static Set<Mention> sourcePlaces(List<Mention> mentions, List<Lexicon.Match> ms, Token[] tokens) {
        Set<Mention> out = new HashSet<>();
        for (Lexicon.Match c : ms) {
            if (c.cue() != Cue.SOURCE) {
                continue;
            }
            int reach = c.end();
            for (Mention m : mentions) {
                if (m.from() < c.end()) {
                    continue;
                }
                boolean first = out.stream().noneMatch(o -> o.from() >= c.end());
                boolean near = m.from() - reach <= SOURCE_GAP;
                boolean coordinated = tokens[m.from()].norm().startsWith("و")
                        || m.from() > 0 && tokens[m.from() - 1].norm().startsWith("و");
                if (near && (first || coordinated)) {
                    out.add(m);
                    reach = m.to();
                } else {
                    break;
                }
            }
        }
        return out;
    }

    private static List<Group> groups(List<EventClassifier.Trigger> triggers, List<Mention> places) {
        List<Group> out = new ArrayList<>();
        Group current = null;
        for (EventClassifier.Trigger t : triggers) {
            if (t.types().isEmpty()) {
                continue;
            }
            boolean placeBetween = false;
            if (current != null) {
                for (Mention p : places) {
                    placeBetween |= p.from() >= current.end && p.from() < t.start();
                }
            }
            if (current == null || placeBetween || t.start() - current.end > GROUP_GAP) {
                current = new Group(t.start(), t.end());
                current.triggerStart = t.start();
                current.triggerEnd = t.end();
                out.add(current);
            }
            current.end = Math.max(current.end, t.end());
            current.types.addAll(t.types());
        }
        return out;
    }

    private static void assign(List<Group> groups, List<Mention> places, List<Lexicon.Match> ms, Token[] tokens) {
        if (groups.isEmpty()) {
            return;
        }
        for (Mention p : places) {
            Group owner = null;
            for (Group g : groups) {
                if (g.start < p.from()) {
                    owner = g;
                }
            }
            if (owner == null && leadsInto(p, groups.get(0), ms, tokens)) {
                owner = groups.get(0);
            }
            if (owner != null) {
                owner.places.add(p);
            }
        }
        for (Group g : groups) {
            Mention antecedent = relativeAntecedent(g, places, ms);
            if (antecedent != null) {
                g.places.clear();
                g.places.add(antecedent);
                g.undated = true;
            }
        }
    }

    /**
     * A place before the sentence's first trigger belongs to it when in the same clause, or when its
     * clause reports casualties and a clause opened by a causal word (بعد، إثر، جراء) or by the trigger with ب links them: "مقتل 9 في X،
     * بعد غارات", "قتل اثنان في X، بقصف صاروخي".
     */
    private static boolean leadsInto(Mention p, Group first, List<Lexicon.Match> ms, Token[] tokens) {
        int placeClause = tokens[p.from()].clause();
        int triggerClause = tokens[first.start].clause();
        if (placeClause == triggerClause) {
            return true;
        }
        boolean casualties = ms.stream().anyMatch(c -> (c.cue() == Cue.KILLED || c.cue() == Cue.INJURED)
                && tokens[c.start()].clause() == placeClause);
        if (!casualties) {
            return false;
        }
        boolean instrumental = tokens[first.start].norm().startsWith("ب") && opensClause(tokens, first.start);
        if (instrumental && triggerClause > placeClause) {
            return true;
        }
        for (Lexicon.Match c : ms) {
            int clause = tokens[c.start()].clause();
            if (c.cue() == Cue.CAUSAL && opensClause(tokens, c.start()) && clause > placeClause
                    && clause <= triggerClause) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensClause(Token[] tokens, int at) {
        return at == 0 || tokens[at - 1].clause() != tokens[at].clause();
    }

    /** "في بلدة النيرب التي سيطر عليها النظام": the relative clause is about the place before it. */
    private static @Nullable Mention relativeAntecedent(Group g, List<Mention> places, List<Lexicon.Match> ms) {
        for (Lexicon.Match r : ms) {
            if (r.cue() == Cue.RELATIVE && r.end() == g.start) {
                for (int i = 0; i < places.size(); i++) {
                    Mention p = places.get(i);
                    if (p.to() == r.start() || p.to() == r.start() - 1) {
                        int head = i;
                        while (head > 0 && p.from() - places.get(head - 1).to() <= CONTAINMENT_GAP
                                && places.get(head - 1).to() <= places.get(head).from()
                                && places.get(head).from() - places.get(head - 1).to() <= CONTAINMENT_GAP) {
                            head--;
                            p = places.get(head);
                        }
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private static void fillEmpty(Group g, @Nullable Group before, List<Lexicon.Match> ms, Token[] tokens,
            List<Mention> sentencePlaces, @Nullable Mention lastSpecific, @Nullable Mention firstPlace) {
        if (!g.places.isEmpty()) {
            return;
        }
        g.inferredPlace = true;
        int clause = tokens[g.start].clause();
        boolean anaphor = ms.stream().anyMatch(m -> m.cue() == Cue.ANAPHOR && m.start() >= g.start);
        boolean pronoun = tokens[g.triggerStart].norm().endsWith("ها");
        if (before != null && !before.places.isEmpty() && before.types.stream().noneMatch(t -> t.eventType() == EventType.STRATEGIC_DEVELOPMENTS)
                && (anaphor || pronoun || tokens[before.places.get(before.places.size() - 1).from()].clause() == clause)) {
            g.places.addAll(before.places);
            return;
        }
        if (anaphor) {
            Mention antecedent = lastSpecificBefore(sentencePlaces, g.start);
            if (antecedent == null) {
                antecedent = lastSpecific;
            }
            if (antecedent != null) {
                g.places.add(antecedent);
                return;
            }
        }
        if (g.types.contains(SubEventType.AGREEMENT) && firstPlace != null) {
            g.places.add(firstPlace);
        }
    }

    /**
     * An anaphor (المدينة، البلدة) refers first to a town named earlier in its own sentence, such as the
     * victims' town in "ارتفاع حصيلة مجزرة كفرنبل، بعد غارات استهدفت أحياء المدينة", and only then to
     * one of an earlier sentence.
     */
    private static @Nullable Mention lastSpecificBefore(List<Mention> places, int at) {
        Mention found = null;
        for (Mention p : places) {
            if (p.from() < at && rank(p.place()) >= SPECIFIC_RANK) {
                found = p;
            }
        }
        return found;
    }

    /** A relative clause ("التي سيطر عليها يوم الأحد الماضي") is dated only by a date inside it. */
    private static DateResolver.@Nullable DateMention relativeClauseDate(List<DateResolver.DateMention> dates, Group g,
            Token[] tokens) {
        for (DateResolver.DateMention d : dates) {
            if (d.start() >= g.end && tokens[d.start()].clause() == tokens[g.start].clause()) {
                return d;
            }
        }
        return null;
    }

    private static DateResolver.@Nullable DateMention nearest(List<DateResolver.DateMention> dates, Group g) {
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

    private static void addCandidates(List<Candidate> out, Group g, @Nullable LocalDate date, int precision,
            boolean explicit, FatalityParser.Reading reading, SentenceSplitter.Span span, Token[] tokens,
            int sentenceFrom, List<Lexicon.Match> ms, @Nullable Mention firstPlace) {
        boolean perPlace = reading.killed().size() > 1;
        int triggerClause = tokens[g.triggerStart].clause();
        Set<Mention> destinations = destinations(g.places, ms, tokens);
        for (SubEventType type : g.types) {
            List<Mention> places = new ArrayList<>();
            for (Mention p : g.places) {
                boolean sameClause = tokens[p.from()].clause() == triggerClause;
                boolean keep = (type.eventType() == EventType.STRATEGIC_DEVELOPMENTS) ? sameClause || g.inferredPlace
                        : sameClause || !destinations.contains(p);
                if (keep) {
                    places.add(p);
                }
            }
            if (type == SubEventType.DISPLACEMENT) {
                places = origins(places, tokens);
            }
            if (type == SubEventType.AGREEMENT) {
                places.removeIf(p -> venue(p, ms));
            }
            if (places.isEmpty() && type == SubEventType.AGREEMENT && firstPlace != null && !venue(firstPlace, ms)) {
                places.add(firstPlace);
            }
            int windowFrom = sentenceFrom;
            for (Mention p : places) {
                Integer fatalities = perPlace ? reading.near(windowFrom, p.from()) : reading.fallback();
                if (perPlace && fatalities == null && reading.killed().size() > places.size()) {
                    fatalities = reading.fallback();
                }
                windowFrom = p.to();
                out.add(new Candidate(type, p, date, precision, explicit, fatalities, span,
                        tokens[g.triggerStart].start(), tokens[Math.max(g.triggerStart, g.triggerEnd - 1)].end(),
                        g.inferredPlace));
            }
        }
    }

    /**
     * Places after إلى (not إضافة إلى، إلى جانب), and those coordinated with them by و in the same
     * clause, also across a named road or site ("وصلت إلى الطريق الدولي وبلدة X").
     */
    private static Set<Mention> destinations(List<Mention> places, List<Lexicon.Match> ms, Token[] tokens) {
        Set<Mention> out = new HashSet<>();
        Mention previous = null;
        for (Mention p : places) {
            boolean chained = previous != null && out.contains(previous) && p.from() - previous.to() <= CONTAINMENT_GAP;
            if (chained || afterDestination(p, ms, tokens) || coordinatedDestination(p, ms, tokens)) {
                out.add(p);
            }
            previous = p;
        }
        return out;
    }

    /**
     * Where talks were held ("خلال محادثات في X"، "قمة X") is not where an agreement applies: the
     * place right after a meeting word, or after it and في, is a venue.
     */
    private static boolean venue(Mention p, List<Lexicon.Match> ms) {
        for (Lexicon.Match c : ms) {
            if (c.cue() == Cue.VENUE && c.end() <= p.from() && p.from() - c.end() < VENUE_WINDOW) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterDestination(Mention p, List<Lexicon.Match> ms, Token[] tokens) {
        for (Lexicon.Match c : ms) {
            if (isDestination(c, ms, tokens) && c.end() <= p.from() && p.from() - c.end() < DESTINATION_WINDOW) {
                return true;
            }
        }
        return false;
    }

    private static boolean coordinatedDestination(Mention p, List<Lexicon.Match> ms, Token[] tokens) {
        boolean coordinated = tokens[p.from()].norm().startsWith("و")
                || p.from() > 0 && tokens[p.from() - 1].norm().startsWith("و") && !tokens[p.from() - 1].is("في");
        if (!coordinated) {
            return false;
        }
        for (Lexicon.Match c : ms) {
            if (isDestination(c, ms, tokens) && c.end() <= p.from()
                    && tokens[c.start()].clause() == tokens[p.from()].clause()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDestination(Lexicon.Match c, List<Lexicon.Match> ms, Token[] tokens) {
        return c.cue() == Cue.DESTINATION && !(c.end() < tokens.length && tokens[c.end()].is("جانب"))
                && ms.stream().noneMatch(a -> a.cue() == Cue.ADDITION && a.end() == c.start());
    }

    /** A displacement sits at its origin ("من X ... إلى Y": X) when one is named, else at its destination. */
    private static List<Mention> origins(List<Mention> places, Token[] tokens) {
        List<Mention> out = new ArrayList<>();
        boolean inOrigin = false;
        for (Mention p : places) {
            for (int j = Math.max(0, p.from() - ORIGIN_WINDOW); j < p.from(); j++) {
                if (tokens[j].norm().equals("من")) {
                    inOrigin = true;
                } else if (tokens[j].is("الي")) {
                    inOrigin = false;
                }
            }
            if (inOrigin) {
                out.add(p);
            }
        }
        return out.isEmpty() ? places : out;
    }

    private static List<ExtractedEvent> merge(List<Candidate> candidates, Map<String, Set<String>> containedIn,
            String text) {
        List<Candidate> kept = new ArrayList<>(candidates);
        String agreementRef = null;
        for (Candidate c : kept) {
            if (c.type() == SubEventType.AGREEMENT) {
                agreementRef = c.mention().place().ref();
                break;
            }
        }
        String firstAgreementRef = agreementRef;
        kept.removeIf(c -> c.type() == SubEventType.AGREEMENT && !c.mention().place().ref().equals(firstAgreementRef));
        Set<Kind> explicitKinds = new HashSet<>();
        for (Candidate c : kept) {
            if (c.explicitDate()) {
                explicitKinds.add(c.kind());
            }
        }
        Map<Kind, Integer> mergedCounts = new HashMap<>();
        for (Candidate c : kept) {
            Kind kind = c.kind();
            if (c.fatalities() != null && (!c.explicitDate() && explicitKinds.contains(kind))) {
                mergedCounts.merge(kind, c.fatalities(), Math::max);
            }
        }
        kept.removeIf(c -> !c.explicitDate() && explicitKinds.contains(c.kind()));
        Map<Occasion, Candidate> byKey = new LinkedHashMap<>();
        for (Candidate c : kept) {
            Kind kind = c.kind();
            Occasion key = new Occasion(kind, c.date());
            Integer extra = mergedCounts.remove(kind);
            Candidate merged = byKey.get(key);
            Integer fatalities = max(max(merged == null ? null : merged.fatalities(), c.fatalities()), extra);
            Candidate base = merged == null ? c : merged;
            byKey.put(key, new Candidate(base.type(), base.mention(), base.date(), base.precision(),
                    base.explicitDate(), fatalities, base.sentence(), base.triggerStart(), base.triggerEnd(),
                    base.inferredPlace()));
        }
        List<Candidate> unique = new ArrayList<>(byKey.values());
        List<ExtractedEvent> out = new ArrayList<>();
        for (Candidate c : unique) {
            if (!subsumed(c, unique, containedIn)) {
                out.add(toEvent(c, text));
            }
        }
        return out;
    }

    private static @Nullable Integer max(@Nullable Integer a, @Nullable Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    /** A region or governorate event yields to the same kind and date at a more specific place inside it. */
    private static boolean subsumed(Candidate c, List<Candidate> all, Map<String, Set<String>> containedIn) {
        Toponym area = c.mention().place();
        if (rank(area) >= SPECIFIC_RANK) {
            return false;
        }
        for (Candidate o : all) {
            Toponym p = o.mention().place();
            if (o.type() == c.type() && Objects.equals(o.date(), c.date()) && rank(p) > rank(area)
                    && (containedIn.getOrDefault(p.ref(), Set.of()).contains(area.ref()) || sameArea(area, p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A governorate or a countryside (ريف ...) covers the places of its governorate; a named region
     * (سهل الغاب، الحولة) only what the text puts inside it.
     */
    private static boolean sameArea(Toponym area, Toponym place) {
        boolean broad = rank(area) < REGION_RANK || ArabicText.normalize(area.surface()).startsWith("ريف");
        if (!broad) {
            return false;
        }
        if (area.admin1() == null || place.admin1() == null) {
            return true;
        }
        return area.admin1().contains(place.admin1());
    }

    private static int rank(Toponym t) {
        return switch (t.kind()) {
            case "country" -> 0;
            case "governorate" -> 1;
            case "region" -> REGION_RANK;
            default -> SPECIFIC_RANK;
        };
    }

    private static ExtractedEvent toEvent(Candidate c, String text) {
        Toponym p = c.mention().place();
        int geo = c.inferredPlace() ? Math.max(p.geoPrecision(), INFERRED_GEO_PRECISION) : p.geoPrecision();
        SentenceSplitter.Span s = c.sentence();
        return new ExtractedEvent(c.type(), p, c.date(), c.precision(), geo, c.fatalities(), s.text(text), s.start(), s.end(),
                c.triggerStart(), c.triggerEnd());
    }
}
