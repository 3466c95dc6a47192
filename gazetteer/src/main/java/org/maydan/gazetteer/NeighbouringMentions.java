package org.maydan.gazetteer;

import java.util.List;
import org.maydan.gazetteer.Candidate.MatchQuality;
import org.maydan.gazetteer.match.MentionFilter;
import org.maydan.gazetteer.match.MentionFilter.Mention;
import org.maydan.gazetteer.match.MentionFilter.Rejection;
import org.maydan.gazetteer.match.MentionFilter.Verdict;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;

/**
 * What the mentions of a text tell about each other, for the {@link Geoparser}: which continue a
 * list of places, which have their region after them, and which stand side by side as the words of
 * one longer name. Stateless.
 */
final class NeighbouringMentions {

    /** Most tokens of one unknown item between two places of a list (وسن الديب). */
    static final int MAX_LIST_ITEM = 3;
    /** Most tokens between two places of one list. */
    static final int MAX_LIST_GAP = 6;

    private NeighbouringMentions() {
    }

    /**
     * Two place names next to each other with nothing between, neither a region phrase (قرية
     * حمادة عمر, where the gazetteer knows حمادة and عمر but not the village): words of one longer
     * name, so neither is a place on its own. A place followed by an ordinary word that only spells a
     * name (مدينة تدمر الأثرية: no place) stays.
     */
    static void rejectAdjacentNames(String text, List<Token> tokens, List<NameMatch> matches,
            List<Mention> mentions, List<Verdict> verdicts) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            boolean adjacent = verdicts.get(i).isPlace() && verdicts.get(i + 1).isPlace()
                    && a.last() + 1 == b.first() && b.match().prefix().isEmpty()
                    && matches.get(i).best().quality() != MatchQuality.REGION_PHRASE
                    && matches.get(i + 1).best().quality() != MatchQuality.REGION_PHRASE
                    && onlySpaceBetween(text, tokens.get(a.last()).end(), tokens.get(b.first()).start());
            if (adjacent) {
                verdicts.set(i, Verdict.rejected(Rejection.INSIDE_NAME));
                verdicts.set(i + 1, Verdict.rejected(Rejection.INSIDE_NAME));
            }
        }
    }

    static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether mention {@code m} is an item of a list that the place ending at token
     * {@code previousLast}, or a settlement noun (قرى، بلدات), opened in the same sentence and line: it is led
     * by و or a comma, and so is every item between them, none longer than {@link #MAX_LIST_ITEM}
     * tokens (names the gazetteer lacks may stand between: قرى الف وباء وجيم), at most
     * {@link #MAX_LIST_GAP} tokens in all. A name in brackets right after a place, or after the name
     * a settlement noun introduced, is another name of it, as in quoted posts (محور "الكويرة" (كورة)),
     * and counts as its list.
     */
    static boolean continuesList(TokenizedText tokenized, int previousLast, Mention m) {
        String text = tokenized.text();
        List<Token> tokens = tokenized.tokens();
        int first = m.first();
        if (first > 0 && tokens.get(first).inParentheses() && !tokens.get(first - 1).inParentheses()
                && (first - 1 == previousLast
                        || first > 1 && MentionFilter.isSettlementNoun(tokens.get(first - 2).normalized()))) {
            return true;
        }
        if (first == 0 || !m.match().prefix().startsWith("و") && !ledByConjunction(text, tokens, first)) {
            return false;
        }
        int sentence = tokenized.sentenceOf(first);
        int item = 0;
        boolean led = true;
        for (int k = first - 1; k >= 0 && first - k <= MAX_LIST_GAP + 1; k--) {
            int lineBreak = text.indexOf('\n', tokens.get(k).end());
            if (tokenized.sentenceOf(k) != sentence || lineBreak >= 0 && lineBreak < tokens.get(k + 1).start()) {
                return false;
            }
            if (MentionFilter.isSettlementNoun(tokens.get(k).normalized())) {
                return true;
            }
            if (k == previousLast) {
                return led;
            }
            if (++item > MAX_LIST_ITEM) {
                return false;
            }
            led = ledByConjunction(text, tokens, k);
            if (led) {
                item = 0;
            }
        }
        return false;
    }

    /**
     * Whether the mention ending at {@code previousLast} is right before the next item of a list that
     * its own settlement noun leads, joined by و or a comma (تسيل وبلدة جلين، X، وقرية Y): the first
     * is a list member as much as the second.
     */
    static boolean precedesNamedItem(TokenizedText tokenized, int previousLast, Mention next) {
        int noun = next.first() - 1;
        List<Token> tokens = tokenized.tokens();
        return noun - 1 == previousLast && MentionFilter.isSettlementNoun(tokens.get(noun).normalized())
                && ledByConjunction(tokenized.text(), tokens, noun);
    }

    /** Whether token {@code k} starts with و, is preceded by a standalone و, or follows a comma. */
    static boolean ledByConjunction(String text, List<Token> tokens, int k) {
        String word = tokens.get(k).normalized();
        if (word.charAt(0) == 'و' || k == 0) {
            return word.charAt(0) == 'و';
        }
        return tokens.get(k - 1).normalized().equals("و")
                || hasComma(text, tokens.get(k - 1).end(), tokens.get(k).start());
    }

    /**
     * Whether the match after match {@code i} is a region phrase right after mention {@code m}, or
     * after one preposition (كفرنبل بريف إدلب، كفرنبل في ريف إدلب، كفرنبل جنوب معرة النعمان), in
     * the same clause: the text says where the place lies.
     */
    static boolean regionFollows(List<Token> tokens, List<NameMatch> matches, int i, Mention m) {
        if (i + 1 >= matches.size() || matches.get(i + 1).best().quality() != MatchQuality.REGION_PHRASE) {
            return false;
        }
        int next = tokenAt(tokens, matches.get(i + 1).start());
        int gap = next - m.last() - 1;
        return tokens.get(next).clause() == tokens.get(m.last()).clause()
                && (gap == 0 || gap == 1 && MentionFilter.isPreposition(tokens.get(m.last() + 1).normalized()));
    }

    /**
     * {@link #tokenAt(List, int)} read on from token {@code from}, which is quicker for an offset
     * a few tokens on; for one before token {@code from}, the token is searched for.
     */
    static int tokenAt(List<Token> tokens, int at, int from) {
        if (from >= tokens.size() || tokens.get(from).start() > at) {
            return tokenAt(tokens, at);
        }
        int t = from;
        while (t + 1 < tokens.size() && tokens.get(t + 1).start() <= at) {
            t++;
        }
        return t;
    }

    /** Index of the token containing char offset {@code at}. */
    static int tokenAt(List<Token> tokens, int at) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tokens.get(mid).start() <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }


    static boolean hasComma(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '،' || text.charAt(i) == ',') {
                return true;
            }
        }
        return false;
    }
}
