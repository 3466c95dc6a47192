package org.maydan.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;
import org.maydan.gazetteer.text.WordTable;

/**
 * Which places named in a sentence may place its events. Left out: places in parentheses (an
 * aside such as "(13 كم جنوب إدلب)"), unless the parenthesis only spells the word before it again
 * ("محور كبينة (الكبانة)"); places after a direction or a distance (شرق مدينة حماة، 13 كم) or a
 * reference (التابعة ل، مشفى) that only locate another; where fire came from (المتمركزة في، من
 * مواقعها) and the places coordinated with it; and a place put inside or coordinated with one left
 * out ("جنوب كفرنبل في ريف إدلب").
 */
final class PlaceEligibility {

    private static final int DIRECTION_WINDOW = 3;
    private static final int SOURCE_GAP = 3;
    private static final int ALIAS_CLOSE_REACH = 3;
    private static final Pattern QUOTES_AND_SPACES = Pattern.compile("[\\s\"“”«»']");
    private static final WordTable WORDS = WordTable.load(PlaceEligibility.class, "places.tsv");
    private static final String IN = WORDS.word("IN");
    /** The conjunction و and the preposition ب as proclitics. */
    private static final String AND = "و";
    private static final String AT = "ب";

    private final TokenizedText text;
    private final List<Token> tokens;
    private final List<PlaceMention> mentions;
    private final boolean[] inPlace;

    /** Over the article's tokens and its place mentions, in text order. */
    PlaceEligibility(TokenizedText text, List<PlaceMention> mentions) {
        this.text = text;
        this.tokens = text.tokens();
        this.mentions = mentions;
        this.inPlace = new boolean[tokens.size()];
        for (PlaceMention m : mentions) {
            for (int i = m.from(); i < m.to(); i++) {
                inPlace[i] = true;
            }
        }
    }

    /** The places of the sentence over tokens {@code [from, to)} that may place its events; {@code ms} its cues. */
    List<PlaceMention> eligible(int from, int to, List<CueLexicon.Match> ms) {
        List<PlaceMention> out = new ArrayList<>();
        Set<PlaceMention> sources = sourcePlaces(ms);
        PlaceMention excluded = null;
        for (int k = firstMentionAtOrAfter(from); k < mentions.size() && mentions.get(k).from() < to; k++) {
            PlaceMention m = mentions.get(k);
            if (tokens.get(m.from()).inParentheses() && !alias(m)) {
                continue;
            }
            boolean chained = excluded != null && m.from() - excluded.to() <= PlaceMention.CONTAINMENT_GAP
                    && linked(excluded.to(), m.from());
            if (chained || locatorOnly(m, ms) || sources.contains(m)) {
                excluded = m;
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Index of the first of the mentions (sorted by token) that starts at or after token {@code from}. */
    private int firstMentionAtOrAfter(int from) {
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

    private boolean locatorOnly(PlaceMention m, List<CueLexicon.Match> ms) {
        for (CueLexicon.Match c : ms) {
            boolean locator = c.cue() == Cue.DIRECTION || c.cue() == Cue.REFERENCE
                    || c.cue() == Cue.NEAR && c.start() > 0 && inPlace[c.start() - 1];
            if (locator && !inPlace[c.start()] && c.end() <= m.from() && m.from() - c.end() < DIRECTION_WINDOW
                    && tokens.get(c.start()).inParentheses() == tokens.get(m.from()).inParentheses()
                    && !anyPlace(c.end(), m.from())) {
                return true;
            }
        }
        return false;
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

    private boolean anyPlace(int from, int to) {
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
    private Set<PlaceMention> sourcePlaces(List<CueLexicon.Match> ms) {
        Set<PlaceMention> out = new HashSet<>();
        for (CueLexicon.Match c : ms) {
            if (c.cue() != Cue.SOURCE) {
                continue;
            }
            int reach = c.end();
            for (PlaceMention m : mentions) {
                if (m.from() < c.end()) {
                    continue;
                }
                boolean first = out.stream().noneMatch(o -> o.from() >= c.end());
                boolean near = m.from() - reach <= SOURCE_GAP;
                boolean coordinated = tokens.get(m.from()).normalized().startsWith(AND)
                        || m.from() > 0 && tokens.get(m.from() - 1).normalized().startsWith(AND);
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
}
