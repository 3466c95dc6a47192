package org.maydan.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.Candidate.MatchQuality;
import org.maydan.gazetteer.match.Lexicon;
import org.maydan.gazetteer.match.MentionFilter;
import org.maydan.gazetteer.match.MentionFilter.Mention;
import org.maydan.gazetteer.match.MentionFilter.Neighbours;
import org.maydan.gazetteer.match.MentionFilter.Rejection;
import org.maydan.gazetteer.match.MentionFilter.Verdict;
import org.maydan.gazetteer.match.RegionPhrases;
import org.maydan.gazetteer.resolve.CityNeighbourhoods;
import org.maydan.gazetteer.resolve.DocumentResolver;
import org.maydan.gazetteer.text.ArabicNormalizer;
import org.maydan.gazetteer.text.Proclitics;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;
import org.maydan.gazetteer.text.Word;
import org.maydan.gazetteer.text.WordMemo;

/**
 * Geoparsing of one article: finds the place names of a text with the {@link Gazetteer} (longest
 * match over normalized tokens, region phrases, proclitics and hashtags), keeps those its context
 * marks as places (see {@link MentionFilter}: no datelines, organisation or person names, countries
 * as actors, common words without a cue) and resolves them together (see {@link DocumentResolver}:
 * governorates and unambiguous places named in the article choose among homonyms).
 * Thread-safe; cost is linear in the text.
 */
public final class Geoparser {

    /**
     * Toponyms below this confidence are left out of {@link #places}: parts of the whole country
     * (شمال غربي سوريا), which the gold rarely lists and which place no event.
     */
    public static final double MIN_CONFIDENCE = 0.4;


    /** أحياء (normalized): a plural whose definite complement is as often the owner as a name. */
    private static final String PLURAL_NEIGHBOURHOODS = "احياء";
    /** Most names read after one neighbourhood noun (حيي القصور والسبيل). */
    private static final int MAX_UNLISTED_NEIGHBOURHOODS = 4;
    /** Shortest unlisted neighbourhood name, article included (الحي is the noun again). */
    private static final int MIN_UNLISTED_NEIGHBOURHOOD = 5;
    private static final String NAME_KEY = "name:";
    /** Suffixes of a name's key when the text names its city and its governorate apart. */
    private static final String CITY_KEY = "|city";
    private static final String GOVERNORATE_KEY = "|governorate";
    private static final String CITY_NOUN = ArabicNormalizer.normalize("مدينة");
    /** Most tokens between a name and the settlement the text puts it by (على أطراف مدينة). */
    private static final int MAX_NEAR_GAP = 4;
    private static final String ARTICLE = "ال";
    private static final String AND = "و";

    private final Gazetteer gazetteer;
    private final MentionFilter filter;
    private final DocumentResolver resolver = new DocumentResolver();
    /**
     * The {@link #closeCandidates} of each name read anew: the same leading nouns and qualifiers come
     * back in text after text (بلدة كفرنبل، أورم الكبرى), and a lookup normalizes the name, builds its
     * loose key and ranks its places. At most {@link WordMemo#DEFAULT_CAPACITY} names, some ten
     * megabytes with their ranked candidates.
     */
    private final WordMemo<List<Candidate>> close = new WordMemo<>(WordMemo.DEFAULT_CAPACITY, this::closeOf);

