package org.maydan.gazetteer.match;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.Toponym.Cue;
import org.maydan.gazetteer.text.ArabicNormalizer;
import org.maydan.gazetteer.text.Proclitics;
import org.maydan.gazetteer.text.ProcliticWords;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.Word;
import org.maydan.gazetteer.text.WordTable;

/**
 * What in the words around a name marks it as a place, strongest first: a front (جبهة كبانة), a
 * settlement noun in construct before it (بلدة كفرنبل; not a definite noun with its adjective, المدينة
 * الأثرية, nor a plural with its adjective, قرى جديدة), a hashtag (#كفرنبل، #قصف_كفرنبل; not for an
 * ordinary word, #عاجل), a list of places it belongs to, the
 * region it lies in after it (كفرنبل بريف إدلب), a locative preposition after a verb or noun of attack,
 * motion or control in the same clause (سيطرت القوات على ...، وصلت التعزيزات للرقة; not a partitive
 * من, nor an attached ب: أصيب بجروح), a locative preposition alone. The words
 * are lists of {@code cue-words.tsv}. Stateless.
 */
final class LocativeCues {

    private static final WordTable WORDS = WordTable.load(LocativeCues.class, Lexicon.DIR + "cue-words.tsv");
    /** Nouns for settlements and areas that make the next name a place; with the article, never one. */
    static final ProcliticWords SETTLEMENT_ONLY = new ProcliticWords(WORDS.words("SETTLEMENT"));
    /** Landforms and buildings that head a name (تل، جبل، سجن); with the article they may be one (التل). */
    static final ProcliticWords LANDFORMS = new ProcliticWords(WORDS.words("LANDFORM"));
    /** تل، تلة: landforms named after the village beside them. */
    static final ProcliticWords HILLS = new ProcliticWords(WORDS.words("HILL"));
    /** Settlement nouns and landforms: the next name is a place, the word alone is none. */
    static final ProcliticWords SETTLEMENT_NOUNS = new ProcliticWords(
            Stream.concat(WORDS.words("SETTLEMENT").stream(), WORDS.words("LANDFORM").stream()).toList());
    /** Nouns of a settlement's type, singular, that name the next word however it reads: مدينة التل. */
    static final ProcliticWords SETTLEMENT_TYPES = new ProcliticWords(WORDS.words("SETTLEMENT_TYPE"));
    /** Area nouns with another common sense (أطراف: the sides or parties to a conflict). */
    static final ProcliticWords AREA_NOUNS = new ProcliticWords(WORDS.words("AREA"));
    /** Plural settlement nouns: an indefinite word after one is its adjective (قرى جديدة). */
    static final ProcliticWords PLURAL_SETTLEMENT_NOUNS = new ProcliticWords(WORDS.words("PLURAL_SETTLEMENT"));
    /** منها، من بينها، أخرى، مثل: words between a plural settlement noun and the first item of its list. */
    static final ProcliticWords LIST_OPENERS = new ProcliticWords(WORDS.words("LIST_OPENER"));
    /** Most list-opening words between a plural noun and its first item (أحياء أخرى من بينها). */
    static final int MAX_LIST_OPENERS = 3;
    /** Dual settlement nouns (قريتي، بلدتين): they announce two places. */
    static final ProcliticWords DUAL_SETTLEMENT_NOUNS = new ProcliticWords(WORDS.words("DUAL_SETTLEMENT"));
    /** Nouns that admit a neighbourhood as the next name. */
    static final ProcliticWords NEIGHBOURHOOD_NOUNS = new ProcliticWords(WORDS.words("NEIGHBOURHOOD"));
    /** City nouns that, after في or ب right after a name, put the name inside the city. */
    static final Set<String> CITY_HOLDERS = WORDS.words("CITY_HOLDER");
    /** Adjectives that describe a settlement (صغيرة، فقيرة): after its noun, no village's name. */
    static final Set<String> SETTLEMENT_ADJECTIVES = WORDS.words("SETTLEMENT_ADJECTIVE");
    /** Area nouns whose name, with a city noun after it, is a part of that city. */
    static final ProcliticWords CITY_PARTS = new ProcliticWords(WORDS.words("CITY_PART"));
    /** ة as normalized: the ending of a feminine adjective. */
    private static final char FEMININE_ENDING = 'ه';
    /** A front or a massacre: the next name is its place, not an organisation. */
    static final ProcliticWords FRONT_NOUNS = new ProcliticWords(WORDS.words("FRONT"));
    /** Settlement and front nouns, for the scanner's per-token test. */
    static final ProcliticWords SETTLEMENT_OR_FRONT = new ProcliticWords(Stream.of("SETTLEMENT", "LANDFORM", "FRONT")
            .flatMap(list -> WORDS.words(list).stream()).toList());
    /** Locative words and prepositions written apart. */
    static final ProcliticWords PREPOSITIONS = new ProcliticWords(WORDS.words("PREPOSITION"));
    /** Verbs and nouns of attack, motion and control: a preposition after one introduces a place. */
    static final Set<String> ACTIONS = WORDS.words("ACTION");
    /** Prepositions that say where something took place: a city abroad after one is a venue. */
    static final ProcliticWords VENUE_PREPOSITIONS = new ProcliticWords(WORDS.words("VENUE"));
    /** Prepositions after which a state is a location, not an actor: في لبنان، إلى تركيا. */
    static final ProcliticWords STATE_LOCATIVES = new ProcliticWords(WORDS.words("STATE_LOCATIVE"));
    /** إضافة (بالإضافة إلى): the إلى after it adds a party, it goes nowhere. */
    static final ProcliticWords ADDITIONS = new ProcliticWords(WORDS.words("ADDITION"));
    /** Words of visiting: the city right after one is where the visit happens (زيارة موسكو). */
    static final ProcliticWords VISITS = new ProcliticWords(WORDS.words("VISIT"));
    /** Prepositions as often partitive as locative (عدد من الشهداء): no action cue after them. */
    static final ProcliticWords PARTITIVES = new ProcliticWords(WORDS.words("PARTITIVE"));
    /** Longest run of a hashtag before a name in it. */
    static final int MAX_HASHTAG_CHARS = 80;
    /** How many tokens before the preposition (or after a place fronted at its clause's start) an action word may stand. */
    static final int ACTION_WINDOW = 8;
    /** How far back for a name that is also an ordinary word: the action must govern the preposition. */
    static final int WORD_ACTION_WINDOW = 5;
    /** The attached preposition that locates (بإدلب); ل and ك do not (لضمان is "to ensure"). */
    static final char LOCATIVE_PROCLITIC = 'ب';
    /**
     * The attached preposition "to", locative after an action (وصلت التعزيزات للرقة). An attached ب
     * after one is as often instrumental (أصيب بجروح، قتل بالرصاص): it stays a plain preposition.
     */
    static final char ALLATIVE_PROCLITIC = 'ل';
    private static final String ARTICLE = "ال";
    /** Punctuation that ends the stretch an action cue reaches over: sentence ends, colons, lines. */
    private static final String SENTENCE_ENDS = ".!?؟؛;:\n";

