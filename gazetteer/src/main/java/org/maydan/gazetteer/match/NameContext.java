package org.maydan.gazetteer.match;

import java.util.List;
import java.util.Set;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.WordTable;

/**
 * Where a name stands when it is no place of the text: the label of a dateline or timestamp, inside
 * an organisation's or a person's name, or the head of a construct phrase (حماة الديار). The words
 * are lists of {@code cue-words.tsv}. Stateless.
 */
final class NameContext {

    private static final WordTable WORDS = WordTable.load(NameContext.class, Lexicon.DIR + "cue-words.tsv");
    /** Heads of organisation and operation names: a place up to three words later is inside one. */
    static final Set<String> ORGANISATION_HEADS = WORDS.words("ORGANISATION");
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

    private NameContext() {
    }

    /** Whether an organisation head stands up to {@link #ORGANISATION_WINDOW} words before, in the phrase. */
    static boolean insideOrganisation(String text, List<Token> tokens, int first) {
        for (int k = 1; k <= ORGANISATION_WINDOW && first - k >= 0; k++) {
            Token t = tokens.get(first - k);
            if (breaksPhrase(text, t.end(), tokens.get(first - k + 1).start())) {
                return false;
            }
            String word = t.normalized();
            if (MentionFilter.in(word, ORGANISATION_HEADS)) {
                return true;
            }
            if (MentionFilter.in(word, LocativeCues.PREPOSITIONS) || MentionFilter.in(word, LocativeCues.SETTLEMENT_NOUNS)) {
                return false;
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
     * after it.
     */
    static boolean isPersonName(String text, List<Token> tokens, int first, int last, String prefix,
            String before, Lexicon lexicon) {
        if (!prefix.isEmpty()) {
            return false;
        }
        if (PERSON_HEADS.contains(before) || SPEECH_VERBS.contains(before)) {
            return true;
        }
        if (first > 0 && lexicon.isGivenName(before) && !lexicon.isFunctionWord(before)
                && !MentionFilter.in(before, LocativeCues.PREPOSITIONS)
                && !breaksPhrase(text, tokens.get(first - 1).end(), tokens.get(first).start())) {
            return true;
        }
        int next = last + 1;
        return next < tokens.size() && PERSON_TAILS.contains(tokens.get(next).normalized());
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
     * short line with a date after it ("دمشق 18 يونيو"). The dash and the digit are checked first, as
     * they are cheap.
     */
    static boolean isDateline(String text, int start, int end) {
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
        boolean opensLine = before < 0 || text.charAt(before) == '\n';
        boolean dated = opensLine && after < text.length() && Character.isDigit(text.charAt(after));
        if (!dash && !dated) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        return text.substring(lineStart, lineEnd).strip().length() <= MAX_DATELINE_CHARS;
    }
}