    /** A geoparser over a loaded gazetteer with the shipped word lists. */
    public Geoparser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.filter = new MentionFilter(Lexicon.shipped());
    }

    /** Every place mention of the text, in text order (a place named twice appears twice). */
    public List<Toponym> parse(String text) {
        return parse(TokenizedText.of(text));
    }

    private List<Toponym> parse(TokenizedText text) {
        List<Toponym> out = new ArrayList<>();
        for (Analysed a : analyse(text)) {
            if (a.toponym() != null) {
                out.add(a.toponym());
            }
        }
        return out;
    }

    /**
     * The places of the text as the extraction contract lists them: the first mention of each
     * distinct place ({@link #distinctPlaces}) whose confidence reaches {@link #MIN_CONFIDENCE}.
     */
    public List<Toponym> places(String text) {
        return read(text).places();
    }

    /**
     * The text read for event extraction: its tokens and sentences, the mentions that may place an
     * event (confidence at least {@link #MIN_CONFIDENCE}, in text order) and its {@link #places}.
     * A name that stays ambiguous is kept with its best guess and its low confidence, so an event
     * still lands near its place and the confidence tells how far to trust it.
     */
    public GeoparsedText read(String text) {
        TokenizedText tokens = TokenizedText.of(text);
        List<Toponym> all = parse(tokens);
        return new GeoparsedText(tokens, placing(all), placing(distinctPlaces(tokens, all)));
    }

    /** The toponyms sure enough to place something, each with a best guess. */
    private static List<Toponym> placing(List<Toponym> toponyms) {
        List<Toponym> out = new ArrayList<>(toponyms.size());
        for (Toponym t : toponyms) {
            if (t.confidence() >= MIN_CONFIDENCE && t.bestGuess() != null) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The first mention of each distinct place of {@code text} (document level, as the evaluation gold lists
     * places); ambiguous mentions are kept once per surface, and a part of a region phrase
     * (اللاذقية of ريفي حماة واللاذقية) is dropped when the same name is also a place of its own.
     */
    public static List<Toponym> distinctPlaces(TokenizedText tokens, List<Toponym> toponyms) {
        List<Toponym> merged = mergeRegionLists(tokens.text(), toponyms);
        // each surface normalized once, for the three passes below
        String[] normalized = new String[merged.size()];
        Set<String> surfaces = new HashSet<>();
        for (int i = 0; i < merged.size(); i++) {
            normalized[i] = ArabicNormalizer.normalize(merged.get(i).surface());
            if (merged.get(i).cue() != Toponym.Cue.REGION_PHRASE) {
                surfaces.add(normalized[i]);
            }
        }
        Set<String> bothNamed = namedAsCityAndGovernorate(tokens.tokens(), merged, normalized);
        Set<String> seen = new HashSet<>();
        List<Toponym> out = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            Toponym t = merged.get(i);
            String surface = normalized[i];
            if (t.cue() == Toponym.Cue.REGION_PHRASE && surfaces.contains(surface)) {
                continue;
            }
            String key = distinctKey(t, surface);
            if (bothNamed.contains(surface) && key.startsWith(NAME_KEY)) {
                key += t.kind() == ToponymKind.GOVERNORATE ? GOVERNORATE_KEY : CITY_KEY;
            }
            // the same city or governorate under another spelling (ديرالزور، الرقبان for الركبان) is
            // the toponym already listed
            String id = t.place() != null && key.startsWith(NAME_KEY) ? t.place().id() : null;
            boolean known = seen.contains(key) || id != null && seen.contains(id);
            seen.add(key);
            if (id != null) {
                seen.add(id);
            }
            if (!known) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The names the text gives both as a city (مدينة درعا) and as a governorate (محافظة درعا،
     * محافظتا درعا والسويداء): the text means two places, listed apart; a bare mention (درعا) is
     * the city, as the resolver reads it. {@code normalizedSurfaces} holds each toponym's surface
     * normalized.
     */
    private static Set<String> namedAsCityAndGovernorate(List<Token> tokens, List<Toponym> toponyms,
            String[] normalizedSurfaces) {
        Set<String> cities = new HashSet<>();
        Set<String> governorates = new HashSet<>();
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            Place p = t.place();
            if (p == null || t.cue() == Toponym.Cue.REGION_PHRASE) {
                continue;
            }
            String surface = normalizedSurfaces[i];
            if (t.kind() == ToponymKind.GOVERNORATE && p.kind() == PlaceKind.GOVERNORATE) {
                governorates.add(surface);
            } else if (p.kind() == PlaceKind.CITY && t.prefix().isEmpty() && t.firstToken() > 0
                    && tokens.get(t.firstToken() - 1).is(CITY_NOUN)) {
                // مدينة، بمدينة، ومدينة before the name
                cities.add(surface);
            }
        }
        cities.retainAll(governorates);
        return cities;
    }

    /**
     * A governorate and its capital named alike are one toponym of the document (إدلب the city and
     * محافظة إدلب), placed by its first mention: a city's point lies inside its governorate, so one
     * reading serves where the text means both; a governorate named by a region phrase (ريفها in
     * دمشق وريفها) is the one of its own name; other places are distinct by id; ambiguous names by
     * surface.
     */
    private static String distinctKey(Toponym t, String surface) {
        Place p = t.place();
        if (p != null && p.kind() == PlaceKind.GOVERNORATE && t.cue() == Toponym.Cue.REGION_PHRASE) {
            // ريفها of دمشق وريفها is ريف دمشق written otherwise
            return NAME_KEY + ArabicNormalizer.normalize(p.nameAr());
        }
        if (p == null || p.kind() == PlaceKind.GOVERNORATE || p.kind() == PlaceKind.CITY) {
            return NAME_KEY + surface;
        }
        return p.id();
    }

    /**
     * Consecutive areas of one region phrase (ريفي إدلب وحماة) as one toponym spanning the phrase,
     * placed at its first area, as the phrase is one toponym of the text.
     */
    private static List<Toponym> mergeRegionLists(String text, List<Toponym> toponyms) {
        List<Toponym> out = new ArrayList<>(toponyms.size());
        for (Toponym t : toponyms) {
            Toponym previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean joined = previous != null && previous.cue() == Toponym.Cue.REGION_PHRASE
                    && t.cue() == Toponym.Cue.REGION_PHRASE && t.prefix().startsWith("و")
                    && t.start() - t.prefix().length() - previous.end() <= 1;
            if (!joined) {
                out.add(t);
                continue;
            }
            int end = t.end();
            String surface = text.substring(previous.start(), end);
            out.set(out.size() - 1, new Toponym(previous.start(), end, previous.firstToken(),
                    t.endToken(), surface, previous.prefix(),
                    previous.kind(), previous.place(), previous.confidence(),
                    previous.geoPrecision(), previous.ambiguous(), previous.alternatives(),
                    previous.cue(), previous.evidence()));
        }
        return out;
    }

    /** A scanner match with the filter's verdict and, if it is a place, its toponym. */
    record Analysed(NameMatch match, Verdict verdict, @Nullable Toponym toponym) {
    }

    /** Every scanner match with its verdict: what {@link #parse} keeps and why the rest went. */
    List<Analysed> analyse(String text) {
        return analyse(TokenizedText.of(text));
    }

    private List<Analysed> analyse(TokenizedText tokenized) {
        String text = tokenized.text();
        List<Token> tokens = tokenized.tokens();
        List<NameMatch> matches = gazetteer.findNames(text, tokens);
        List<Mention> mentions = new ArrayList<>(matches.size());
        List<Verdict> verdicts = new ArrayList<>(matches.size());
        List<Boolean> neighbourhoods = new ArrayList<>(matches.size());
        List<Boolean> regionsAfter = new ArrayList<>(matches.size());
        List<@Nullable Place> namedRegions = new ArrayList<>(matches.size());
        int lastPlaceToken = -2;
        boolean neighbourhoodList = false;
        // whether the list the last place belongs to has a place of ordinary name among its items
        boolean ordinaryList = false;
        List<Boolean> inOrdinaryList = new ArrayList<>(matches.size());
        Set<String> placeNames = new HashSet<>();
        // the first token of each match, read on from the one before: matches come in text order
        int[] starts = new int[matches.size()];
        for (int i = 0, at = 0; i < matches.size(); i++) {
            at = NeighbouringMentions.tokenAt(tokens, matches.get(i).start(), at);
            starts[i] = at;
        }
        for (int i = 0; i < matches.size(); i++) {
            Mention m = reanchor(text, tokens, mention(tokens, matches.get(i), starts[i]));
            boolean continuesList = NeighbouringMentions.continuesList(tokenized, lastPlaceToken, m);
            if (continuesList) {
                m = completedQualifier(text, m, mentions, verdicts);
            }
            boolean dual = secondOfDual(tokens, mentions, m);
            // حيي القصور والسبيل: the second of two neighbourhoods is one too, whatever became of the first
            boolean dualNeighbourhoods = dual && MentionFilter.isNeighbourhoodNoun(
                    tokens.get(mentions.get(mentions.size() - 1).first() - 1).word());
            // منطقة المزة في مدينة دمشق: a name the text puts inside a city may be a quarter of it
            boolean inCity = MentionFilter.cityFollows(tokens, m.first(), m.last());
            boolean weak = isWeak(m);
            Neighbours around = new Neighbours(continuesList, false, NeighbouringMentions.regionFollows(tokens, matches, i, m),
                    continuesList && neighbourhoodList || dualNeighbourhoods || inCity, dual,
                    weak && continuesList && (ordinaryList || NeighbouringMentions.pluralNounOpens(tokenized, m)));
            Verdict v = filter.judge(tokenized, m, around);
            // حي بابا عمرو ... في بابا عمرو: a name the article has used as a place is not cut to a shorter one
            Mention shorter = v.isPlace() || placeNames.contains(m.match().name()) ? null : withoutLastToken(text, tokens, m);
            if (shorter != null) {
                Verdict again = filter.judge(tokenized, shorter, around);
                if (again.isPlace()) {
                    m = shorter;
                    v = again;
                }
            }
            boolean afterNoun = m.first() > 0 && MentionFilter.isNeighbourhoodNoun(MentionFilter.wordBefore(tokens, m.first()))
                    || MentionFilter.endsQuarterName(text, tokens, m.first(), m.match().prefix());
            if (v.isPlace()) {
                placeNames.add(m.match().name());
                lastPlaceToken = m.last();
                neighbourhoodList = continuesList ? neighbourhoodList : afterNoun;
                ordinaryList = continuesList && ordinaryList || !isWeak(m);
            }
            inOrdinaryList.add(v.isPlace() && (!isWeak(m) || around.ordinaryList()));
            mentions.add(m);
            verdicts.add(v);
            neighbourhoods.add(afterNoun || around.neighbourhoodList());
            // the countryside after a name, or after the list it is in, holds it (X بريف حماة، X وY بريف
            // حماة); a direction only points (X شمالي دمشق)
            int region = around.regionFollows() ? i + 1 : NeighbouringMentions.regionEndsList(tokenized, matches, starts, i, m);
            regionsAfter.add(region >= 0 && !RegionPhrases.isDirectionNoun(
                    stripped(tokens.get(starts[region]).normalized())));
            int named = NeighbouringMentions.namedRegionAfter(tokenized, matches, starts, i, m);
            namedRegions.add(named < 0 ? null : matches.get(named).best().place());
        }
        NeighbouringMentions.rejectAdjacentNames(text, tokens, matches, mentions, verdicts);
        for (int i = mentions.size() - 2; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (!verdicts.get(i).isPlace() && verdicts.get(i + 1).isPlace()
                    && (NeighbouringMentions.continuesList(tokenized, m.last(), mentions.get(i + 1))
                            || NeighbouringMentions.precedesNamedItem(tokenized, m.last(), mentions.get(i + 1)))) {
                Verdict again = filter.judge(tokenized, m, new Neighbours(false, true,
                        NeighbouringMentions.regionFollows(tokens, matches, i, m), false, false, inOrdinaryList.get(i + 1)));
                if (again.isPlace()) {
                    verdicts.set(i, again);
                    inOrdinaryList.set(i, true);
                }
            }
        }
        return resolve(tokenized, mentions, verdicts, neighbourhoods, regionsAfter, namedRegions);
    }

    /**
     * Whether {@code m} is the second of the two names a dual noun announces: و joins it right to
     * the name after the noun (قريتي الوضيحي وعزان، بلدتي الفوعة وكفريا), whatever became of that one.
     */
    private static boolean secondOfDual(List<Token> tokens, List<Mention> before, Mention m) {
        if (before.isEmpty() || !m.match().prefix().startsWith("و")) {
            return false;
        }
        Mention head = before.get(before.size() - 1);
        return head.first() > 0 && head.last() + 1 == m.first()
                && MentionFilter.isDualSettlementNoun(tokens.get(head.first() - 1).word());
    }

    /** Whether the mention's name is a weak one ({@link MatchQuality#WEAK}). */
    private static boolean isWeak(Mention m) {
        return m.match().best().quality() == MatchQuality.WEAK;
    }

    /** محافظة، or its dual محافظتي, before a name: the governorate, not its capital. */
    private static boolean isGovernorateNoun(String token) {
        return token.equals(MentionFilter.GOVERNORATE_NOUN) || MentionFilter.DUAL_GOVERNORATE_NOUNS.contains(token);
    }

    /** The mentions with their verdicts, the places among them resolved together. */
    private List<Analysed> resolve(TokenizedText tokenized, List<Mention> mentions, List<Verdict> verdicts,
            List<Boolean> neighbourhoods, List<Boolean> regionsAfter, List<@Nullable Place> namedRegions) {
        List<Token> tokens = tokenized.tokens();
        List<Analysed> analysed = new ArrayList<>(mentions.size());
        List<DocumentResolver.Input> inputs = new ArrayList<>();
        List<Integer> inputAt = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Verdict v = verdicts.get(i);
            if (v.isPlace()) {
                boolean governorateNoun = m.first() > 0 && m.match().prefix().isEmpty()
                        && isGovernorateNoun(stripped(tokens.get(m.first() - 1).normalized()))
                        || i > 0 && secondOfDual(tokens, mentions.subList(0, i), m)
                                && isGovernorateNoun(stripped(tokens.get(mentions.get(i - 1).first() - 1).normalized()));
                // مستشفى القدس، مستشفيات القدس والزهراء: a building's name, the list's too
                boolean facility = m.first() > 0 && MentionFilter.isFacilityNoun(tokens.get(m.first() - 1).word())
                        || v.cue() == Toponym.Cue.LIST && !inputs.isEmpty() && inputs.get(inputs.size() - 1).facility()
                                && inputs.get(inputs.size() - 1).sentence() == tokenized.sentenceOf(m.first());
                // حسياء على أطراف مدينة البوكمال، مستشفى القدس في حي السكري: the next name, a place of this
                // clause, says where it lies
                int next = i + 1;
                while (next < mentions.size() && !verdicts.get(next).isPlace()) {
                    next++;
                }
                boolean nearNext = next < mentions.size()
                        && tokens.get(mentions.get(next).first()).clause() == tokens.get(m.last()).clause()
                        && mentions.get(next).first() - m.last() - 1 <= MAX_NEAR_GAP
                        && (MentionFilter.putsNear(tokens, m.last() + 1, mentions.get(next).first())
                                || facility && MentionFilter.locatesBuilding(tokens, m.last() + 1, mentions.get(next).first()));
                inputs.add(new DocumentResolver.Input(m.match(), m.first(), m.last() + 1, v.cue(),
                        v.candidates(), tokenized.sentenceOf(m.first()), governorateNoun, neighbourhoods.get(i),
                        regionsAfter.get(i), namedRegions.get(i), facility, nearNext));
                inputAt.add(analysed.size());
            }
            analysed.add(new Analysed(m.match(), v, null));
        }
        List<Toponym> resolved = resolver.resolve(inputs);
        for (int i = 0; i < resolved.size(); i++) {
            Analysed a = analysed.get(inputAt.get(i));
            analysed.set(inputAt.get(i), new Analysed(a.match(), a.verdict(), resolved.get(i)));
        }
        List<CityNeighbourhoods.Located> named = DocumentResolver.named(inputs, resolved);
        boolean[] covered = new boolean[tokens.size()];
        for (Mention m : mentions) {
            for (int k = m.first(); k <= m.last(); k++) {
                covered[k] = true;
            }
        }
        return withUnlistedNeighbourhoods(tokenized, analysed, covered, named);
    }

    /**
     * Adds the neighbourhoods the gazetteer does not list: a definite word right after حي or حيي in
     * its clause (حي الوسطاني، حيي القصور والسبيل), and after أحياء one that is no common word
     * (أحياء المدينة، أحياء المعارضة name whose neighbourhoods they are), with the words joined to it
     * by و. Each lies in the city the text names ({@link CityNeighbourhoods#contextCity}), at its
     * point; with no city named there is nowhere to put it. Words a name found covers are left to it.
     */
    private static List<Analysed> withUnlistedNeighbourhoods(TokenizedText tokenized, List<Analysed> analysed,
            boolean[] covered, List<CityNeighbourhoods.Located> named) {
        List<Token> tokens = tokenized.tokens();
        List<Analysed> added = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Word noun = tokens.get(i).word();
            if (!MentionFilter.isNeighbourhoodNoun(noun)) {
                continue;
            }
            boolean plural = noun.normalized().endsWith(PLURAL_NEIGHBOURHOODS);
            for (int k = i + 1; k < tokens.size() && k <= i + MAX_UNLISTED_NEIGHBOURHOODS; k++) {
                Token t = tokens.get(k);
                String prefix = k == i + 1 ? "" : AND;
                String word = t.normalized();
                if (covered[k] || t.clause() != tokens.get(i).clause() || !word.startsWith(prefix + ARTICLE)) {
                    break;
                }
                String name = word.substring(prefix.length());
                if (name.length() < MIN_UNLISTED_NEIGHBOURHOOD
                        || MentionFilter.isSettlementNoun(name.substring(ARTICLE.length()))
                        || (plural ? Lexicon.shipped().isCommonWord(name) : Lexicon.shipped().isFunctionWord(name))) {
                    break;
                }
                Place city = CityNeighbourhoods.contextCity(named, tokenized.sentenceOf(k), k);
                if (city == null) {
                    break;
                }
                added.add(unlistedNeighbourhood(tokenized.text(), t, k, prefix, name, city));
            }
        }
        if (added.isEmpty()) {
            return analysed;
        }
        List<Analysed> out = new ArrayList<>(analysed.size() + added.size());
        out.addAll(analysed);
        out.addAll(added);
        out.sort(Comparator.comparingInt(a -> a.match().start()));
        return out;
    }

    private static Analysed unlistedNeighbourhood(String text, Token t, int at, String prefix, String name, Place city) {
        int start = t.start() + prefix.length();
        String surface = text.substring(start, t.end());
        Candidate c = Candidate.of(CityNeighbourhoods.at(city, surface), MatchQuality.EXACT, 0);
        Toponym toponym = new Toponym(start, t.end(), at, at + 1, surface, prefix, ToponymKind.OTHER, c.place(),
                CityNeighbourhoods.AT_CITY_CONFIDENCE, c.geoPrecision(), false, List.of(c),
                Toponym.Cue.SETTLEMENT_NOUN, Toponym.Evidence.CITY_NEIGHBOURHOOD);
        return new Analysed(new NameMatch(start, t.end(), surface, prefix, name, List.of(c)),
                new Verdict(Toponym.Cue.SETTLEMENT_NOUN, List.of(c), null), toponym);
    }

    /**
     * A name led by a direction ("شمال حماة", "غربي عفرين") or a settlement noun that the
     * gazetteer also lists as a name ("مدينة إدلب", "منطقة سلمية") names the place after those
     * words: the event is there or nearby, and the gold lists that place. Parts of the country
     * (شمال غربي سوريا) stay regions.
     */
    private Mention reanchor(String text, List<Token> tokens, Mention m) {
        NameMatch match = m.match();
        boolean region = match.best().quality() == MatchQuality.REGION_PHRASE;
        int k = m.first();
        while (k < m.last() && isLeadingWord(tokens.get(k).word(), region)) {
            k++;
        }
        if (k == m.first()) {
            return m;
        }
        int start = tokens.get(k).start();
        String surface = text.substring(start, match.end());
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate c : closeCandidates(surface)) {
            if (c.place().kind() != PlaceKind.COUNTRY) {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty()) {
            return m;
        }
        return new Mention(new NameMatch(start, match.end(), surface, "",
                ArabicNormalizer.normalize(surface), namedInFull(candidates, match)), k, m.last());
    }

    /**
     * Of the places the name after a leading noun names, those the whole phrase names exactly when
     * any (معبر باب الهوى is the crossing, not the village باب الهوى in Homs); else all of them.
     * A phrase that also names an administrative unit (منطقة البوكمال the district, محافظة إدلب)
     * decides nothing: news writes such phrases for the town, and the governorate noun has its own rule.
     */
    private static List<Candidate> namedInFull(List<Candidate> candidates, NameMatch whole) {
        Set<String> exact = new HashSet<>();
        for (Candidate c : whole.candidates()) {
            if (c.quality() == MatchQuality.EXACT) {
                if (c.place().kind().geoPrecision() > 1) {
                    return candidates;
                }
                exact.add(c.place().id());
            }
        }
        List<Candidate> named = new ArrayList<>();
        for (Candidate c : candidates) {
            if (exact.contains(c.place().id())) {
                named.add(c);
            }
        }
        return named.isEmpty() ? candidates : named;
    }

    /**
     * A bare qualifier that continues a list after a place named with another one stands for the
     * same head (أورم الصغرى والكبرى: أورم الكبرى; الحويز الشرقي والغربي): the mention of the
     * completed name when the gazetteer has it, else the mention as it was.
     */
    private Mention completedQualifier(String text, Mention m, List<Mention> mentions, List<Verdict> verdicts) {
        String qualifier = m.match().name();
        if (m.first() != m.last() || !MentionFilter.isQualifier(qualifier)) {
            return m;
        }
        for (int j = mentions.size() - 1; j >= 0; j--) {
            if (!verdicts.get(j).isPlace()) {
                continue;
            }
            String before = mentions.get(j).match().name();
            int space = before.lastIndexOf(' ');
            if (space < 0 || !MentionFilter.isQualifier(before.substring(space + 1))) {
                return m;
            }
            String name = before.substring(0, space + 1) + qualifier;
            List<Candidate> candidates = closeCandidates(name);
            if (candidates.isEmpty()) {
                return m;
            }
            NameMatch match = m.match();
            return new Mention(new NameMatch(match.start(), match.end(), text.substring(match.start(), match.end()),
                    match.prefix(), name, candidates), m.first(), m.last());
        }
        return m;
    }

    /**
     * The match less its last token, when the longest name was no place here (الباب الشرقي, a
     * Damascus quarter, in "بلدة الباب شرقي حلب"), or null.
     */
    private @Nullable Mention withoutLastToken(String text, List<Token> tokens, Mention m) {
        NameMatch match = m.match();
        if (m.last() <= m.first() || match.best().quality() == MatchQuality.REGION_PHRASE || isWeak(m)) {
            return null;
        }
        int end = tokens.get(m.last() - 1).end();
        String surface = text.substring(match.start(), end);
        List<Candidate> candidates = closeCandidates(surface);
        if (candidates.isEmpty()) {
            return null;
        }
        return new Mention(new NameMatch(match.start(), end, surface, match.prefix(),
                ArabicNormalizer.normalize(surface), candidates), m.first(), m.last() - 1);
    }

    /** The places a name read anew (a shorter or completed span) names exactly or loosely; immutable. */
    private List<Candidate> closeCandidates(String name) {
        return close.get(name);
    }

    private List<Candidate> closeOf(String name) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : gazetteer.candidates(name)) {
            if (c.quality() == MatchQuality.EXACT || c.quality() == MatchQuality.LOOSE) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isLeadingWord(Word word, boolean region) {
        // أرياف إدلب is a region phrase, not the city after a plural of settlement
        if (region && RegionPhrases.isCountrysideWord(word.normalized())) {
            return false;
        }
        return MentionFilter.isSettlementOnlyNoun(word)
                || region && RegionPhrases.isDirectionNoun(stripped(word.normalized()));
    }

    private static String stripped(String token) {
        if (RegionPhrases.isDirectionNoun(token) || isGovernorateNoun(token)) {
            return token;
        }
        for (Proclitics.Split split : Proclitics.splits(token)) {
            if (RegionPhrases.isDirectionNoun(split.remainder()) || isGovernorateNoun(split.remainder())) {
                return split.remainder();
            }
        }
        return token;
    }

    /**
     * The tokens of {@code match}, whose first token is {@code first}: matches come in text order,
     * so the text's tokens are read once for all of them rather than searched for each.
     */
    private static Mention mention(List<Token> tokens, NameMatch match, int first) {
        int last = NeighbouringMentions.tokenAt(tokens, match.end() - 1, first);
        return new Mention(match, first, last);
    }
}
