package org.maydan.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.GeoPoint;
import org.maydan.gazetteer.Toponym;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;
import org.maydan.gazetteer.text.WordTable;

/**
 * Which places named in a sentence may place its events. Left out: datelines and timestamp labels
 * ("دمشق - "، "أنقرة 18 يونيو /"، "15:54 دمشق"); places in parentheses (an aside such as "(13 كم
 * جنوب إدلب)"), unless the parenthesis only spells the word before it again ("محور كبينة
 * (الكبانة)"); places after a direction or a distance (شرق مدينة حماة، 13 كم; not a part of the town
 * itself: الحي الشرقي لمدينة X) or a reference
 * (التابعة ل، الواقعة في، مشفى) that only locate another; a place that only says where the one
 * before it lies ("كفرنبل في ريف إدلب"، "حي الصاخور بحلب": a unit as large or larger, put inside
 * by في or ب); where fire came from (المتمركزة في، من مواقعها، أطلقت من), where an actor is (تواجده في)
 * and places excepted (باستثناء), with the places coordinated with them; a place put inside
 * or coordinated with one left out ("جنوب كفرنبل في ريف إدلب"); and the towns a road is named by
 * (طريق حلب - دمشق، الطريق الواصل بين X وY), which leave the scene to a place named beside the road
 * ("قرب بلدة X") or to the unit it runs through ("في ريف درعا").
 */
final class PlaceEligibility {

    private static final int DIRECTION_WINDOW = 3;
    private static final int SOURCE_GAP = 4;
    /** Cues after which a place is where fire came from or an actor is, or is left out. */
    private static final Set<Cue> SOURCES = EnumSet.of(Cue.SOURCE, Cue.SEAT, Cue.EXCLUSION);
    /** Cues after which a place is where the news comes from. */
    private static final Set<Cue> INFORMANTS = EnumSet.of(Cue.INFORMANT);
    private static final int ALIAS_CLOSE_REACH = 3;
    /** The longest label before a dateline's place ("المصدر:"، "أخبار الآن |"). */
    private static final int LABEL_LENGTH = 25;
    /** A label before a dateline ends with one of these. */
    private static final String LABEL_ENDS = ":|";
    /** A dateline's place is followed by one of these, past its date. */
    private static final String DATELINE_RULE = "-–—/|";
    /** Most tokens of a written date between a dateline's place and its dash. */
    private static final int DATELINE_DATE_TOKENS = 5;
    /** What separates the digits of a time or a date ("15:54"، "2018.06.17 |"). */
    private static final String TIME_SEPARATORS = ":./|-";
    private static final Pattern QUOTES_AND_SPACES = Pattern.compile("[\\s\"“”«»']");
    private static final WordTable WORDS = WordTable.load(PlaceEligibility.class, "places.tsv");
    private static final String IN = WORDS.word("IN");
    /** Settlement and area nouns that, with an attached ب, put the place before inside the next one. */
    private static final Set<String> HOLDERS = WORDS.words("HOLDER");
    /** أطراف، ضواحي: the edge of a town, which locates the place named before it. */
    private static final Set<String> EDGES = WORDS.words("EDGE");
    /** Most tokens from a place to the town whose edge it lies at (بالأطراف الغربية لمدينة حلب). */
    private static final int EDGE_GAP = 4;
    /** ناحية and its dual and plural: a subdistrict named after places locates them. */
    private static final Set<String> SUBDISTRICT_NOUNS = WORDS.words("SUBDISTRICT");
    /** أثناء، عند: a presence after one is where someone was when it happened, no seat. */
    private static final Set<String> WHILE = WORDS.words("WHILE");
    /** How far from a town's point a place it holds may lie. */
    private static final double TOWN_EXTENT_KM = 10.0;
    /** The conjunction و and the preposition ب as proclitics. */
    private static final String AND = "و";
    private static final String AT = "ب";
    /** The article ال, which makes a direction word an adjective (الحي الشرقي). */
    private static final String DEFINITE = "ال";
    /** Parts of a town a direction adjective may qualify (الحي، المدخل، الأطراف). */
    private static final Set<String> TOWN_PARTS = WORDS.words("TOWN_PART");
    /** طريق، أوتوستراد: a road, named by the towns it joins. */
    private static final Set<String> ROADS = WORDS.words("ROAD");
    /** عن طريق: "by means of", no road. */
    private static final String BY_MEANS = WORDS.word("BY_MEANS");
    /** الدولي، السريع، الواصل: words between a road word and the towns it joins. */
    private static final Set<String> ROAD_ATTRIBUTES = WORDS.words("ROAD_ATTRIBUTE");
    /** مشفى، مستشفى: a reference point after casualties, a target right after an attack. */
    private static final Set<String> HOSPITALS = WORDS.words("HOSPITAL");
    /** تعرض، تعرضت: a verb of undergoing, whose subject is the target. */
    private static final Set<String> UNDERGO = WORDS.words("UNDERGO");
    /** Most tokens from an attack's cue to the hospital it hit (غارة جوية على مشفى). */
    private static final int TARGET_GAP = 2;
    private static final String ON = WORDS.word("ON");
    /** Prepositions whose repetition after و opens another complement (وعلى X، وفي Y، وإلى Z). */
    private static final Set<String> REPEATED_PREPOSITIONS = WORDS.words("REPEATED_PREPOSITION");
    /** ل attached to a hospital noun: where someone was taken (لمشفى). */
    private static final String TO = "ل";
    /** Most attributes, codes and figures between a road word and its towns (الطريق الدولي السريع "إم 4"). */
    private static final int ROAD_ATTRIBUTE_TOKENS = 4;
    private static final String BETWEEN = WORDS.word("BETWEEN");
    /** What may stand between two towns that name a road: a dash (حلب - دمشق، اعزاز ـ عفرين) or nothing (دمشق حلب). */
    private static final String ROAD_DASHES = "-–—ـ";
    /** Quotes and parentheses around a road's towns ("حلب-الحسكة"، (دمشق – درعا)). */
    private static final String ROAD_QUOTES = "\"“”«»'()";