    private LocativeCues() {
    }

    /**
     * The strongest cue for the mention over tokens {@code [first, last]} with proclitic
     * {@code prefix} and normalized name {@code name}; {@code before} is the word before it, or null.
     * {@code word}: the name is also an ordinary word, so a plural noun before it may be its noun.
     */
    static Cue of(String text, List<Token> tokens, int first, int last, String prefix, String name, @Nullable Word before,
            MentionFilter.Neighbours around, boolean word, boolean loose) {
        if (MentionFilter.in(before, FRONT_NOUNS)) {
            // جبهة جديدة، مجزرة مروعة: an ordinary word with no article that agrees with the feminine
            // noun is its adjective; one that does not is a name (جبهة مهين)
            boolean adjective = word && !name.startsWith(ARTICLE) && name.charAt(name.length() - 1) == FEMININE_ENDING;
            return adjective ? Cue.NONE : Cue.FRONT;
        }
        // A plural noun in construct takes an ordinary complement as often as names (مناطق المعارضة،
        // قرى الحويز): a definite word that only loosely spells a name is its complement.
        boolean complement = loose && name.startsWith(ARTICLE) && MentionFilter.in(before, PLURAL_SETTLEMENT_NOUNS);
        if (isSettlementNoun(before) && !complement) {
            if (!(word && isModifier(before, name))) {
                return Cue.SETTLEMENT_NOUN;
            }
            if (MentionFilter.in(before, AREA_NOUNS)) {
                return Cue.PREPOSITION;
            }
            if (MentionFilter.in(before, HILLS) && !loose && name.startsWith(ARTICLE)) {
                // تل الحارة: the hill of the village beside it, which places it (a definite name only:
                // indefinite ones, تلة خطاب، تل فاس, named villages the gazetteer lacks)
                return Cue.SETTLEMENT_NOUN;
            }
            if (MentionFilter.in(before, LANDFORMS)) {
                // The word names the mountain, valley or plain (جبل الأبيض), which the gazetteer
                // lacks: no list or region after it makes the word a village of its own.
                return Cue.NONE;
            }
        }
        if (!word && isHashtag(text, tokens, first)) {
            return Cue.HASHTAG;
        }
        if (around.secondOfDual()) {
            return Cue.SETTLEMENT_NOUN;
        }
        if (around.continuesList() || around.headsList()) {
            return Cue.LIST;
        }
        if (around.regionFollows()) {
            return Cue.LOCATED;
        }
        boolean apart = MentionFilter.in(before, PREPOSITIONS);
        boolean attached = prefix.indexOf(ALLATIVE_PROCLITIC) >= 0;
        if ((apart && !MentionFilter.in(before, PARTITIVES) || attached)
                && actionBefore(text, tokens, apart ? first - 1 : first, word ? WORD_ACTION_WINDOW : ACTION_WINDOW)) {
            return Cue.ACTION;
        }
        // في سلقين ارتكب الطيران مجزرة: a place fronted before the event told in its clause. Not a
        // definite word, which fronts a time or a place referred back to (في الليل، في المدينة)
        if (apart && !MentionFilter.in(before, PARTITIVES) && !name.startsWith(ARTICLE) && opensClause(tokens, first - 1)
                && actionAfter(tokens, last + 1, ACTION_WINDOW)) {
            return Cue.ACTION;
        }
        return apart || prefix.indexOf(LOCATIVE_PROCLITIC) >= 0 ? Cue.PREPOSITION : Cue.NONE;
    }

