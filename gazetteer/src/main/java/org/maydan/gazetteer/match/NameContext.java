package org.maydan.gazetteer.match;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.text.ArabicNormalizer;
import org.maydan.gazetteer.text.ProcliticWords;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.Word;
import org.maydan.gazetteer.text.WordTable;

/**
 * Where a name stands when it is no place of the text: the label of a dateline or timestamp, inside
 * an organisation's or a person's name, or the head of a construct phrase (حماة الديار). The words
 * are lists of {@code cue-words.tsv}. Stateless.
 */
final class NameContext {

    /** The tanween marks, fathatan to kasratan (U+064B to U+064D). */
    private static final char FATHATAN = '\u064B';
    private static final char KASRATAN = '\u064D';
    /** The feminine ending of a relative adjective, normalized (عسكرية، أميركية). */
    private static final String NISBA = "يه";

    private static final WordTable WORDS = WordTable.load(NameContext.class, Lexicon.DIR + "cue-words.tsv");
    /** Heads of organisation and operation names: a place up to three words later is inside one. */
    static final ProcliticWords ORGANISATION_HEADS = new ProcliticWords(WORDS.words("ORGANISATION"));
    /** Adjectives that close an organisation's name after a place in it (مركز حلب الإعلامي). */
    static final ProcliticWords ORGANISATION_TAILS = new ProcliticWords(WORDS.words("ORGANISATION_TAIL"));
    /** Adjectives of a group's name before في and its field: الدولة الإسلامية في العراق. */
    private static final ProcliticWords ORGANISATION_IN = new ProcliticWords(WORDS.words("ORGANISATION_IN"));
    /** Kinship words and titles before a person's name. */
    static final Set<String> PERSON_HEADS = WORDS.words("PERSON_HEAD");
    /** أول، الركن: words that complete a rank before a person's name. */
    private static final Set<String> RANK_QUALIFIERS = WORDS.words("RANK_QUALIFIER");
    /** Verbs of saying and stating: a name right after one is its subject, a person or a government. */
    static final ProcliticWords SPEECH_VERBS = new ProcliticWords(WORDS.words("SPEECH_VERB"));
    /** Words after a name that make it a person's: علي بن ...، X المتحدثة باسم ... */
    static final Set<String> PERSON_TAILS = WORDS.words("PERSON_TAIL");
    /**
     * Names that are also the plural head of a construct phrase: حماة is "protectors of" in
     * حماة الديار، حماة الوطن (militias, slogans), the city otherwise.
     */
    static final Set<String> CONSTRUCT_HEADS = WORDS.words("CONSTRUCT_HEAD");
    /** Abstract nouns that complete such a construct: what the protectors protect. */
    static final Set<String> CONSTRUCT_COMPLEMENTS = WORDS.words("CONSTRUCT_COMPLEMENT");
    /** Month names of both calendars (آب، تشرين، أيار، مايو). */
    static final Set<String> MONTHS = WORDS.words("MONTH");
    /** الأول and الثاني: which of two months of one name (تشرين الثاني). */
    static final Set<String> MONTH_ORDINALS = WORDS.words("MONTH_ORDINAL");
    /** Adjectives that locate or describe a place after its name (الواقعة، الشمالي، المحاصرة). */
    static final Set<String> PLACE_ATTRIBUTES = WORDS.words("PLACE_ATTRIBUTE");
    /** Words of backing: after one and من comes who backs a force (المدعومة من أنقرة), an actor. */
    static final Set<String> BACKERS = WORDS.words("BACKER");
    /** Nouns of relations (العلاقات، التقارب): the names after بين that follow one are parties. */
    static final Set<String> RELATIONS = WORDS.words("RELATION");
    /** Measures against a government (عقوبات، ضغوط): the name after على that follows one bears them. */
    static final Set<String> SANCTIONS = WORDS.words("SANCTION");
    /** مشاركة: the name right after it takes part. */
    static final Set<String> PARTICIPATIONS = WORDS.words("PARTICIPATION");
    /** بين and على, normalized. */
    private static final String BETWEEN = ArabicNormalizer.normalize("بين");
    private static final String ON = ArabicNormalizer.normalize("على");
    private static final String WITH = ArabicNormalizer.normalize("مع");
    /** The 24 that ends a local newsroom's name (درعا 24، السويداء 24). */
    private static final String ROUND_THE_CLOCK = "24";
    /** How far after بين the second party of a relation may stand (بين الرياض ودمشق). */
    private static final int PARTY_WINDOW = 3;
    /** The preposition من, normalized. */
    private static final String FROM = ArabicNormalizer.normalize("من");
    private static final String IN = ArabicNormalizer.normalize("في");
    private static final String ARTICLE = "ال";
    /** و and the article: a definite word coordinated with the one before. */
    private static final String AND_ARTICLE = "و" + ARTICLE;
    /** Proclitics that may stand before the article of a definite word (والمعبر، بالمدينة). */
    private static final String BEFORE_ARTICLE = "وفبك";
    /** How far back an organisation head may stand. */
    static final int ORGANISATION_WINDOW = 3;
    /** Longest line still read as a dateline or byline. */
    static final int MAX_DATELINE_CHARS = 60;
    /** Dashes, and the tatweel some sites write as one (الحسكة ـ خاص). */
    private static final String DASHES = "-–—ـ";

