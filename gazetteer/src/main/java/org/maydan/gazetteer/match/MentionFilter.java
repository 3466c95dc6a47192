package org.maydan.gazetteer.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.Candidate;
import org.maydan.gazetteer.Candidate.MatchQuality;
import org.maydan.gazetteer.NameMatch;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.Toponym.Cue;
import org.maydan.gazetteer.resolve.Prominence;
import org.maydan.gazetteer.text.ArabicNormalizer;
import org.maydan.gazetteer.text.ProcliticWords;
import org.maydan.gazetteer.text.Proclitics;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;
import org.maydan.gazetteer.text.Word;
import org.maydan.gazetteer.text.WordMemo;
import org.maydan.gazetteer.text.WordTable;

/**
 * Decides from the words around it whether a gazetteer name found in text is a place mention here:
 * not a dateline or timestamp label, not part of an organisation or person name (see
 * {@link NameContext}), not a country acting, not words that spell a name loosely, and, for names
 * that are also ordinary words or given names ({@link Lexicon}), marked as a place by a strong cue
 * ({@link LocativeCues}: a settlement noun, a front, a hashtag, a list of places, the region after
 * it, a preposition after an action), unless the place is prominent enough
 * ({@link Prominence#needsNoCue}). Stateless.
 */
public final class MentionFilter {

    /** Why a name is not a place mention. */
    public enum Rejection {
        /** Agency or town label at the head of an article: "سمارت - إدلب". */
        DATELINE,
        /** Place label of a timestamp: "15:54 دمشق". */
        TIMESTAMP,
        /** In the headline of another article the page links to: "اقرأ أيضاً: قصف على كفرنبل". */
        RELATED_LINK,
        /** Inside an organisation name: جيش إدلب الحر، فيلق الشام، فصائل الثورة. */
        ORGANISATION,
        /** Part of a person's name: أبو علي، النقيب مصطفى. */
        PERSON,
        /** A country or a foreign place acting or named without a locative word. */
        ACTOR,
        /** A frequent word without a cue. */
        COMMON_WORD,
        /** A given name without a cue. */
        GIVEN_NAME,
        /** A function word, a cue word itself, or a short remainder after a proclitic. */
        FUNCTION_WORD,
        /** A neighbourhood, or a loosely spelled single word, without a cue. */
        NO_CUE,
        /**
         * Next to another name with nothing between: both are words of one longer name the
         * gazetteer lacks (قرية حمادة عمر), so neither is a place on its own.
         */
        INSIDE_NAME,
        /** Right after another name of the same place, which names it (رأس العين سري كانيه). */
        SAME_PLACE
    }

    /** A name in the text: the scanner's match and its first and last token. */
    public record Mention(NameMatch match, int first, int last) {
    }

    /**
     * The cue and the candidates left if the name is a place, else why not (with the cue found, if
     * it got that far, else {@link Cue#NONE}).
     */
    public record Verdict(Cue cue, List<Candidate> candidates, @Nullable Rejection rejection) {

        public boolean isPlace() {
            return rejection == null;
        }

        /** A rejection for {@code why}, with no cue. */
        public static Verdict rejected(Rejection why) {
            return new Verdict(Cue.NONE, List.of(), why);
        }
    }

