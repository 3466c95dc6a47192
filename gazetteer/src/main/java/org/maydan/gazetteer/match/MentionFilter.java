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
import org.maydan.gazetteer.text.Proclitics;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.WordTable;

/**
 * Decides from the words around it whether a gazetteer name found in text is a place mention here:
 * not a dateline or timestamp label, not part of an organisation or person name, not a country
 * acting, and, for names that are also ordinary words or given names, marked as a place by a cue
 * (a settlement noun, a front, a hashtag or a list of places it continues). Stateless.
 */
public final class MentionFilter {

    /** Why a name is not a place mention. */
    public enum Rejection {
        /** Agency or town label at the head of an article: "سمارت - إدلب". */
        DATELINE,
        /** Place label of a timestamp: "15:54 دمشق". */
        TIMESTAMP,
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
        NO_CUE
    }

    /** A name in the text: the scanner's match and its first and last token. */
    public record Mention(NameMatch match, int first, int last) {
    }

    /** The cue and the candidates left if the name is a place, else why not. */
    public record Verdict(Cue cue, List<Candidate> candidates, @Nullable Rejection rejection) {

        public boolean isPlace() {
            return rejection == null;
        }

        static Verdict rejected(Rejection why) {
            return new Verdict(Cue.NONE, List.of(), why);
        }
    }

    private static final WordTable WORDS = WordTable.load(MentionFilter.class, Lexicon.DIR + "cue-words.tsv");
    /** Nouns for settlements and areas that make the next name a place. */
    static final Set<String> SETTLEMENT_NOUNS = WORDS.words("SETTLEMENT");
    /** Nouns that admit a neighbourhood as the next name. */
    static final Set<String> NEIGHBOURHOOD_NOUNS = WORDS.words("NEIGHBOURHOOD");
    /** محافظة: before a name shared by a governorate and its capital, the governorate. */
    public static final String GOVERNORATE_NOUN = WORDS.word("GOVERNORATE");
    /** A name this short left after a proclitic is more likely a word (وكالة is not وك + الة). */
    static final int SHORT_REMAINDER = 3;
    /** A front: the next name is the place of the front, not an organisation. */
    static final Set<String> FRONT_NOUNS = WORDS.words("FRONT");
    /** Settlement and front nouns as an array, for the scanner's per-token test. */
    static final String[] SETTLEMENT_OR_FRONT = Stream.concat(SETTLEMENT_NOUNS.stream(),
            FRONT_NOUNS.stream()).toArray(String[]::new);
    /** Heads of organisation and operation names: a place up to three words later is inside one. */
    static final Set<String> ORGANISATION_HEADS = WORDS.words("ORGANISATION");
    /** Locative words and prepositions. */
    static final Set<String> PREPOSITIONS = WORDS.words("PREPOSITION");
    /** Kinship words and titles before a person's name. */
    static final Set<String> PERSON_HEADS = WORDS.words("PERSON_HEAD");
    /** Verbs of saying: a name right after one is its subject, a person. */
    static final Set<String> SPEECH_VERBS = WORDS.words("SPEECH_VERB");
    /** Words after a name that make it a person's: علي بن ... */
    static final Set<String> PERSON_TAILS = WORDS.words("PERSON_TAIL");
    /**
     * Names that are also the plural head of a construct phrase: حماة is "protectors of" in
     * حماة الديار، حماة الوطن (militias, slogans), the city otherwise.
     */
    static final Set<String> CONSTRUCT_HEADS = WORDS.words("CONSTRUCT_HEAD");
    /** Abstract nouns that complete such a construct: what the protectors protect. */
    static final Set<String> CONSTRUCT_COMPLEMENTS = WORDS.words("CONSTRUCT_COMPLEMENT");
    /** How far back an organisation head may stand. */
    static final int ORGANISATION_WINDOW = 3;
    /** Longest line still read as a dateline or byline. */
    static final int MAX_DATELINE_CHARS = 60;
    private static final String DASHES = "-–—";
    private static final String PREPOSITION_PROCLITICS = "بل";

    private final Lexicon lexicon;