    /**
     * Whether an ordinary word after a settlement noun or landform belongs to it rather than naming
     * a place: the adjective of a plural (قرى جديدة), a word of the landform's own name (جبل
     * الأبيض, which is no village الأبيض), or the complement of an area noun with other senses
     * (أطراف الصراع are the parties to the conflict, المنطقة العازلة a buffer zone). An area noun
     * still locates as much as a preposition does (منطقة سلمية, for a district centre).
     */
    private static boolean isModifier(Word noun, String word) {
        return MentionFilter.in(noun, LANDFORMS) || MentionFilter.in(noun, AREA_NOUNS)
                || !word.startsWith(ARTICLE) && MentionFilter.in(noun, PLURAL_SETTLEMENT_NOUNS);
    }

    /**
     * Whether an adjective after a settlement noun or العاصمة may describe it: the noun is not a
     * dual (which takes a dual adjective: قريتي كفريا والفوعة are two names) and the word agrees
     * with it in definiteness (قرية كردية، القرى الكردية، العاصمة المصرية). A name after an
     * indefinite noun keeps its own article (قرية المصرية), and after a definite one takes none.
     */
    static boolean mayDescribe(@Nullable Word noun, String word) {
        if (noun == null) {
            return false;
        }
        boolean capital = false;
        for (String reading : noun.readings()) {
            capital |= CITY_HOLDERS.contains(reading) && reading.startsWith(ARTICLE);
        }
        return (capital || isSettlementNoun(noun) && !MentionFilter.in(noun, DUAL_SETTLEMENT_NOUNS))
                && isDefinite(noun) == word.startsWith(ARTICLE);
    }

    /** Whether the word, with or without the article, is an adjective that describes a settlement (صغيرة، فقيرة). */
    static boolean isSettlementAdjective(String word) {
        return SETTLEMENT_ADJECTIVES.contains(word.startsWith(ARTICLE) ? word.substring(ARTICLE.length()) : word);
    }

