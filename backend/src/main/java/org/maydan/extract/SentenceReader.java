package org.maydan.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.text.Sentence;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;

/**
 * Reads the sentences of one article in order, each into event candidates: its triggers
 * ({@link EventClassifier}), the places that may place them ({@link PlaceEligibility}), their
 * groups and places ({@link TriggerGrouping}, {@link EventPlaces}), dates ({@link EventDating})
 * and counts ({@link FatalityParser}). All it carries from one sentence to the next is a
 * {@link SentenceState}.
 */
final class SentenceReader {

    /** A body sentence ends with one of these; a headline with none. */
    private static final String SENTENCE_ENDS = ".!?؟…";

    private final TokenizedText tokenized;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<List<CueLexicon.Match>> cues;
    private final EventClassifier classifier;
    private final PlaceEligibility eligibility;
    private final TriggerGrouping grouping;
    private final EventPlaces eventPlaces;
    private final EventDating dating;
    private final @Nullable PlaceMention firstPlace;
    private final String text;
    /** The first sentence of the body; those before it are headlines. */
    private final int bodyStart;
    /** The tokens of the current sentence's written dates, which are no counts. */
    private final boolean[] dateTokens;

    /** An article's tokens, its cues per sentence, its place mentions and its publication day. */
    SentenceReader(TokenizedText text, List<List<CueLexicon.Match>> cues, List<PlaceMention> mentions,
            @Nullable LocalDate published) {
        this.tokenized = text;
        this.tokens = text.tokens();
        this.text = text.text();
        this.sentences = text.sentences();
        this.cues = cues;
        this.classifier = EventClassifier.of(tokens, cues, mentions);
        this.eligibility = new PlaceEligibility(text, mentions);
        this.firstPlace = mentions.isEmpty() ? null : mentions.get(0);
        this.grouping = new TriggerGrouping(tokens, firstPlace, mentions);
        this.eventPlaces = new EventPlaces(tokens, mentions);
        this.dating = new EventDating(text, published);
        this.dateTokens = new boolean[tokens.size()];
        this.bodyStart = firstBodySentence();
    }

    /** Reads sentence {@code si} after {@code state} into {@code out}; returns the state after it. */
    SentenceState read(int si, SentenceState state, List<EventCandidate> out) {
        Sentence sentence = sentences.get(si);
        List<CueLexicon.Match> ms = cues.get(si);
        EventDating.SentenceDates dates = dating.find(si, sentence, ms);
        EventDating.mark(dateTokens, dates.written(), true);
        boolean headline = si < bodyStart;
        // an archive caption shows an old scene, a "read also" headline another article's event
        boolean elsewhere = classifier.isArchiveCaption(ms)
                || sentence.firstToken() < sentence.endToken()
                        && tokenized.onRelatedLink(tokens.get(sentence.firstToken()).start());
        // a headline's generic strike (قصف على تل رفعت) is of the kind its lead names (بغارة جوية)
        Set<SubEventType> kinds = headline && state.instruments().isEmpty() && bodyStart < sentences.size()
                ? EventClassifier.namedInstruments(cues.get(bodyStart)) : state.instruments();
        List<EventClassifier.Trigger> classified = elsewhere
                ? List.of() : classifier.classify(ms, kinds, dateTokens, !dates.written().isEmpty());
        List<EventClassifier.Trigger> triggers = EventClassifier.standardTypes(classified);
        List<PlaceMention> places = eligibility.eligible(sentence.firstToken(), sentence.endToken(), ms);
        FatalityParser.Reading reading = FatalityParser.read(tokens, ms, sentence.firstToken(), sentence.endToken(),
                dateTokens);
        EventDating.mark(dateTokens, dates.written(), false);

        List<TriggerGroup> groups = grouping.groups(triggers, places);
        SentenceState.LastGroup last = null;
        LocalDate leadDate = state.leadDate();
        SentenceState.LastGroup before = state.lastGroup();
        if (groups.isEmpty() && before != null && !reading.killed().isEmpty() && !places.isEmpty()
                && !TriggerFilter.countsOverPeriod(ms, tokens)) {
            TriggerGroup g = TriggerGroup.elaborating(sentence.firstToken(), before.types(), places);
            g.background = dates.background();
            eventPlaces.add(out, g, before.when(), reading, sentence, ms, null, eligibility.bearing());
        } else {
            grouping.assign(groups, places, ms);
            grouping.dropCircumstances(groups, ms);
            TriggerGroup previous = null;
            boolean groundTaken = false;
            for (TriggerGroup g : groups) {
                grouping.fillEmpty(g, previous, ms, places, state.lastSpecific());
                g.background = dating.background(g, dates);
                g.headline = headline;
                g.means = groundTaken && grouping.followsCause(g, ms);
                groundTaken |= ControlPrecedence.takesGround(g);
                previous = g;
            }
            EventDate[] whens = new EventDate[groups.size()];
            for (int k = 0; k < groups.size(); k++) {
                whens[k] = dating.date(groups.get(k), dates, leadDate);
                if (whens[k] == null) {
                    groups.get(k).types.clear();
                }
            }
            ControlPrecedence.resolve(groups, triggers, tokens, ms);
            for (int k = 0; k < groups.size(); k++) {
                TriggerGroup g = groups.get(k);
                EventDate when = whens[k];
                if (when == null || g.types.isEmpty()) {
                    continue;
                }
                if (when.explicit() && leadDate == null && when.precision() == DateResolver.PRECISION_DAY
                        && !g.background) {
                    leadDate = firstDay(dates.usable(), when.date());
                }
                eventPlaces.add(out, g, when, reading, sentence, ms, firstPlace, eligibility.bearing());
                last = new SentenceState.LastGroup(g.types, when);
            }
        }
        Set<SubEventType> instruments = EventClassifier.instruments(classified);
        return new SentenceState(instruments.isEmpty() ? state.instruments() : instruments, last,
                lastSpecific(places, state.lastSpecific()), leadDate);
    }

    /** The first day the sentence writes, which leads the article; {@code fallback} when none. */
    private static @Nullable LocalDate firstDay(List<DateResolver.DateMention> usable, @Nullable LocalDate fallback) {
        for (DateResolver.DateMention d : usable) {
            if (d.precision() == DateResolver.PRECISION_DAY && d.date() != null) {
                return d.date();
            }
        }
        return fallback;
    }

    /**
     * The index of the first sentence that ends with a full stop: the body starts there, and the
     * lines before it (title, captions, datelines) are headlines, where the present tense reports
     * news ("الجيش يسيطر على X") and events sum up the article.
     */
    private int firstBodySentence() {
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            int end = s.end();
            while (end > s.start() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > s.start() && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0) {
                return si;
            }
        }
        return sentences.size();
    }

    private static @Nullable PlaceMention lastSpecific(List<PlaceMention> places, @Nullable PlaceMention before) {
        PlaceMention last = before;
        for (PlaceMention m : places) {
            if (m.isSpecific()) {
                last = m;
            }
        }
        return last;
    }
}