    private static final WordTable WORDS = WordTable.load(MentionFilter.class, Lexicon.DIR + "cue-words.tsv");
    /** محافظة: before a name shared by a governorate and its capital, the governorate. */
    public static final String GOVERNORATE_NOUN = WORDS.word("GOVERNORATE");
    /** Its dual, normalized (محافظتي): the two names after it are governorates. */
    public static final Set<String> DUAL_GOVERNORATE_NOUNS = WORDS.words("DUAL_GOVERNORATE");
    /** Hospitals, schools, mosques...: the name after one may be the building's, not a place. */
    private static final ProcliticWords FACILITY_NOUNS = new ProcliticWords(WORDS.words("FACILITY"));
    /** Tribes and clans: the name after one is the tribe's where only villages bear it. */
    private static final ProcliticWords TRIBE_NOUNS = new ProcliticWords(WORDS.words("TRIBE"));
    /** Words that put a place by the settlement named next (see {@link #putsNear}). */
    private static final ProcliticWords NEAR_WORDS = new ProcliticWords(WORDS.words("NEAR"));
    private static final ProcliticWords NEAR_LINKS = new ProcliticWords(WORDS.words("NEAR_LINK"));
    private static final ProcliticWords BEARINGS = new ProcliticWords(WORDS.words("BEARING"));
    /** A name this short left after a proclitic is more likely a word (وكالة is not وك + الة). */
    static final int SHORT_REMAINDER = 3;
    /** Settlement and front nouns, for the scanner's per-token test. */
    static final ProcliticWords SETTLEMENT_OR_FRONT = LocativeCues.SETTLEMENT_OR_FRONT;
    /** Attached prepositions that let a foreign place or a country be a place (بموسكو، لتركيا). */
    private static final String PREPOSITION_PROCLITICS = "بل";
    private static final String ARTICLE = "ال";
    /** The conjunction و, which joins the items of a list. */
    private static final String AND = "و";
    /** في, normalized: the preposition before a city noun that holds a name (X في مدينة Y). */
    private static final String IN = ArabicNormalizer.normalize("في");
    /**
     * Countries whose towns news about Syria names as places of its events (refugees in Lebanon,
     * shelling from Turkey): any locative word makes them places. Cities farther away are venues.
     */
    static final Set<String> NEIGHBOURS = Set.of("SY", "LB", "IQ", "JO", "IL", "PS", "TR");
    private static final String SYRIA = "SY";

    /**
     * What the word lists say of a name, whatever stands around it: {@link #judge} asks a dozen of
     * them of nearly every name found, so each name is looked up in them once, across texts. For the
     * fields see where {@link #factsOf} reads them off.
     */
    private record NameFacts(boolean ownWord, boolean holdsFunctionWord, boolean functionWord, boolean country,
            boolean common, boolean ungoverned, boolean given, boolean adjective, boolean nounOfAnother,
            boolean listed) {
    }

    private final Lexicon lexicon;
    private final WordMemo<NameFacts> facts = new WordMemo<>(WordMemo.DEFAULT_CAPACITY, this::factsOf);