    /** Whether a noun token carries the article, after any proclitic (المدينة، بالمدينة، للمدينة). */
    private static boolean isDefinite(Word noun) {
        for (String reading : noun.readings()) {
            if (reading.startsWith(ARTICLE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name at {@code first} (its proclitic {@code prefix}) stands where a venue does: after
     * في or an attached ب, after a word of visiting (زيارة موسكو), or after مدينة or العاصمة that
     * follows في or carries ب (بمدينة جدة، في مدينة جدة).
     */
    static boolean isVenue(List<Token> tokens, int first, String prefix) {
        if (prefix.indexOf(LOCATIVE_PROCLITIC) >= 0) {
            return true;
        }
        if (first == 0) {
            return false;
        }
        Word before = tokens.get(first - 1).word();
        if (MentionFilter.in(before, VENUE_PREPOSITIONS) || MentionFilter.in(before, VISITS)) {
            return true;
        }
        boolean afterIn = first >= 2 && MentionFilter.in(tokens.get(first - 2).word(), VENUE_PREPOSITIONS);
        if (isCityNoun(before.normalized())) {
            return afterIn;
        }
        for (Proclitics.Split split : Proclitics.splits(before.normalized())) {
            if (isCityNoun(split.remainder())) {
                return split.prefix().indexOf(LOCATIVE_PROCLITIC) >= 0 || afterIn;
            }
        }
        return false;
    }

    /** Whether a word without proclitics is مدينة or العاصمة, with the article or without. */
    private static boolean isCityNoun(String word) {
        return CITY_HOLDERS.contains(word) || CITY_HOLDERS.contains(ARTICLE + word);
    }

    /** Whether the word (with or without a proclitic) is a settlement or area noun: بلدة، منطقة...; false for none. */
    static boolean isSettlementNoun(@Nullable Word word) {
        return MentionFilter.in(word, SETTLEMENT_NOUNS);
    }

    /** {@link #isSettlementNoun(Word)} for a normalized form that is no token's word. */
    static boolean isSettlementNoun(String form) {
        return !form.isEmpty() && SETTLEMENT_NOUNS.containsAfterProclitic(form);
    }

    /**
     * Whether the token stands in a hashtag: right after {@code #}, or after words joined to one by
     * underscores (#قصف_كفرنبل، #ريف_إدلب_الجنوبي), within {@link #MAX_HASHTAG_CHARS}.
     */
    static boolean isHashtag(String text, List<Token> tokens, int first) {
        int i = tokens.get(first).start() - 1;
        int limit = Math.max(-1, i - MAX_HASHTAG_CHARS);
        if (i < 0 || text.charAt(i) != '#' && text.charAt(i) != '_') {
            return false;
        }
        while (i > limit) {
            char c = text.charAt(i);
            if (c == '#') {
                return true;
            }
            if (c != '_' && !ArabicNormalizer.isTokenChar(c)) {
                return false;
            }
            i--;
        }
        return false;
    }

    /**
     * An action word within {@link #ACTION_WINDOW} tokens before token {@code at}, in its clause or
     * the clause before when this one is joined to it by و and shares its verb (وقتل تسعة في ...،
     * وثلاثة آخرون في ...).
     */
    private static boolean actionBefore(String text, List<Token> tokens, int at, int window) {
        boolean crossed = false;
        for (int k = at - 1; k >= 0 && k >= at - window; k--) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            if (t.clause() != next.clause()) {
                if (crossed || endsSentence(text, t.end(), next.start()) || next.normalized().charAt(0) != 'و') {
                    return false;
                }
                crossed = true;
            }
            if (WordTable.isAny(t, ACTIONS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code at} is the first of its clause. */
    private static boolean opensClause(List<Token> tokens, int at) {
        return at == 0 || tokens.get(at - 1).clause() != tokens.get(at).clause();
    }

    /** An action word among the {@code window} tokens from {@code from} on, in the clause of the token before it. */
    private static boolean actionAfter(List<Token> tokens, int from, int window) {
        int clause = tokens.get(from - 1).clause();
        for (int k = from; k < tokens.size() && k < from + window && tokens.get(k).clause() == clause; k++) {
            if (WordTable.isAny(tokens.get(k), ACTIONS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word that stands for the one before token {@code first}: the plural settlement noun a list
     * opens with (قرى عدة منها X، أحياء أخرى من بينها X: قرى، أحياء), else the word right before; null
     * before the first token.
     */
    static @Nullable Word wordBefore(List<Token> tokens, int first) {
        if (first <= 0) {
            return null;
        }
        Word before = tokens.get(first - 1).word();
        int k = first - 1;
        while (k > 0 && first - k <= MAX_LIST_OPENERS && LIST_OPENERS.containsAfterProclitic(tokens.get(k).word())
                && tokens.get(k).clause() == tokens.get(first).clause()) {
            k--;
            Word noun = tokens.get(k).word();
            if (PLURAL_SETTLEMENT_NOUNS.containsAfterProclitic(noun) && tokens.get(k).clause() == tokens.get(first).clause()) {
                return noun;
            }
        }
        return before;
    }
}
