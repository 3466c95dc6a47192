package org.maydan.extract;

import java.util.List;
import org.maydan.gazetteer.GeoparsedText;
import org.maydan.gazetteer.text.Sentence;
import org.maydan.gazetteer.text.TokenizedText;

/**
 * A short text of our own read as the extractor reads it: the geoparser's tokens and place mentions
 * over the test gazetteer ({@link TestGeoparser}) and the cue lexicon's matches per sentence.
 */
record ReadText(String text, TokenizedText tokens, List<List<CueLexicon.Match>> cues, List<PlaceMention> mentions) {

    private static final CueLexicon LEXICON = CueLexicon.load();

    static ReadText of(String text) {
        GeoparsedText document = TestGeoparser.standard().read(text);
        List<List<CueLexicon.Match>> cues = LEXICON.bySentence(document.text());
        return new ReadText(text, document.text(), cues, PlaceMention.of(document.mentions()));
    }

    Sentence sentence(int i) {
        return tokens.sentences().get(i);
    }

    /** The triggers of sentence {@code i}, as the classifier reads them in body text with no sentence before. */
    List<EventClassifier.Trigger> triggers(int i) {
        boolean[] dateTokens = new boolean[tokens.tokens().size()];
        Sentence s = sentence(i);
        List<DateResolver.DateMention> dates = DateResolver.find(tokens.text(), tokens.tokens(), s.firstToken(), s.endToken(), null);
        EventDating.mark(dateTokens, dates, true);
        return EventClassifier.of(tokens.tokens(), cues, mentions).classify(cues.get(i), SentenceState.START.instruments(), dateTokens,
                !dates.isEmpty());
    }

    /** The places as written, joined by commas. */
    String surfaces(List<PlaceMention> places) {
        return String.join(",", places.stream().map(p -> p.place().surface()).toList());
    }
}
