package org.maydan.gazetteer;

import java.util.List;
import org.maydan.gazetteer.text.TokenizedText;

/**
 * A text as the {@link Geoparser} read it, for the event extractor to read further: its tokens and
 * sentences, the place mentions that may place an event (in text order; every one has a
 * {@link Toponym#bestGuess}) and its distinct places as the extraction contract lists them. The
 * toponyms' token ranges index {@code text}'s tokens.
 */
public record GeoparsedText(TokenizedText text, List<Toponym> mentions, List<Toponym> places) {

    /** Copies the lists. */
    public GeoparsedText {
        mentions = List.copyOf(mentions);
        places = List.copyOf(places);
    }
}