    private NameContext() {
    }

    /**
     * Whether an organisation head stands up to {@link #ORGANISATION_WINDOW} words before, in the
     * phrase, or في after an adjective of a group's name (الدولة الإسلامية في العراق).
     */
    static boolean insideOrganisation(String text, List<Token> tokens, int first) {
        if (first >= 2 && tokens.get(first - 1).normalized().equals(IN)
                && MentionFilter.in(tokens.get(first - 2).word(), ORGANISATION_IN)) {
            return true;
        }
        for (int k = 1; k <= ORGANISATION_WINDOW && first - k >= 0; k++) {
            Token t = tokens.get(first - k);
            if (breaksPhrase(text, t.end(), tokens.get(first - k + 1).start())) {
                return false;
            }
            Word word = t.word();
            if (MentionFilter.in(word, ORGANISATION_HEADS)) {
                return true;
            }
            if (MentionFilter.in(word, LocativeCues.PREPOSITIONS) || MentionFilter.in(word, LocativeCues.SETTLEMENT_NOUNS)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the name at {@code first} is who backs a force: a word of backing and من before it
     * (الفصائل المدعومة من أنقرة، بدعم من طهران). A government named by its seat, never a place.
     */
    static boolean isBacker(List<Token> tokens, int first) {
        return first >= 2 && tokens.get(first - 1).normalized().equals(FROM)
                && WordTable.isAny(tokens.get(first - 2), BACKERS);
    }

    /**
     * Whether the name at {@code first} (its proclitic {@code prefix}) names a party, a government by
     * its seat or a force, in a frame that only parties fill: after بين that follows a noun of
     * relations, or after و within {@link #PARTY_WINDOW} tokens of such a بين (التقارب بين الرياض
     * ودمشق، التقارب السياسي بين); after على that follows a measure against one, or its adjective
     * (عقوبات جديدة على دمشق); after مع that follows a noun of relations or its adjective (الحوار
     * المباشر مع دمشق); right after مشاركة
     * (بمشاركة دمشق والمعارضة).
     */
    static boolean isParty(String text, List<Token> tokens, int first, String prefix) {
        if (first == 0) {
            return false;
        }
        if (prefix.isEmpty() && WordTable.isAny(tokens.get(first - 1), PARTICIPATIONS)) {
            return true;
        }
        String before = tokens.get(first - 1).normalized();
        if (prefix.isEmpty() && (before.equals(ON) || before.equals(WITH))) {
            // عقوبات على دمشق، عقوبات جديدة على دمشق; الحوار مع دمشق، التطبيع مع أنقرة
            Set<String> frame = before.equals(ON) ? SANCTIONS : RELATIONS;
            for (int k = first - 2; k >= Math.max(0, first - 3); k--) {
                if (WordTable.isAny(tokens.get(k), frame)) {
                    return true;
                }
            }
            return false;
        }
        int from = prefix.equals("و") ? Math.max(1, first - PARTY_WINDOW) : first - 1;
        for (int k = first - 1; k >= from; k--) {
            if (breaksPhrase(text, tokens.get(k).end(), tokens.get(k + 1).start())) {
                return false;
            }
            if (tokens.get(k).normalized().equals(BETWEEN)) {
                // التقارب بين، التقارب السياسي بين
                return k >= 1 && WordTable.isAny(tokens.get(k - 1), RELATIONS)
                        || k >= 2 && WordTable.isAny(tokens.get(k - 2), RELATIONS);
            }
        }
        return false;
    }

    /**
     * Whether the word right after the name, in the phrase, closes an organisation's name: a
     * media centre or news agency named after its town (مركز حماة الإعلامي، شبكة إدلب الإخبارية), or
     * the 24 of a local newsroom's name (شبكة "درعا 24"، موقع درعا 24 المحلي), which closes the name
     * where no counted noun follows (قتل في درعا 24 مدنيا counts the dead).
     */
    static boolean endsOrganisationName(String text, List<Token> tokens, int last) {
        int next = last + 1;
        if (next >= tokens.size() || breaksPhrase(text, tokens.get(last).end(), tokens.get(next).start())) {
            return false;
        }
        if (tokens.get(next).normalized().equals(ROUND_THE_CLOCK)) {
            int after = next + 1;
            return after >= tokens.size() || breaksPhrase(text, tokens.get(next).end(), tokens.get(after).start())
                    || hasQuote(text, tokens.get(next).end(), tokens.get(after).start())
                    || tokens.get(after).normalized().startsWith(ARTICLE);
        }
        return MentionFilter.in(tokens.get(next).word(), ORGANISATION_TAILS);
    }

    private static boolean hasQuote(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '”' || c == '“' || c == '»' || c == '«') {
                return true;
            }
        }
        return false;
    }

    /** A construct head (حماة) directly followed by its complement (الديار): a noun phrase. */
    static boolean isConstructHead(String text, List<Token> tokens, int first, int last, String name) {
        int next = last + 1;
        return first == last && CONSTRUCT_HEADS.contains(name)
                && next < tokens.size()
                && !breaksPhrase(text, tokens.get(last).end(), tokens.get(next).start())
                && CONSTRUCT_COMPLEMENTS.contains(tokens.get(next).normalized());
    }

    /**
     * Whether the name is part of a person's: a title, kinship word or verb of saying before it, a
     * given name before it in the same phrase (محمد خضر; على, read علي, is the preposition), or بن
     * after it. {@code before} is the word before the name, or null; {@code givenName}, whether it
     * is a given name and no function word.
     */
    static boolean isPersonName(String text, List<Token> tokens, int first, int last, String prefix,
            @Nullable Word before, boolean givenName) {
        if (!prefix.isEmpty()) {
            return false;
        }
        String word = before == null ? "" : before.normalized();
        if (PERSON_HEADS.contains(word) || MentionFilter.in(before, SPEECH_VERBS)) {
            return true;
        }
        // المساعد أول "عز الدين": a rank completed by a qualifier before the name
        if (first > 1 && RANK_QUALIFIERS.contains(word)
                && PERSON_HEADS.contains(tokens.get(first - 2).normalized())) {
            return true;
        }
        if (first > 0 && givenName
                && !MentionFilter.in(before, LocativeCues.PREPOSITIONS)
                && !breaksPhrase(text, tokens.get(first - 1).end(), tokens.get(first).start())) {
            return true;
        }
        int next = last + 1;
        return next < tokens.size() && PERSON_TAILS.contains(tokens.get(next).normalized());
    }

    /**
     * Whether a one-word name after a comma is in apposition to what comes before, not the next item
     * of a list: a list's item is followed by the next separator, a conjunction or the place's
     * location (X، Y، وZ; X، Y بريف حماة), where a word in apposition takes its own complement
     * (يبرود، أبرز معاقل الفصائل; غزة، معربة عن أسفها).
     */
    static boolean inApposition(String text, List<Token> tokens, int first, int last, String prefix) {
        if (first != last || first == 0 || !prefix.isEmpty()
                || !hasComma(text, tokens.get(first - 1).end(), tokens.get(first).start())) {
            return false;
        }
        int next = last + 1;
        if (next >= tokens.size() || breaksPhrase(text, tokens.get(last).end(), tokens.get(next).start())) {
            return false;
        }
        Word word = tokens.get(next).word();
        return word.normalized().charAt(0) != 'و' && !MentionFilter.in(word, LocativeCues.PREPOSITIONS)
                && !hasPrepositionProclitic(word.normalized()) && !LocativeCues.isSettlementNoun(word);
    }

    /** Whether chars {@code [from, to)} hold a comma, Arabic or Latin. */
    static boolean hasComma(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '،' || text.charAt(i) == ',') {
                return true;
            }
        }
        return false;
    }

    /** Whether the token starts with ب or ل, read as a proclitic of place (بريف، لريف). */
    private static boolean hasPrepositionProclitic(String word) {
        return word.length() > 3 && (word.charAt(0) == 'ب' || word.charAt(0) == 'ل');
    }

    /**
     * A month name in a date: after a number (5 آب), or before a number, another month's name or
     * الأول / الثاني (آب 2019، آب أغسطس، تشرين الثاني).
     */
    static boolean isMonth(List<Token> tokens, int first, int last, String name) {
        if (first != last || !MONTHS.contains(name)) {
            return false;
        }
        if (first > 0 && tokens.get(first - 1).isNumber()) {
            return true;
        }
        int next = last + 1;
        if (next >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(next);
        String word = after.normalized();
        return after.isNumber() || MONTHS.contains(word) || MONTH_ORDINALS.contains(word);
    }

    /**
     * Whether a single word that is also an ordinary word stands inside a noun phrase, where Arabic
     * grammar leaves no room for a name: an indefinite word directly before a definite one is the
     * head of a construct (حياة المدنيين، ضمان الأمن), and one before an indefinite relative adjective
     * (أهداف أميركية) is the noun it describes; unless the definite one may describe a place (X
     * الواقعة، X الشمالي، X الأثرية: {@link #agreesWithPlace}); a definite word directly after
     * another definite word is its adjective (المعبر الوحيد، نقطة المراقبة التركية), since a definite
     * noun takes no genitive, unless it heads a list ({@code inList}). A name in either place would
     * need a settlement noun before it, which the caller has checked.
     */
    static boolean inNounPhrase(String text, List<Token> tokens, int first, int last, String prefix, String name,
            boolean inList, Lexicon lexicon) {
        if (first != last) {
            return false;
        }
        if (!name.startsWith(ARTICLE)) {
            int next = last + 1;
            if (next >= tokens.size() || breaksPhrase(text, tokens.get(last).end(), tokens.get(next).start())) {
                return false;
            }
            String word = tokens.get(next).normalized();
            if (word.startsWith(AND_ARTICLE)) {
                // بين جبلة واللاذقية: a definite word after و is coordinated, no complement
                return false;
            }
            if (!word.startsWith(ARTICLE)) {
                // أهداف أميركية، مواقع عسكرية: an indefinite relative adjective describes the word before
                return word.length() > NISBA.length() + 2 && word.endsWith(NISBA) && !lexicon.isFunctionWord(word);
            }
            return word.length() > ARTICLE.length() + 1 && !agreesWithPlace(word)
                    && !lexicon.isFunctionWord(word) && !LocativeCues.isSettlementNoun(tokens.get(next).word());
        }
        // A list after a definite subject is the verb's object, not its adjective (قصفت المدفعية
        // الثقيلة X وY).
        if (!prefix.isEmpty() || inList || first == 0
                || breaksPhrase(text, tokens.get(first - 1).end(), tokens.get(first).start())) {
            return false;
        }
        Word before = tokens.get(first - 1).word();
        String word = before.normalized();
        return isDefinite(word) && !lexicon.isFunctionWord(word) && !MentionFilter.in(before, LocativeCues.PREPOSITIONS)
                && !LocativeCues.isSettlementNoun(before);
    }

    /**
     * Whether a definite word may be the adjective of a place name before it: one of
     * {@link #PLACE_ATTRIBUTES}, or feminine singular or dual as adjectives of towns are (تدمر
     * الأثرية، مدينتي X وY الساحليتين). A construct's genitive of that form (حياة الأسرة) is missed.
     */
    private static boolean agreesWithPlace(String word) {
        return PLACE_ATTRIBUTES.contains(word) || word.endsWith("ه") || word.endsWith("تين") || word.endsWith("تان");
    }

    /** A word with the article, alone or after a one-letter proclitic (المعبر، والمعبر، للمعبر). */
    private static boolean isDefinite(String word) {
        int min = ARTICLE.length() + 2;
        if (word.startsWith(ARTICLE)) {
            return word.length() >= min;
        }
        if (word.length() > min && BEFORE_ARTICLE.indexOf(word.charAt(0)) >= 0 && word.startsWith(ARTICLE, 1)) {
            return true;
        }
        return word.length() > min && word.startsWith("لل");
    }

    /** Sentence punctuation or a line break between two tokens ends a name phrase. */
    static boolean breaksPhrase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '،' || c == ',' || c == ':' || c == '؛' || c == ';' || c == '\n'
                    || c == '!' || c == '?' || c == '؟') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name is written with tanween (كراجاً، خوفاً، معربةً): the ending of an indefinite
     * noun or adjective, which a proper name does not take.
     */
    static boolean hasTanween(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= FATHATAN && c <= KASRATAN) {
                return true;
            }
        }
        return false;
    }

    /** A place label before a clock time: "15:54 دمشق". */
    static boolean isTimestampLabel(String text, int start) {
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

    /**
     * A dateline or byline: the name next to a dash on a short line ("سمارت - إدلب"), or opening a
     * short line with a date after it ("دمشق 18 يونيو"), also after the noun of its governorate or
     * settlement ("محافظة حماة – المرصد السوري:: قصفت..."). The dash and the digit are checked first,
     * as they are cheap.
     */
    /** Whether the word ending at {@code last} opens its line and is a governorate or settlement noun. */
    private static boolean nounOpensLine(String text, int last) {
        int first = last + 1;
        while (first > 0 && Character.isLetter(text.charAt(first - 1))) {
            first--;
        }
        int before = first - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (first > last || before >= 0 && text.charAt(before) != '\n') {
            return false;
        }
        String word = ArabicNormalizer.normalize(text.substring(first, last + 1));
        return word.equals(MentionFilter.GOVERNORATE_NOUN) || LocativeCues.isSettlementNoun(word);
    }

    static boolean isDateline(String text, int start, int end) {
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        // "أوغاريت بوست(حلب) - ...": the place in brackets after the outlet's name, then the dash
        boolean bracketed = before >= 0 && text.charAt(before) == '(' && after < text.length() && text.charAt(after) == ')';
        if (bracketed) {
            after++;
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            if (after < text.length() && DASHES.indexOf(text.charAt(after)) >= 0) {
                return true;
            }
        }
        boolean dashAfter = after < text.length() && DASHES.indexOf(text.charAt(after)) >= 0;
        boolean dash = dashAfter || (before >= 0 && DASHES.indexOf(text.charAt(before)) >= 0);
        boolean opensLine = before < 0 || text.charAt(before) == '\n' || dashAfter && nounOpensLine(text, before);
        boolean dated = opensLine && after < text.length() && Character.isDigit(text.charAt(after));
        if (!dash && !dated) {
            return false;
        }
        if (opensLine && dashAfter) {
            // "دمشق - ارتفع عدد الضحايا...": a paragraph opened by a name and a dash, however long
            return true;
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        return text.substring(lineStart, lineEnd).strip().length() <= MAX_DATELINE_CHARS;
    }
}