    private final TokenizedText text;
    private final List<Token> tokens;
    private final List<PlaceMention> mentions;
    private final boolean[] inPlace;
    /** The tokens of a town that, with another, names a road (طريق حلب - دمشق): no scene. */
    private final boolean[] roadEnd;
    /** {@link #bearing()}. */
    private @Nullable PlaceMention bearing;

    /** Over the article's tokens and its place mentions, in text order. */
    PlaceEligibility(TokenizedText text, List<PlaceMention> mentions) {
        this.text = text;
        this.tokens = text.tokens();
        this.mentions = mentions;
        this.inPlace = new boolean[tokens.size()];
        this.roadEnd = new boolean[tokens.size()];
        for (PlaceMention m : mentions) {
            for (int i = m.from(); i < m.to(); i++) {
                inPlace[i] = true;
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            markRoadEnds(k);
        }
    }

    /** The places of the sentence over tokens {@code [from, to)} that may place its events; {@code ms} its cues. */
    List<PlaceMention> eligible(int from, int to, List<CueLexicon.Match> ms) {
        List<PlaceMention> out = new ArrayList<>();
        Set<PlaceMention> sources = placesAfter(ms, SOURCES);
        Set<PlaceMention> informants = placesAfter(ms, INFORMANTS);
        int first = firstMentionAtOrAfter(from);
        int end = firstMentionAtOrAfter(to);
        // the sentence's own mentions: its cues name the people whose home a place is
        Set<PlaceMention> homes = homes(tokens, mentions.subList(first, end), ms);
        PlaceMention excluded = null;
        PlaceMention previous = null;
        PlaceMention locator = null;
        // مواقع شرق مدينة X: with no place of its own, the sentence's scene is given by the point it is
        // bearing from, the smallest unit the text names
        PlaceMention pointedFrom = null;
        for (int k = first; k < end; k++) {
            PlaceMention m = mentions.get(k);
            if (tokens.get(m.from()).inParentheses() && !alias(m) || dateline(m)) {
                continue;
            }
            if (roadEnd[m.from()]) {
                // "طريق حلب - دمشق في ريف إدلب"، "قرب بلدة X": what follows a road's town locates the road
                excluded = null;
                previous = null;
                locator = null;
                continue;
            }
            boolean chained = excluded != null && m.from() - excluded.to() <= PlaceMention.CONTAINMENT_GAP
                    && linked(excluded.to(), m.from()) && !opensAnotherComplement(excluded.to(), m.from());
            Cue locatedBy = chained ? null : locatorCue(m, ms, homes);
            if (chained || locatedBy != null || sources.contains(m)) {
                excluded = m;
                if (locatedBy == Cue.DIRECTION && !sources.contains(m) && pointedFrom == null) {
                    pointedFrom = m;
                }
            } else if (previous != null && (locates(previous, m, homes.contains(previous)) || atEdgeOf(previous, m)
                    || afterSubdistrictNoun(m))
                    || locator != null && m.rank() <= locator.rank() && m.from() - locator.to() <= PlaceMention.CONTAINMENT_GAP
                    && linked(locator.to(), m.from())) {
                // "بريف إدلب وحماة": an area coordinated with a locator locates too
                locator = m;
            } else {
                out.add(m);
                previous = m;
            }
        }
        // قال مراسلنا في إدلب إن الطائرات قصفت كفرنبل: the informant's place yields to the scene the
        // sentence names; alone (أفاد ناشطون في حلب بأن اشتباكات دارت) it is the area the news is from
        if (!informants.isEmpty() && !informants.containsAll(out)) {
            out.removeAll(informants);
        }
        bearing = out.isEmpty() ? pointedFrom : null;
        if (bearing != null) {
            out.add(bearing);
        }
        return out;
    }

    /**
     * The point the last sentence {@link #eligible} read bears from, when it had no scene of its own
     * and so placed its events there (مواقع شرق مدينة X: X), else null.
     */
    @Nullable PlaceMention bearing() {
        return bearing;
    }

    /**
     * Whether the place is named by ناحية (في ناحية Z، التابعة لناحية Z، بين ناحيتي Z): after the
     * places of its sentence, such a subdistrict says where they lie and is no scene of its own.
     */
    private boolean afterSubdistrictNoun(PlaceMention m) {
        int at = m.from() - 1;
        return at >= 0 && !inPlace[at] && WordTable.isAny(tokens.get(at), SUBDISTRICT_NOUNS);
    }

    /** Index of the first of the mentions (sorted by token) that starts at or after token {@code from}. */
    private int firstMentionAtOrAfter(int from) {
        return PlaceMention.firstAtOrAfter(mentions, from);
    }

    /**
     * "على محور كبينة (الكبانة)": a village that fills a parenthesis on its own, right after a word
     * that is not a place or a number, gives another spelling of that word; it is the place itself,
     * not an aside.
     */
    private boolean alias(PlaceMention m) {
        int before = m.from() - 1;
        if (!m.isSpecific() || before < 0 || inPlace[before] || text.token(before).inParentheses()
                || text.token(before).isNumber()) {
            return false;
        }
        String opening = unquoted(text.text().substring(text.token(before).end(), text.token(m.from()).start()));
        int close = text.token(m.to() - 1).end();
        String rest = unquoted(text.text().substring(close, Math.min(text.text().length(), close + ALIAS_CLOSE_REACH)));
        return opening.equals("(") && rest.startsWith(")");
    }

    private static String unquoted(String between) {
        return QUOTES_AND_SPACES.matcher(between).replaceAll("");
    }

    /**
     * Whether a direction, a reference or nearness before {@code m} makes it a mere reference point.
     * Near people's home town (تجمعاً لأطفال X قرب بوابة معبر Y) it is the scene: the home is none.
     */
    private boolean locatorOnly(PlaceMention m, List<CueLexicon.Match> ms, Set<PlaceMention> homes) {
        return locatorCue(m, ms, homes) != null;
    }

    /** The cue that makes {@code m} a mere reference point ({@link #locatorOnly}), or null. */
    private @Nullable Cue locatorCue(PlaceMention m, List<CueLexicon.Match> ms, Set<PlaceMention> homes) {
        for (CueLexicon.Match c : ms) {
            boolean locator = c.cue() == Cue.DIRECTION || c.cue() == Cue.REFERENCE
                    || c.cue() == Cue.NEAR && c.start() > 0 && inPlace[c.start() - 1] && !roadEnd[c.start() - 1]
                            && !homes.contains(mentionEndingAt(c.start()));
            locator &= !(c.cue() == Cue.DIRECTION && (partOfTown(c, ms) || qualifiesPlace(c) || definiteSide(c)));
            locator &= !(c.cue() == Cue.REFERENCE && hospitalTargeted(c, ms));
            if (locator && !inPlace[c.start()] && c.end() <= m.from() && m.from() - c.end() < DIRECTION_WINDOW
                    && tokens.get(c.start()).inParentheses() == tokens.get(m.from()).inParentheses()
                    && !anyPlace(c.end(), m.from())) {
                return c.cue();
            }
        }
        return null;
    }

    /**
     * "غارة جوية على مشفى X"، "قصفت الطائرات مستشفى في بلدة X"، "تعرض مشفى في مدينة X لقصف": a
     * hospital right after an attack's cue or a verb of undergoing, in its clause and with nothing
     * but على between, is the target, and the place after it the scene, not where the wounded went.
     */
    private boolean hospitalTargeted(CueLexicon.Match c, List<CueLexicon.Match> ms) {
        int at = c.start();
        if (!WordTable.isAny(tokens.get(at), HOSPITALS) || tokens.get(at).normalized().startsWith(TO)) {
            return false;
        }
        int clause = tokens.get(at).clause();
        if (at > 0 && tokens.get(at - 1).clause() == clause && WordTable.isAny(tokens.get(at - 1), UNDERGO)) {
            return true;
        }
        for (CueLexicon.Match t : ms) {
            if (t.cue().isTrigger() && t.end() <= at && at - t.end() <= TARGET_GAP
                    && tokens.get(t.start()).clause() == clause && onlyOn(t.end(), at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens in {@code [from, to)} are at most على (the target's preposition). */
    private boolean onlyOn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).is(ON) || inPlace[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * "من الجهة الجنوبية لمدينة X": the definite side (الجهة) is a part of the town, its scene; only
     * "من جهة X", with no article, gives a bearing.
     */
    private boolean definiteSide(CueLexicon.Match c) {
        for (int k = c.start() + 1; k < c.end(); k++) {
            if (tokens.get(k).normalized().startsWith(DEFINITE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "حي الراشدين الغربي ومنطقة X": a definite direction adjective right after a place is that
     * place's qualifier, not "west of" the place after it (غربي X، غرب X are written without the article).
     */
    private boolean qualifiesPlace(CueLexicon.Match c) {
        return c.start() > 0 && inPlace[c.start() - 1] && tokens.get(c.start()).normalized().startsWith(DEFINITE);
    }

    /**
     * "الحي الشرقي لمدينة X"، "المدخل الشمالي الغربي لبلدة X": a definite direction adjective (after
     * another one, as in الشمالي الشرقي) following a part of a town names that part of the town after
     * it, which is then the scene and no mere reference point.
     */
    private boolean partOfTown(CueLexicon.Match c, List<CueLexicon.Match> ms) {
        if (!tokens.get(c.start()).normalized().startsWith(DEFINITE)) {
            return false;
        }
        int at = c.start() - 1;
        for (CueLexicon.Match d : ms) {
            if (d.cue() == Cue.DIRECTION && d.end() == c.start() && tokens.get(d.start()).normalized().startsWith(DEFINITE)) {
                at = d.start() - 1;
            }
        }
        return at >= 0 && !inPlace[at] && WordTable.isAny(tokens.get(at), TOWN_PARTS);
    }

    /**
     * "كفرنبل في ريف إدلب"، "حي الصاخور بحلب"، "حي بابا عمرو بمدينة حمص"، "جبل الأكراد بريف اللاذقية":
     * a unit at least as large as the place right before it, put inside by في or an attached ب (on
     * the place or on a settlement noun before it), only says where that one lies. After people's
     * home town ({@code home}: أهالي X في Y) في puts the people in Y, which then locates X only if near it.
     */
    private boolean locates(PlaceMention before, PlaceMention m, boolean home) {
        int gap = m.from() - before.to();
        if (gap > PlaceMention.CONTAINMENT_GAP || m.rank() > before.rank() || gap < 0 || anyPlace(before.to(), m.from())) {
            return false;
        }
        if (gap == 0) {
            return AT.equals(proclitic(m));
        }
        String between = tokens.get(before.to()).normalized();
        if (between.equals(IN) && !home) {
            return true;
        }
        // بمدينة Y after a point, or في Y after people's home town: Y holds it only if it lies there (أهالي الفوعة
        // بمنطقة الراشدين، حافلات أهالي الفوعة في منطقة الراشدين: the people are elsewhere)
        boolean holder = between.equals(IN) || between.startsWith(AT) && HOLDERS.contains(between.substring(AT.length()));
        return holder && (!m.isSpecific() || GeoPoint.distanceKm(before.place().lat(), before.place().lon(),
                m.place().lat(), m.place().lon()) <= TOWN_EXTENT_KM);
    }

    /**
     * "الراشدين بالأطراف الغربية لمدينة حلب"، "X في ضواحي مدينة Y": a unit at least as large as the
     * place before it, named after the edge of it (ب or في and أطراف، ضواحي، مشارف, then at most a
     * direction and a settlement noun), only says where that place lies.
     */
    private boolean atEdgeOf(PlaceMention before, PlaceMention m) {
        int k = before.to();
        int gap = m.from() - k;
        if (gap < 1 || gap > EDGE_GAP || m.rank() > before.rank() || anyPlace(k, m.from())
                || tokens.get(k).clause() != tokens.get(m.from()).clause()) {
            return false;
        }
        boolean in = tokens.get(k).normalized().equals(IN);
        Token edge = tokens.get(in ? k + 1 : k);
        return (in || edge.normalized().startsWith(AT)) && (!in || k + 1 < m.from()) && WordTable.isAny(edge, EDGES);
    }

    /**
     * Where people named by a civilian noun live: the place right after أهالي، سكان، أطفال (or after
     * it and a settlement noun: أهالي بلدتي X وY), and the places coordinated with it by و, also when
     * the first was not read as a place.
     */
    static Set<PlaceMention> homes(List<Token> tokens, List<PlaceMention> places, List<CueLexicon.Match> ms) {
        Set<PlaceMention> out = new HashSet<>();
        PlaceMention previous = null;
        for (PlaceMention p : places) {
            int at = p.cue() == Toponym.Cue.SETTLEMENT_NOUN ? p.from() - 1 : p.from();
            boolean afterPeople = false;
            // أهالي X والفوعة, with X not read as a place: the second is their home too
            boolean andAfterOne = tokens.get(p.from()).normalized().startsWith(AND);
            for (CueLexicon.Match c : ms) {
                afterPeople |= c.cue() == Cue.CIVILIAN && (c.end() == at || andAfterOne && c.end() == at - 1);
            }
            boolean coordinated = previous != null && out.contains(previous)
                    && p.from() - previous.to() <= PlaceMention.CONTAINMENT_GAP
                    && (tokens.get(p.from()).normalized().startsWith(AND)
                            || p.from() > 0 && tokens.get(p.from() - 1).normalized().startsWith(AND));
            if (afterPeople || coordinated) {
                out.add(p);
            }
            previous = p;
        }
        return out;
    }

    /**
     * Marks mention {@code k} and the one after it when they are the towns a road is named by: right
     * after a road word and its attributes, two towns with at most a dash between them (طريق حلب -
     * دمشق، طريق دمشق حلب الدولي، الأوتوستراد الدولي "حلب-الحسكة"), or one town and a dash before a
     * name the gazetteer lacks; or after بين, two towns joined by و (الطريق الواصل بين مدينة X وبلدة
     * Y), or one before و. Not after عن (عن طريق: by means of).
     */
    private void markRoadEnds(int k) {
        PlaceMention m = mentions.get(k);
        int at = m.from() - 1;
        boolean between = false;
        // بين مدينة X: one settlement noun may stand between
        for (int back = at; back >= Math.max(0, at - 1) && !inPlace[back]; back--) {
            if (tokens.get(back).normalized().equals(BETWEEN)) {
                between = true;
                at = back - 1;
                break;
            }
        }
        int skipped = 0;
        while (at >= 0 && skipped < ROAD_ATTRIBUTE_TOKENS && !inPlace[at]
                && (WordTable.isAny(tokens.get(at), ROAD_ATTRIBUTES) || !arabic(tokens.get(at)))) {
            at--;
            skipped++;
        }
        if (at < 0 || !WordTable.isAny(tokens.get(at), ROADS)
                || at > 0 && tokens.get(at - 1).normalized().equals(BY_MEANS)) {
            return;
        }
        PlaceMention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
        boolean pair;
        boolean alone;
        if (between) {
            boolean joined = m.to() < tokens.size() && tokens.get(m.to()).normalized().startsWith(AND);
            pair = joined && next != null && next.from() - m.to() <= 1;
            alone = joined;
        } else {
            pair = next != null && next.from() == m.to() && onlyDash(m.place().end(), next.place().start(), false);
            alone = m.to() < tokens.size() && !inPlace[m.to()]
                    && onlyDash(m.place().end(), tokens.get(m.to()).start(), true)
                    && text.text().lastIndexOf('\n', tokens.get(m.to()).start()) < m.place().end();
        }
        if (pair) {
            mark(m);
            mark(next);
        } else if (alone) {
            mark(m);
        }
    }

    private void mark(PlaceMention m) {
        for (int i = m.from(); i < m.to(); i++) {
            roadEnd[i] = true;
        }
    }

    /** Whether chars [from, to) hold only spaces, quotes and at most one dash ({@code dash}: exactly one). */
    private boolean onlyDash(int from, int to, boolean dash) {
        if (from > to) {
            return false;
        }
        int dashes = 0;
        for (int i = from; i < to; i++) {
            char c = text.text().charAt(i);
            if (ROAD_DASHES.indexOf(c) >= 0) {
                dashes++;
            } else if (!Character.isWhitespace(c) && ROAD_QUOTES.indexOf(c) < 0) {
                return false;
            }
        }
        return dash ? dashes == 1 : dashes <= 1;
    }

    /** Whether the token has an Arabic letter: not a road code or a figure (M4، 5). */
    private static boolean arabic(Token t) {
        String word = t.normalized();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // the Arabic block, U+0600 to U+06FF
            if (c >= '\u0600' && c <= '\u06FF') {
                return true;
            }
        }
        return false;
    }

    /** The proclitic letters the geoparser took off the place's first token ("" when none). */
    private String proclitic(PlaceMention m) {
        int tokenStart = tokens.get(m.from()).start();
        return m.place().start() > tokenStart ? text.text().substring(tokenStart, m.place().start()) : "";
    }

    /**
     * A dateline or a timestamp label names where the report was filed, not a scene: a place at the
     * start of its line (after at most a label ending in ":" or "|") followed, past a written date
     * or an agency in parentheses, by a dash or a slash ("دمشق 18 يونيو 2016 /"، "أنقرة - "، "المصدر:
     * دمشق- فرانس برس"); a place alone on its line; or one after only a time or a date ("15:54 دمشق").
     */
    private boolean dateline(PlaceMention m) {
        String all = text.text();
        int start = tokens.get(m.from()).start();
        int lineStart = all.lastIndexOf('\n', start - 1) + 1;
        if (start - lineStart > LABEL_LENGTH) {
            return false;
        }
        int lineEnd = all.indexOf('\n', m.place().end());
        lineEnd = lineEnd < 0 ? all.length() : lineEnd;
        int beforeEnd = skipBackSpaces(all, lineStart, start);
        boolean nothingBefore = beforeEnd == lineStart;
        boolean nothingAfter = skipSpaces(all, m.place().end(), lineEnd) == lineEnd;
        if (!nothingBefore && onlyTimeOrDate(all, lineStart, beforeEnd)) {
            return nothingAfter;
        }
        if (!nothingBefore && LABEL_ENDS.indexOf(all.charAt(beforeEnd - 1)) < 0) {
            return false;
        }
        int k = m.to();
        int end = m.place().end();
        while (k < tokens.size() && tokens.get(k).start() < lineEnd && k - m.to() < DATELINE_DATE_TOKENS
                && (tokens.get(k).isNumber() || DateResolver.mayStartDate(tokens.get(k)))) {
            end = tokens.get(k).end();
            k++;
        }
        int rest = skipSpaces(all, end, lineEnd);
        if (rest < lineEnd && all.charAt(rest) == '(') {
            int close = all.indexOf(')', rest);
            rest = close < 0 || close >= lineEnd ? rest : skipSpaces(all, close + 1, lineEnd);
        }
        return rest == lineEnd ? nothingAfter : DATELINE_RULE.indexOf(all.charAt(rest)) >= 0;
    }

    private static int skipSpaces(String s, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipBackSpaces(String s, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Only digits, separators and spaces: a time or a date ("15:54"، "2018.06.17 |"). */
    private static boolean onlyTimeOrDate(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && TIME_SEPARATORS.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The place at {@code at} is coordinated (و) with, or put inside (في، ب), the one ending at {@code after}. */
    private boolean linked(int after, int at) {
        for (int i = after; i < at; i++) {
            String w = tokens.get(i).normalized();
            if (w.startsWith(AND) || w.equals(IN)) {
                return true;
            }
        }
        String own = tokens.get(at).normalized();
        return own.startsWith(AND) || own.startsWith(AT);
    }

    /**
     * "على X، وعلى قرية Y غرب مدينة Z، وعلى بلدة W": و with the preposition again (وعلى، وفي، وإلى)
     * opens another complement of the verb, not an item of the reference point before it; so does و
     * with a settlement noun opening a clause (ضربت التفجيرات مدينة X في جنوب Y، ومدينة Z).
     */
    private boolean opensAnotherComplement(int after, int at) {
        for (int i = after; i < at; i++) {
            String w = tokens.get(i).normalized();
            if (!w.startsWith(AND)) {
                continue;
            }
            String rest = w.substring(AND.length());
            if (REPEATED_PREPOSITIONS.contains(rest)
                    || HOLDERS.contains(rest) && i > 0 && tokens.get(i - 1).clause() != tokens.get(i).clause()) {
                return true;
            }
        }
        return false;
    }

    /** The mention whose last token is right before token {@code end}, or null. */
    private @Nullable PlaceMention mentionEndingAt(int end) {
        int k = firstMentionAtOrAfter(end) - 1;
        return k >= 0 && mentions.get(k).to() == end ? mentions.get(k) : null;
    }

    private boolean anyPlace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (inPlace[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The places after cues of the given kinds. Where fire came from, an actor or an informant is: the
     * place right after المتمركزة في / من مواقعها في / تواجده في / مراسلنا في (within {@value #SOURCE_GAP}
     * tokens: المتمركزة على حاجز التابلين وفي X), and the places coordinated with it by و ("المتمركزة في
     * صوران وحلفايا وقرية المصاصنة"), unless a trigger comes first (المتواجدة بالمعسكرات استهدف X: X is
     * the target); and every place after باستثناء / عدا in its clause.
     */
    private Set<PlaceMention> placesAfter(List<CueLexicon.Match> ms, Set<Cue> kinds) {
        Set<PlaceMention> out = new HashSet<>();
        for (CueLexicon.Match c : ms) {
            if (!kinds.contains(c.cue())
                    || c.cue() == Cue.SEAT && c.start() > 0 && WordTable.isAny(tokens.get(c.start() - 1), WHILE)) {
                continue;
            }
            if (c.cue() == Cue.EXCLUSION) {
                int clause = tokens.get(c.start()).clause();
                for (int k = firstMentionAtOrAfter(c.end()); k < mentions.size()
                        && tokens.get(mentions.get(k).from()).clause() == clause; k++) {
                    out.add(mentions.get(k));
                }
                continue;
            }
            int reach = c.end();
            boolean first = true;
            for (int k = firstMentionAtOrAfter(c.end()); k < mentions.size(); k++) {
                PlaceMention m = mentions.get(k);
                boolean near = m.from() - reach <= SOURCE_GAP && !triggerIn(ms, reach, m.from());
                boolean coordinated = tokens.get(m.from()).normalized().startsWith(AND)
                        || m.from() > 0 && tokens.get(m.from() - 1).normalized().startsWith(AND);
                if (near && (first || coordinated)) {
                    out.add(m);
                    reach = m.to();
                    first = false;
                } else {
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a trigger phrase starts in tokens [from, to): the places after it are its own. */
    private static boolean triggerIn(List<CueLexicon.Match> ms, int from, int to) {
        for (CueLexicon.Match c : ms) {
            if (c.cue().isTrigger() && c.start() >= from && c.start() < to) {
                return true;
            }
        }
        return false;
    }
}