    public MentionFilter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The verdict on a mention. {@code continuesList}: the previous token ends a place mention and
     * this one is joined to it by و or a comma.
     */
    public Verdict judge(String text, List<Token> tokens, Mention m, boolean continuesList) {
        NameMatch match = m.match();
        if (match.best().quality() == MatchQuality.REGION_PHRASE) {
            return new Verdict(Cue.REGION_PHRASE, match.candidates(), null);
        }
        if (isTimestampLabel(text, match.start() - match.prefix().length())) {
            return Verdict.rejected(Rejection.TIMESTAMP);
        }
        if (isDateline(text, match.start() - match.prefix().length(), match.end())) {
            return Verdict.rejected(Rejection.DATELINE);
        }
        String name = match.name();
        if (isFunctionWord(match) && !isHashtag(text, tokens, m)) {
            return Verdict.rejected(Rejection.FUNCTION_WORD);
        }
        String before = m.first() > 0 ? tokens.get(m.first() - 1).normalized() : "";
        boolean locative = in(before, PREPOSITIONS) || hasPrepositionProclitic(match.prefix());
        if (lexicon.isCountry(name) && !locative) {
            return Verdict.rejected(Rejection.ACTOR);
        }
        List<Candidate> candidates = withoutActors(match.candidates(), locative);
        if (lexicon.isCountry(name)) {
            candidates = candidates.stream().filter(c -> c.place().kind() == PlaceKind.COUNTRY)
                    .toList();
        }
        if (candidates.isEmpty()) {
            return Verdict.rejected(Rejection.ACTOR);
        }
        if (!in(before, NEIGHBOURHOOD_NOUNS) && !isHashtag(text, tokens, m)) {
            candidates = candidates.stream().filter(c -> c.place().kind() != PlaceKind.NEIGHBOURHOOD)
                    .toList();
            if (candidates.isEmpty()) {
                return Verdict.rejected(Rejection.NO_CUE);
            }
        }
        boolean front = !before.isEmpty() && in(before, FRONT_NOUNS);
        if (!front && insideOrganisation(text, tokens, m.first())) {
            return Verdict.rejected(Rejection.ORGANISATION);
        }
        if (isPersonName(tokens, m, before)) {
            return Verdict.rejected(Rejection.PERSON);
        }
        if (!in(before, SETTLEMENT_NOUNS) && isConstructHead(text, tokens, m)) {
            return Verdict.rejected(Rejection.COMMON_WORD);
        }
        Cue cue = cue(text, tokens, m, before, front, continuesList, locative);
        boolean strongCue = cue != Cue.PREPOSITION && cue != Cue.NONE;
        if (!strongCue && lexicon.isCommonWord(name)) {
            return Verdict.rejected(Rejection.COMMON_WORD);
        }
        if (!strongCue && lexicon.isGivenName(name)) {
            return Verdict.rejected(Rejection.GIVEN_NAME);
        }
        boolean loose = candidates.stream().allMatch(c -> c.quality() != MatchQuality.EXACT);
        if (cue == Cue.NONE && loose && m.first() == m.last()) {
            return Verdict.rejected(Rejection.NO_CUE);
        }
        boolean variant = candidates.stream().allMatch(c -> c.quality() == MatchQuality.VOWEL_VARIANT);
        if (variant && (!strongCue || cue == Cue.LIST || lexicon.isCommonWord(name)
                || lexicon.isGivenName(name))) {
            return Verdict.rejected(Rejection.NO_CUE);
        }
        return new Verdict(cue, candidates, null);
    }

    /**
     * Function words and frequent verbs, words that are themselves cues (مدينة، جيش), names read
     * after the proclitic ك (كبيرة is not ك + بيرة) or leaving three letters or fewer after a two-letter proclitic or a loose match (بلاده is
     * not بل + اده, وكالة not وك + الة).
     */
    private boolean isFunctionWord(NameMatch match) {
        String name = match.name();
        boolean single = name.indexOf(' ') < 0;
        if (match.prefix().indexOf('ك') >= 0) {
            return true;
        }
        boolean loose = match.candidates().stream().allMatch(c -> c.quality() != MatchQuality.EXACT);
        if (!match.prefix().isEmpty() && name.length() <= SHORT_REMAINDER
                && (loose || match.prefix().length() > 1)) {
            return true;
        }
        return single && (lexicon.isFunctionWord(name) || SETTLEMENT_NOUNS.contains(name)
                || PREPOSITIONS.contains(name) || ORGANISATION_HEADS.contains(name)
                || PERSON_HEADS.contains(name) || FRONT_NOUNS.contains(name));
    }

    private static boolean isHashtag(String text, List<Token> tokens, Mention m) {
        int tokenStart = tokens.get(m.first()).start();
        return tokenStart > 0 && text.charAt(tokenStart - 1) == '#';
    }

