package org.maydan.gazetteer;

import java.util.List;
import org.maydan.gazetteer.Candidate.MatchQuality;
import org.maydan.gazetteer.match.MentionFilter;
import org.maydan.gazetteer.match.MentionFilter.Mention;
import org.maydan.gazetteer.match.MentionFilter.Rejection;
import org.maydan.gazetteer.match.MentionFilter.Verdict;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;
import org.maydan.gazetteer.text.Word;

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
    /**
     * Most tokens from a mention to the region that ends its list: a list of some ten places (and
     * a bound on the work per mention in a text of thousands of names).
     */
    static final int MAX_LIST_REACH = 30;
    /** Most tokens of the locative before a named region (في منطقة). */
    private static final int MAX_REGION_LEAD = 2;
    /** The attached preposition ب. */
    private static final String AT = "ب";
    /** Most tokens from a plural settlement noun to the item of its list a weak name is. */
    static final int MAX_PLURAL_LIST = 24;
    /** Two names next to each other with candidates this close may name one place. */
    static final double SAME_PLACE_KM = 5.0;
    /** How many candidates of each of two side-by-side names are compared for one place. */
    static final int SAME_PLACE_CANDIDATES = 16;

    private NeighbouringMentions() {
    }

    /**
     * Two place names next to each other with nothing between, neither a region phrase (قرية
     * حمادة عمر, where the gazetteer knows حمادة and عمر but not the village): words of one longer
     * name, so neither is a place on its own; unless both may name one place ({@link #sharePlace}).
     * A place followed by an ordinary word that only spells a name (مدينة تدمر الأثرية: no place) stays.
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
            if (adjacent && sharePlace(verdicts.get(i).candidates(), verdicts.get(i + 1).candidates())) {
                verdicts.set(i + 1, Verdict.rejected(Rejection.SAME_PLACE));
            } else if (adjacent) {
                verdicts.set(i, Verdict.rejected(Rejection.INSIDE_NAME));
                verdicts.set(i + 1, Verdict.rejected(Rejection.INSIDE_NAME));
            }
        }
    }

    /**
     * Whether two names next to each other may name one place: a candidate of each lies within
     * {@link #SAME_PLACE_KM} of the other, as a town's Arabic name and its Kurdish one do (رأس العين
     * سري كانيه); the first then names it and the second adds nothing.
     */
    private static boolean sharePlace(List<Candidate> a, List<Candidate> b) {
        // the best-ranked few suffice, and bound the work where every name has dozens of homonyms
        for (Candidate x : a.subList(0, Math.min(a.size(), SAME_PLACE_CANDIDATES))) {
            for (Candidate y : b.subList(0, Math.min(b.size(), SAME_PLACE_CANDIDATES))) {
                if (x.place().id().equals(y.place().id()) || x.place().geoPrecision() == 1
                        && y.place().geoPrecision() == 1
                        && x.place().distanceKm(y.place().lat(), y.place().lon()) <= SAME_PLACE_KM) {
                    return true;
                }
            }
        }
        return false;
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
     * and counts as its list. A qualifier right after the place (الجنوبية) is still that place.
     */
    static boolean continuesList(TokenizedText tokenized, int previousLast, Mention m) {
        String text = tokenized.text();
        List<Token> tokens = tokenized.tokens();
        int first = m.first();
        if (first > 0 && tokens.get(first).inParentheses() && !tokens.get(first - 1).inParentheses()
                && (first - 1 == previousLast
                        || first > 1 && MentionFilter.isSettlementNoun(tokens.get(first - 2).word()))) {
            return true;
        }
        if (first == 0 || !m.match().prefix().startsWith("و") && !ledByConjunction(text, tokens, first)) {
            return false;
        }
        int sentence = tokenized.sentenceOf(first);
        int item = 0;
        boolean led = true;
        for (int k = first - 1; k >= 0 && first - k <= MAX_LIST_GAP + 1; k--) {
            if (tokenized.sentenceOf(k) != sentence || lineBreakBetween(text, tokens.get(k).end(), tokens.get(k + 1).start())) {
                return false;
            }
            if (MentionFilter.isSettlementNoun(tokens.get(k).word())) {
                // قرية كردية، خطف منها: a settlement described by an adjective names none, so opens no list
                return k + 1 == first || !MentionFilter.describesSettlement(tokens.get(k).word(), tokens.get(k + 1).normalized());
            }
            if (k == previousLast) {
                return led;
            }
            if (k == previousLast + 1 && MentionFilter.isQualifier(tokens.get(k).normalized())) {
                // قرى المشيرفة الجنوبية ورسم الطويل: the qualifier of a place the gazetteer has without it
                continue;
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
     * Whether a plural or dual settlement noun opens the list that mention {@code m} continues: it is
     * led by و or a comma, and so is every item back to the one right after the noun, none longer
     * than {@link #MAX_LIST_ITEM} tokens, in one sentence and line (قرى X وY وZ، قريتي X وY). A
     * singular noun on the way (بلدة X وY) opens none.
     */
    static boolean pluralNounOpens(TokenizedText tokenized, Mention m) {
        String text = tokenized.text();
        List<Token> tokens = tokenized.tokens();
        int first = m.first();
        if (first == 0 || !m.match().prefix().startsWith("و") && !ledByConjunction(text, tokens, first)) {
            return false;
        }
        int sentence = tokenized.sentenceOf(first);
        int item = 0;
        for (int k = first - 1; k >= 0 && first - k <= MAX_PLURAL_LIST; k--) {
            if (tokenized.sentenceOf(k) != sentence || lineBreakBetween(text, tokens.get(k).end(), tokens.get(k + 1).start())) {
                return false;
            }
            Word word = tokens.get(k).word();
            if (MentionFilter.isSettlementNoun(word)) {
                return MentionFilter.isPluralSettlementNoun(word) || MentionFilter.isDualSettlementNoun(word);
            }
            if (++item > MAX_LIST_ITEM) {
                return false;
            }
            if (ledByConjunction(text, tokens, k)) {
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
        return noun - 1 == previousLast && MentionFilter.isSettlementNoun(tokens.get(noun).word())
                && ledByConjunction(tokenized.text(), tokens, noun);
    }

    /** Whether token {@code k} starts with و, is preceded by a standalone و, or follows a comma. */
    static boolean ledByConjunction(String text, List<Token> tokens, int k) {
        String word = tokens.get(k).normalized();
        if (word.charAt(0) == 'و' || k == 0) {
            return word.charAt(0) == 'و';
        }
        return tokens.get(k - 1).normalized().equals("و")
                || MentionFilter.hasComma(text, tokens.get(k - 1).end(), tokens.get(k).start());
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
                && (gap == 0 || gap == 1 && MentionFilter.isPreposition(tokens.get(m.last() + 1).word()));
    }

    /**
     * The index of the region phrase that ends the list mention {@code m} heads or continues, or -1:
     * the countryside after the last place of a list holds every place of it (قرى X الجنوبية وY
     * وعنق Z بريف حمص الشرقي), not only the one it stands next to. Between the mention and the
     * phrase, in one sentence and line, stand only the mention's qualifiers (الجنوبية) and items led
     * by و or a comma, each of at most {@link #MAX_LIST_ITEM} tokens and each holding a name the
     * gazetteer found (so that a clause of its own, وقتلت مدنيين في ريف حمص, ends the list); the
     * last may end in a preposition (في ريف). A phrase right after the mention is
     * {@link #regionFollows}.
     */
    static int regionEndsList(TokenizedText tokenized, List<NameMatch> matches, int[] starts, int i, Mention m) {
        for (int r = i + 1; r < matches.size(); r++) {
            int at = starts[r];
            if (at - m.last() > MAX_LIST_REACH) {
                return -1;
            }
            if (matches.get(r).best().quality() == MatchQuality.REGION_PHRASE) {
                return r > i + 1 && listReaches(tokenized, starts, i, m, r, at) ? r : -1;
            }
        }
        return -1;
    }

    /**
     * The index of the named region (a match whose place is a {@link PlaceKind#REGION}: الحولة، جبل
     * الزاوية) that the text puts mention {@code m}, or the list it heads or continues, inside, or -1:
     * after في or an attached ب, with an area noun or not (كفرلاها والطيبة بمنطقة الحولة، X في منطقة
     * الحولة، X بجبل الزاوية). The list is read as for {@link #regionEndsList}.
     */
    static int namedRegionAfter(TokenizedText tokenized, List<NameMatch> matches, int[] starts, int i, Mention m) {
        List<Token> tokens = tokenized.tokens();
        for (int r = i + 1; r < matches.size(); r++) {
            NameMatch region = matches.get(r);
            int at = starts[r];
            if (at - m.last() > MAX_LIST_REACH) {
                return -1;
            }
            if (region.best().quality() == MatchQuality.REGION_PHRASE || region.best().place().kind() != PlaceKind.REGION) {
                continue;
            }
            int lead = at;
            boolean locative = region.prefix().contains(AT);
            while (lead > m.last() + 1 && at - lead < MAX_REGION_LEAD) {
                Word word = tokens.get(lead - 1).word();
                if (MentionFilter.isSettlementNoun(word) || MentionFilter.isPreposition(word)) {
                    locative |= word.normalized().startsWith(AT) || MentionFilter.isPreposition(word);
                    lead--;
                } else {
                    break;
                }
            }
            return locative && (lead == m.last() + 1 || listReaches(tokenized, starts, i, m, r, lead)) ? r : -1;
        }
        return -1;
    }

    /**
     * Whether the tokens from mention {@code m} to token {@code region} (where match {@code r}
     * starts, or its locative lead) are only m's qualifiers and list items, in one sentence and line;
     * {@code starts} holds the first token of each match.
     */
    private static boolean listReaches(TokenizedText tokenized, int[] starts, int i, Mention m, int r, int region) {
        List<Token> tokens = tokenized.tokens();
        String text = tokenized.text();
        if (tokenized.sentenceOf(region) != tokenized.sentenceOf(m.last())
                || lineBreakBetween(text, tokens.get(m.last()).end(), tokens.get(region).start())) {
            return false;
        }
        int k = m.last() + 1;
        while (k < region && MentionFilter.isQualifier(tokens.get(k).normalized())) {
            k++;
        }
        int nextMatch = i + 1;
        boolean items = false;
        while (k < region) {
            if (!ledByConjunction(text, tokens, k)) {
                return false;
            }
            int end = k + 1;
            while (end < region && !ledByConjunction(text, tokens, end)) {
                end++;
            }
            boolean named = false;
            while (nextMatch < r && starts[nextMatch] < end) {
                named |= starts[nextMatch] >= k;
                nextMatch++;
            }
            if (end - k > MAX_LIST_ITEM || !named) {
                return false;
            }
            items = true;
            k = end;
        }
        return items;
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


    /**
     * Whether chars {@code [from, to)} hold a line break: only the stretch between two tokens is
     * read, where looking for the next line break from {@code from} could read to the text's end.
     */
    static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}