    public MentionFilter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * What other mentions tell about a mention: it continues a list of places (the previous token
     * ends a place and و or a comma joins them), it heads one (the next mention continues it), the
     * region it lies in follows it (كفرنبل بريف إدلب), the list it belongs to started after a
     * neighbourhood noun (أحياء الصاخور والشعار), it is the second of two places a dual noun
     * announced (قريتي الوضيحي وعزان), and the list it belongs to has a place named by an ordinary
     * name among its items or a plural or dual settlement noun before its first (what a weak name
     * needs, {@link MatchQuality#WEAK}).
     */
    public record Neighbours(boolean continuesList, boolean headsList, boolean regionFollows,
            boolean neighbourhoodList, boolean secondOfDual, boolean ordinaryList) {

        /** No neighbouring mention. */
        public static final Neighbours NONE = new Neighbours(false, false, false, false, false, false);

        /** These neighbours, {@code ordinaryList} left false. */
        public Neighbours(boolean continuesList, boolean headsList, boolean regionFollows,
                boolean neighbourhoodList, boolean secondOfDual) {
            this(continuesList, headsList, regionFollows, neighbourhoodList, secondOfDual, false);
        }
    }

    /** Whether a place of this country (ISO code) is in Syria or a country bordering it. */
    public static boolean nearSyria(String country) {
        return NEIGHBOURS.contains(country);
    }

    /** The verdict on a mention, given what the neighbouring mentions tell about it. */
    public Verdict judge(TokenizedText tokenized, Mention m, Neighbours around) {
        String text = tokenized.text();
        List<Token> tokens = tokenized.tokens();
        NameMatch match = m.match();
        // a dateline names where the report was filed, a region phrase too (أخبار الآن | ريف حلب – سوريا)
        if (NameContext.isDateline(text, match.start() - match.prefix().length(), match.end())) {
            return Verdict.rejected(Rejection.DATELINE);
        }
        if (match.best().quality() == MatchQuality.REGION_PHRASE) {
            return new Verdict(Cue.REGION_PHRASE, match.candidates(), null);
        }
        if (NameContext.hasTanween(text, match.start(), match.end())) {
            return Verdict.rejected(Rejection.COMMON_WORD);
        }
        if (NameContext.isTimestampLabel(text, match.start() - match.prefix().length())) {
            return Verdict.rejected(Rejection.TIMESTAMP);
        }
        if (tokenized.onRelatedLink(match.start())) {
            return Verdict.rejected(Rejection.RELATED_LINK);
        }
        String name = match.name();
        NameFacts said = facts.get(name);
        boolean hashtag = LocativeCues.isHashtag(text, tokens, m.first());
        if ((isFunctionWord(match, said) || isPhraseOfWords(match, said)) && !hashtag) {
            return Verdict.rejected(Rejection.FUNCTION_WORD);
        }
        Word before = LocativeCues.wordBefore(tokens, m.first());
        if (NameContext.isBacker(tokens, m.first()) || NameContext.isParty(text, tokens, m.first(), match.prefix())) {
            return Verdict.rejected(Rejection.ACTOR);
        }
        boolean apart = in(before, LocativeCues.PREPOSITIONS);
        boolean locative = apart || hasPrepositionProclitic(match.prefix());
        boolean inState = inState(tokens, m.first(), match.prefix());
        if (said.country() && !inState) {
            return Verdict.rejected(Rejection.ACTOR);
        }
        boolean venue = LocativeCues.isVenue(tokens, m.first(), match.prefix());
        locative |= venue;
        // a settlement noun names a town over the border as a preposition does (منطقة مجدل شمس، بلدة
        // عرسال); not a quarter's noun (حي العمارة is no Iraqi city) nor a plural (مناطق الفصائل)
        boolean townNoun = LocativeCues.isSettlementNoun(before) && !isNeighbourhoodNoun(before)
                && !in(before, LocativeCues.PLURAL_SETTLEMENT_NOUNS);
        List<Candidate> candidates = withoutActors(match.candidates(), locative, inState, venue, townNoun);
        if (said.country()) {
            candidates = ofKind(candidates, PlaceKind.COUNTRY, true);
        }
        if (candidates.isEmpty()) {
            return Verdict.rejected(Rejection.ACTOR);
        }
        if (!in(before, LocativeCues.NEIGHBOURHOOD_NOUNS) && !hashtag && !around.neighbourhoodList()
                && !endsQuarterName(text, tokens, m.first(), match.prefix())) {
            candidates = ofKind(candidates, PlaceKind.NEIGHBOURHOOD, false);
            if (candidates.isEmpty()) {
                return Verdict.rejected(Rejection.NO_CUE);
            }
        }
        boolean front = in(before, LocativeCues.FRONT_NOUNS);
        if (!front && (NameContext.insideOrganisation(text, tokens, m.first())
                || NameContext.endsOrganisationName(text, tokens, m.last()))) {
            return Verdict.rejected(Rejection.ORGANISATION);
        }
        if (NameContext.isPersonName(text, tokens, m.first(), m.last(), match.prefix(), before, isGivenName(before))) {
            return Verdict.rejected(Rejection.PERSON);
        }
        if (match.prefix().isEmpty() && in(before, TRIBE_NOUNS) && allOfKind(candidates, PlaceKind.VILLAGE)) {
            // قبيلة الدليم: the tribe, an actor; عشائر دير الزور are the tribes of that governorate
            return Verdict.rejected(Rejection.ORGANISATION);
        }
        if (!LocativeCues.isSettlementNoun(before)
                && NameContext.isConstructHead(text, tokens, m.first(), m.last(), name)) {
            return Verdict.rejected(Rejection.COMMON_WORD);
        }
        // A month in a date (تشرين الثاني), or a bare qualifier in a list that stands for a place
        // named just before (أورم الصغرى والكبرى): neither is a place of its own. A village named
        // by a qualifier alone (الجديدة) is still one elsewhere.
        if (!LocativeCues.isSettlementNoun(before) && (NameContext.isMonth(tokens, m.first(), m.last(), name)
                || around.continuesList() && isQualifier(name))) {
            return Verdict.rejected(Rejection.COMMON_WORD);
        }
        String token = tokens.get(m.first()).normalized();
        // a proclitic read off a whole word (وعين "and appointed") is in doubt for a one-word name;
        // a name of several words spelled out after it (وعين ترما) is the reading
        boolean whole = !match.prefix().isEmpty() && m.first() == m.last() && lexicon.isWholeWord(token);
        // a preposition, or an area noun in construct, governs a noun in the genitive: a name that is a
        // word only as a verb or in another case (حرستا "they two guarded", ترملا in the accusative)
        // is the place after one (في حرستا، أطراف ترملا، بمعلولا); not after an attached ل, which
        // also leads a verb (لتدمر)
        boolean governed = match.prefix().isEmpty()
                ? apart || LocativeCues.isSettlementNoun(before)
                : match.prefix().indexOf(LocativeCues.LOCATIVE_PROCLITIC) >= 0;
        boolean common = said.common() && !(governed && said.ungoverned()) || whole;
        boolean given = said.given();
        // قرية كردية، العاصمة المصرية، قرية صغيرة، منطقة فقيرة: the adjective of a people or state, or
        // one that describes a settlement, agrees with the noun, and a village that bears it (كردية،
        // صغيرة) is not what the phrase means
        boolean adjective = said.adjective();
        if (match.prefix().isEmpty() && adjective && LocativeCues.mayDescribe(before, name)
                && allOfKind(candidates, PlaceKind.VILLAGE)) {
            return Verdict.rejected(Rejection.COMMON_WORD);
        }
        boolean loose = !anyOfQuality(candidates, MatchQuality.EXACT);
        Cue cue = LocativeCues.of(text, tokens, m.first(), m.last(), match.prefix(), name, before, around, common || given,
                loose);
        Rejection word = common ? Rejection.COMMON_WORD : given ? Rejection.GIVEN_NAME : null;
        // مدرسة، مسجد، ميدان: a building's or a square's noun names the building (قصف في مدرسة،
        // استهدف مسجد البلدة، بدأت العملية في الميدان); a compass point names the direction (باتجاه
        // الغرب، نحو الشمال). The village that bears either is named with its settlement noun (قرية
        // الكنيسة، قرية الغرب).
        if (cue != Cue.SETTLEMENT_NOUN && said.nounOfAnother()) {
            return new Verdict(cue, List.of(), Rejection.COMMON_WORD);
        }
        if (allOfQuality(candidates, MatchQuality.WEAK)) {
            return weak(cue, candidates, word, before, around);
        }
        // Syrian news names a village abroad by a settlement noun or not at all: an ordinary word
        // that only villages and towns abroad are called (الفصائل, a village in the West Bank) is the word
        if (word != null && cue != Cue.SETTLEMENT_NOUN && onlySmallPlacesAbroad(candidates)) {
            return new Verdict(cue, List.of(), word);
        }
        // An attached ب before a word is as often instrumental as locative (بالصور "in pictures",
        // بحصار "by a siege"): it lends a word no preposition's pass, and only a Syrian governorate or
        // big city needs none; a preposition written apart does.
        boolean instrumental = common && cue == Cue.PREPOSITION && !in(before, LocativeCues.PREPOSITIONS);
        boolean prominent = !said.listed() && !whole
                && Prominence.needsNoCue(instrumental ? inSyria(candidates) : candidates, instrumental ? Cue.NONE : cue);
        // a city's pass by a preposition does not reach into a noun phrase (على سلمية الحراك, "on the
        // peacefulness of the movement"); a governorate's name needs none
        boolean phraseApplies = !prominent || cue == Cue.PREPOSITION && !anyOfKind(candidates, PlaceKind.GOVERNORATE);
        if (word != null && phraseApplies && cue != Cue.SETTLEMENT_NOUN && cue != Cue.FRONT && cue != Cue.HASHTAG
                && NameContext.inNounPhrase(text, tokens, m.first(), m.last(), match.prefix(), name,
                        cue == Cue.LIST, lexicon)) {
            return new Verdict(cue, List.of(), word);
        }
        if (word != null && !cue.isStrong() && !prominent
                || word != null && cue == Cue.LIST && NameContext.inApposition(text, tokens, m.first(), m.last(), match.prefix())
                || whole && lexicon.isWholeVerb(token) && (cue == Cue.LIST || cue == Cue.LOCATED)) {
            return new Verdict(cue, List.of(), word == null ? Rejection.COMMON_WORD : word);
        }
        if (definiteSettlementNoun(name) && !in(before, LocativeCues.SETTLEMENT_TYPES)) {
            return new Verdict(cue, List.of(), Rejection.FUNCTION_WORD);
        }
        // Without a cue a loose match is no place: one word is more likely some other word, and a
        // phrase written without any article (صورة كبيرة for the village الصورة الكبيرة) is an
        // indefinite noun phrase, not the definite name.
        if (cue == Cue.NONE && loose && (m.first() == m.last() || !hasArticle(name))) {
            return new Verdict(cue, List.of(), Rejection.NO_CUE);
        }
        boolean variant = allOfQuality(candidates, MatchQuality.VOWEL_VARIANT);
        if (variant && (!cue.isStrong() || cue == Cue.LIST || word != null)) {
            return new Verdict(cue, List.of(), Rejection.NO_CUE);
        }
        return new Verdict(cue, candidates, null);
    }

    /**
     * The verdict on a weak name (one of the names an OCHA cell joins, حانوتة of تل حواصيد_حانوتة):
     * never an ordinary word or a given name, whatever the cue; a place right after a settlement noun
     * (قرية حانوتة; not a landform, whose name it may be, تل حانوتة, nor a neighbourhood noun, حي
     * حانوتة, which names a quarter), as the second of a dual noun's
     * two (قريتي X وحانوتة), or as an item of a list with a place of ordinary name in it or a plural
     * settlement noun before it (سيطرت على X وحانوتة، قرى حانوتة وY); else not.
     */
    private static Verdict weak(Cue cue, List<Candidate> candidates, @Nullable Rejection word, @Nullable Word before,
            Neighbours around) {
        if (word != null) {
            return new Verdict(cue, List.of(), word);
        }
        if (in(before, LocativeCues.NEIGHBOURHOOD_NOUNS) || around.neighbourhoodList()) {
            return new Verdict(cue, List.of(), Rejection.NO_CUE);
        }
        boolean named = cue == Cue.SETTLEMENT_NOUN && (around.secondOfDual() || in(before, LocativeCues.SETTLEMENT_ONLY));
        boolean listed = cue == Cue.LIST && around.ordinaryList();
        return named || listed ? new Verdict(cue, candidates, null) : new Verdict(cue, List.of(), Rejection.NO_CUE);
    }

    /**
     * Function words and frequent verbs, words that are themselves cues (مدينة، جيش), names read
     * after the proclitic ك (كبيرة is not ك + بيرة) or leaving three letters or fewer after a
     * two-letter proclitic or a loose match (بلاده is not بل + اده, وكالة not وك + الة).
     */
    private static boolean isFunctionWord(NameMatch match, NameFacts said) {
        if (match.prefix().indexOf('ك') >= 0) {
            return true;
        }
        boolean loose = !anyOfQuality(match.candidates(), MatchQuality.EXACT);
        if (!match.prefix().isEmpty() && match.name().length() <= SHORT_REMAINDER
                && (loose || match.prefix().length() > 1)) {
            return true;
        }
        return said.ownWord();
    }

    /** Whether a word of the normalized name carries the article. */
    private static boolean hasArticle(String name) {
        return name.startsWith(ARTICLE) || name.contains(" " + ARTICLE);
    }

    /**
     * A settlement noun or landform with the article (المدينة، القريتين، السجن): the city, villages or
     * prison the text spoke of, no place name, unless the noun of a settlement type names it (مدينة
     * القريتين، مدينة التل; not محيط السجن or أحياء المدينة).
     */
    private static boolean definiteSettlementNoun(String name) {
        return name.startsWith(ARTICLE) && LocativeCues.SETTLEMENT_NOUNS.contains(name.substring(ARTICLE.length()));
    }

    /**
     * A loose match over several tokens one of which is a function word: words that happen to
     * spell a name when their space is dropped (التي ما is no تيما, حلب إن no حلبان).
     */
    private static boolean isPhraseOfWords(NameMatch match, NameFacts said) {
        return said.holdsFunctionWord() && !anyOfQuality(match.candidates(), MatchQuality.EXACT);
    }

    /** Whether the word is a given name and no function word, as the lists say ({@link NameFacts}); false for none. */
    private boolean isGivenName(@Nullable Word word) {
        if (word == null) {
            return false;
        }
        NameFacts said = facts.get(word.normalized());
        return said.given() && !said.functionWord();
    }

    /** What the lists say of a normalized name ({@link NameFacts}). */
    private NameFacts factsOf(String name) {
        boolean single = name.indexOf(' ') < 0;
        // a function word, or a word that is itself a cue: one word only
        boolean ownWord = single && (lexicon.isFunctionWord(name) || LocativeCues.SETTLEMENT_NOUNS.contains(name)
                || LocativeCues.PREPOSITIONS.contains(name) || NameContext.ORGANISATION_HEADS.contains(name)
                || NameContext.PERSON_HEADS.contains(name) || LocativeCues.FRONT_NOUNS.contains(name));
        // several words, one of them a function word
        boolean holdsFunctionWord = false;
        for (int from = 0; !single && !holdsFunctionWord && from < name.length(); ) {
            int space = name.indexOf(' ', from);
            int to = space < 0 ? name.length() : space;
            holdsFunctionWord = lexicon.isFunctionWord(name.substring(from, to));
            from = to + 1;
        }
        // the noun of a building or a square, or a compass point
        boolean nounOfAnother = FACILITY_NOUNS.contains(name.startsWith(ARTICLE) ? name.substring(ARTICLE.length()) : name)
                || RegionPhrases.isDirectionNoun(name);
        return new NameFacts(ownWord, holdsFunctionWord, lexicon.isFunctionWord(name), lexicon.isCountry(name),
                lexicon.isCommonWord(name),
                lexicon.isUngovernedWord(name), lexicon.isGivenName(name),
                lexicon.isNationalityAdjective(name) || LocativeCues.isSettlementAdjective(name), nounOfAnother,
                lexicon.isListedWord(name));
    }

    /**
     * Candidates without countries and foreign places, unless a locative word stands before: for a
     * state one that says where someone is or goes ({@code inState}: اللاجئون في لبنان، فروا إلى تركيا),
     * not ل or من, after which it is a backer or a source as often (الموالية لتركيا). A city
     * beyond Syria's neighbours is a place only as the venue of what the text reports, after في or
     * an attached ب (محادثات في أستانا، اجتماع بموسكو), after مدينة there or a word of visiting
     * ({@link LocativeCues#isVenue}): never the actor it names (موسكو أعلنت), nor the goal of a
     * journey (وصل الوفد إلى موسكو). A town or city of a neighbour spelled exactly is a place after a
     * singular settlement noun too ({@code townNoun}: منطقة مجدل شمس، بلدة عرسال).
     */
    /**
     * Whether a word saying where someone is or goes ({@link LocativeCues#STATE_LOCATIVES}) stands
     * right before token {@code first}, or before the states it is listed with after و (اللاجئون في
     * تركيا ولبنان والأردن: each is where they are); not إلى after إضافة, which adds a party
     * (بالإضافة إلى مصر).
     */
    private boolean inState(List<Token> tokens, int first, String prefix) {
        int k = first;
        boolean listed = prefix.startsWith(AND);
        while (k > 0) {
            Word before = tokens.get(k - 1).word();
            if (in(before, LocativeCues.STATE_LOCATIVES)) {
                return k < 2 || !in(tokens.get(k - 2).word(), LocativeCues.ADDITIONS);
            }
            String previous = tokens.get(k - 1).normalized();
            String state = previous.startsWith(AND) ? previous.substring(AND.length()) : previous;
            if (!listed || !lexicon.isCountry(state)) {
                return false;
            }
            listed = previous.startsWith(AND);
            k--;
        }
        return false;
    }

    private static List<Candidate> withoutActors(List<Candidate> candidates, boolean locative, boolean inState,
            boolean venue, boolean townNoun) {
        boolean country = false;
        for (Candidate c : candidates) {
            country |= c.place().kind() == PlaceKind.COUNTRY;
        }
        if (country && !inState) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Place p = c.place();
            boolean syria = SYRIA.equals(p.country());
            if (p.kind() == PlaceKind.COUNTRY) {
                // a state is a place wherever someone is or goes there ({@code inState}); Syria never
                if (!syria) {
                    out.add(c);
                }
                continue;
            }
            boolean foreign = !syria && !p.country().isEmpty();
            boolean abroad = foreign && !NEIGHBOURS.contains(p.country());
            // a city far abroad is named as it is spelled: a loose match is a word that resembles it (بناء الري, not Nara)
            boolean town = p.kind() == PlaceKind.TOWN || p.kind() == PlaceKind.CITY;
            if (!foreign || locative && (!abroad || venue && c.quality() == MatchQuality.EXACT)
                    || townNoun && town && !abroad && c.quality() == MatchQuality.EXACT) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean onlySmallPlacesAbroad(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            PlaceKind kind = c.place().kind();
            if (SYRIA.equals(c.place().country()) || kind != PlaceKind.VILLAGE && kind != PlaceKind.TOWN) {
                return false;
            }
        }
        return !candidates.isEmpty();
    }

    private static List<Candidate> inSyria(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (SYRIA.equals(c.place().country())) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean hasPrepositionProclitic(String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (PREPOSITION_PROCLITICS.indexOf(prefix.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the normalized word qualifies a place after its name (الكبرى، الشرقية، الواقعة), and
     * so names none on its own.
     */
    public static boolean isQualifier(String word) {
        return NameContext.PLACE_ATTRIBUTES.contains(word);
    }

    /** Whether the word (with or without a proclitic) is a settlement or area noun: بلدة، منطقة... */
    public static boolean isSettlementNoun(Word word) {
        return LocativeCues.isSettlementNoun(word);
    }

    /** {@link #isSettlementNoun(Word)} for a normalized form that is no token's word. */
    public static boolean isSettlementNoun(String form) {
        return LocativeCues.isSettlementNoun(form);
    }

    /**
     * Whether the token (with or without a proclitic) is a settlement or area noun but no landform:
     * بلدة، منطقة, not تل or جبل, which are words of names (تل ملح، جبل الزاوية).
     */
    public static boolean isSettlementOnlyNoun(Word token) {
        return in(token, LocativeCues.SETTLEMENT_ONLY);
    }

    /**
     * Whether the name over tokens {@code [first, last]} is an area the text puts inside a city: led
     * by an area noun (منطقة) and followed in its clause by في or an attached ب and a city noun
     * (منطقة المزة في مدينة دمشق، منطقة الميدان بالعاصمة), so it may be a quarter of that city, as
     * after حي. A village of the same name elsewhere is not what the text means.
     */
    public static boolean cityFollows(List<Token> tokens, int first, int last) {
        int k = last + 1;
        if (k >= tokens.size() || tokens.get(k).clause() != tokens.get(last).clause()
                || first == 0 || !in(tokens.get(first - 1).word(), LocativeCues.CITY_PARTS)) {
            return false;
        }
        String word = tokens.get(k).normalized();
        if (word.equals(IN)) {
            return k + 1 < tokens.size() && tokens.get(k + 1).clause() == tokens.get(k).clause()
                    && LocativeCues.CITY_HOLDERS.contains(tokens.get(k + 1).normalized());
        }
        for (Proclitics.Split split : Proclitics.splits(word)) {
            if (split.prefix().equals(String.valueOf(LocativeCues.LOCATIVE_PROCLITIC)) && LocativeCues.CITY_HOLDERS.contains(split.remainder())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} is the adjective of a people or one that describes a settlement, agreeing
     * with the settlement noun before it (قرية كردية، منطقة فقيرة، القرى الكردية).
     */
    public static boolean describesSettlement(Word noun, String word) {
        return (Lexicon.shipped().isNationalityAdjective(word) || LocativeCues.isSettlementAdjective(word))
                && LocativeCues.mayDescribe(noun, word);
    }

    /** Whether chars {@code [from, to)} of the text hold a comma, Arabic or Latin. */
    public static boolean hasComma(String text, int from, int to) {
        return NameContext.hasComma(text, from, to);
    }

    /** Whether the token (with or without a proclitic) is a building's noun: مستشفى، مدرسة، جامع. */
    public static boolean isFacilityNoun(Word token) {
        return in(token, FACILITY_NOUNS);
    }

    /**
     * Whether the name at {@code first} ends a quarter's name of two words after a neighbourhood
     * noun, its first word a generic one the gazetteer lacks (حي مساكن هنانو، حي بستان الزهرة):
     * the quarter, not a village of that name. Not a qualifier of the quarter before (حي الراشدين
     * الغربي is the western part of الراشدين).
     */
    public static boolean endsQuarterName(String text, List<Token> tokens, int first, String prefix) {
        return prefix.isEmpty() && first >= 2 && isNeighbourhoodNoun(tokens.get(first - 2).word())
                && !isQualifier(tokens.get(first).normalized())
                && !NameContext.breaksPhrase(text, tokens.get(first - 2).end(), tokens.get(first).start());
    }

    /** The word before token {@code first}, or the plural noun a list opens with ({@link LocativeCues#wordBefore}). */
    public static @Nullable Word wordBefore(List<Token> tokens, int first) {
        return LocativeCues.wordBefore(tokens, first);
    }

    /** Whether the token (with or without a proclitic) is a noun that admits a neighbourhood: حي، أحياء. */
    public static boolean isNeighbourhoodNoun(@Nullable Word token) {
        return in(token, LocativeCues.NEIGHBOURHOOD_NOUNS);
    }

    /** Whether the token (with or without a proclitic) is a dual settlement noun: قريتي، بلدتين. */
    public static boolean isDualSettlementNoun(Word token) {
        return in(token, LocativeCues.DUAL_SETTLEMENT_NOUNS);
    }

    /** Whether the token (with or without a proclitic) is a plural settlement noun: قرى، بلدات. */
    public static boolean isPluralSettlementNoun(Word token) {
        return in(token, LocativeCues.PLURAL_SETTLEMENT_NOUNS);
    }

    /**
     * Whether tokens [{@code from}, {@code to}) between two names put the first right by the second:
     * a word of nearness (قرب، أطراف، محيط) with at most على، من and a settlement noun (على أطراف
     * مدينة، بالقرب من بلدة), nothing else; or a bearing right before the settlement noun of the
     * second (شمالي مدينة، جنوب غرب بلدة), which makes it the town, not a side of its governorate.
     */
    public static boolean putsNear(List<Token> tokens, int from, int to) {
        boolean near = false;
        boolean bearing = false;
        for (int k = from; k < to; k++) {
            Word word = tokens.get(k).word();
            if (in(word, NEAR_WORDS)) {
                near = true;
            } else if (in(word, BEARINGS)) {
                bearing = true;
            } else if (!in(word, NEAR_LINKS)) {
                return false;
            }
        }
        // the settlement noun, not على or من, right after the bearing
        Word last = to - 1 > from ? tokens.get(to - 1).word() : null;
        boolean townAfter = last != null && isTownNoun(last) && in(tokens.get(to - 2).word(), BEARINGS);
        return near || bearing && townAfter;
    }

    /**
     * Whether tokens [{@code from}, {@code to}) between a building's name and the next name say where
     * the building stands: في, then at most a settlement or neighbourhood noun (مستشفى القدس في حي
     * السكري، مدرسة X في مدينة Y), or that noun alone with an attached ب (بحي السكري).
     */
    public static boolean locatesBuilding(List<Token> tokens, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        boolean in = tokens.get(from).normalized().equals(IN);
        if (to - from == 1) {
            return in || tokens.get(from).normalized().charAt(0) == LocativeCues.LOCATIVE_PROCLITIC
                    && isBuildingsPlaceNoun(tokens.get(from).word());
        }
        return in && isBuildingsPlaceNoun(tokens.get(from + 1).word());
    }

    /** حي، مدينة، بلدة، قرية: a noun whose name says where a building stands. */
    private static boolean isBuildingsPlaceNoun(Word word) {
        return isNeighbourhoodNoun(word) || isTownNoun(word);
    }

    /** مدينة، بلدة، قرية: the settlement nouns among the words that link a place to the town it is put by. */
    private static boolean isTownNoun(Word word) {
        return in(word, NEAR_LINKS) && !isPreposition(word);
    }

    /** Whether the token (with or without a proclitic) is a locative preposition written apart: في، قرب. */
    public static boolean isPreposition(Word token) {
        return in(token, LocativeCues.PREPOSITIONS);
    }

    /** The candidates whose place is ({@code is}) or is not of {@code kind}, in order; loops, as every match passes here. */
    private static List<Candidate> ofKind(List<Candidate> candidates, PlaceKind kind, boolean is) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if ((c.place().kind() == kind) == is) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean anyOfKind(List<Candidate> candidates, PlaceKind kind) {
        for (Candidate c : candidates) {
            if (c.place().kind() == kind) {
                return true;
            }
        }
        return false;
    }

    private static boolean allOfKind(List<Candidate> candidates, PlaceKind kind) {
        for (Candidate c : candidates) {
            if (c.place().kind() != kind) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyOfQuality(List<Candidate> candidates, MatchQuality quality) {
        for (Candidate c : candidates) {
            if (c.quality() == quality) {
                return true;
            }
        }
        return false;
    }

    private static boolean allOfQuality(List<Candidate> candidates, MatchQuality quality) {
        for (Candidate c : candidates) {
            if (c.quality() != quality) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word, or the word without a proclitic, is one of {@code words}; false for no word. */
    static boolean in(@Nullable Word word, ProcliticWords words) {
        return word != null && words.containsAfterProclitic(word);
    }
}