    private static Cue cue(String text, List<Token> tokens, Mention m, String before, boolean front,
            boolean continuesList, boolean locative) {
        if (front) {
            return Cue.FRONT;
        }
        if (in(before, SETTLEMENT_NOUNS)) {
            return Cue.SETTLEMENT_NOUN;
        }
        if (isHashtag(text, tokens, m)) {
            return Cue.HASHTAG;
        }
        if (continuesList) {
            return Cue.LIST;
        }
        return locative ? Cue.PREPOSITION : Cue.NONE;
    }

    /**
     * Candidates without countries and foreign places, unless a locative word stands before; none
     * if the name is a country's (تركيا is the country, not the Syrian village of that name).
     */
    private static List<Candidate> withoutActors(List<Candidate> candidates, boolean locative) {
        boolean country = candidates.stream().anyMatch(c -> c.place().kind() == PlaceKind.COUNTRY);
        if (country && !locative) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Place p = c.place();
            boolean syria = "SY".equals(p.country());
            if (p.kind() == PlaceKind.COUNTRY && syria) {
                continue;
            }
            boolean foreign = p.kind() == PlaceKind.COUNTRY || (!syria && !p.country().isEmpty());
            if (!foreign || locative) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean insideOrganisation(String text, List<Token> tokens, int first) {
        for (int k = 1; k <= ORGANISATION_WINDOW && first - k >= 0; k++) {
            Token t = tokens.get(first - k);
            if (breaksPhrase(text, t.end(), tokens.get(first - k + 1).start())) {
                return false;
            }
            String word = t.normalized();
            if (in(word, ORGANISATION_HEADS)) {
                return true;
            }
            if (in(word, PREPOSITIONS) || in(word, SETTLEMENT_NOUNS)) {
                return false;
            }
        }
        return false;
    }

    /** A construct head (حماة) directly followed by its complement (الديار): a noun phrase. */
    private static boolean isConstructHead(String text, List<Token> tokens, Mention m) {
        int next = m.last() + 1;
        return m.first() == m.last() && CONSTRUCT_HEADS.contains(m.match().name())
                && next < tokens.size()
                && !breaksPhrase(text, tokens.get(m.last()).end(), tokens.get(next).start())
                && CONSTRUCT_COMPLEMENTS.contains(tokens.get(next).normalized());
    }

    private static boolean isPersonName(List<Token> tokens, Mention m, String before) {
        if (!m.match().prefix().isEmpty()) {
            return false;
        }
        if (PERSON_HEADS.contains(before) || SPEECH_VERBS.contains(before)) {
            return true;
        }
        int next = m.last() + 1;
        return next < tokens.size() && PERSON_TAILS.contains(tokens.get(next).normalized());
    }

    /** Sentence punctuation or a line break between two tokens ends a name phrase. */
    private static boolean breaksPhrase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '،' || c == ',' || c == ':' || c == '؛' || c == ';' || c == '\n'
                    || c == '!' || c == '?' || c == '؟') {
                return true;
            }
        }
        return false;
    }

    private static boolean isTimestampLabel(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        boolean colon = false;
        boolean digits = false;
        while (i >= 0 && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ':')) {
            colon |= text.charAt(i) == ':';
            digits |= Character.isDigit(text.charAt(i));
            i--;
        }
        return colon && digits;
    }

    /** A name next to a dash on a short line ("سمارت - إدلب"); the dash is checked first, as it is cheap. */
    private static boolean isDateline(String text, int start, int end) {
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean dash = (after < text.length() && DASHES.indexOf(text.charAt(after)) >= 0)
                || (before >= 0 && DASHES.indexOf(text.charAt(before)) >= 0);
        if (!dash) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        return text.substring(lineStart, lineEnd).strip().length() <= MAX_DATELINE_CHARS;
    }

    private static boolean hasPrepositionProclitic(String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (PREPOSITION_PROCLITICS.indexOf(prefix.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token (with or without a proclitic) is a settlement or area noun: بلدة، منطقة... */
    public static boolean isSettlementNoun(String token) {
        return in(token, SETTLEMENT_NOUNS);
    }

    /** Whether the token, or the token without a proclitic, is in the set. */
    static boolean in(String token, Set<String> words) {
        if (words.contains(token)) {
            return true;
        }
        for (Proclitics.Split split : Proclitics.splits(token)) {
            if (words.contains(split.remainder())) {
                return true;
            }
        }
        return false;
    }
}
