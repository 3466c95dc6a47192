package org.maydan.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.maydan.gazetteer.GeoparsedText;
import org.maydan.gazetteer.Geoparser;
import org.maydan.gazetteer.Toponym;
import org.maydan.gazetteer.text.Sentence;
import org.maydan.gazetteer.text.TokenizedText;

/**
 * Assembles the events of an article, following the annotation conventions of
 * {@code shared/eval/README.md}. The geoparser reads the text once (tokens, sentences, place
 * mentions); the cue lexicon marks each sentence; a {@link SentenceReader} turns each sentence into
 * event candidates, carrying a {@link SentenceState} from one to the next; {@link ArticleMerge}
 * merges them into the article's events. The steps, each in its own class:
 * <ul>
 *   <li>triggers and their types: {@link EventClassifier};</li>
 *   <li>which places may place an event: {@link PlaceEligibility};</li>
 *   <li>groups of triggers and their places: {@link TriggerGrouping}, {@link EventPlaces};</li>
 *   <li>dates: {@link EventDating} over {@link DateResolver}; counts: {@link FatalityParser};</li>
 *   <li>the article-level merges: {@link ArticleMerge}.</li>
 * </ul>
 * A sentence with a killed count and places but no trigger elaborates the sentence before: it takes
 * its types and date ("وقتل تسعة أشخاص في بلدة X" after a report of air strikes). Thread-safe.
 */
public final class EventExtractor {

    private static final CueLexicon LEXICON = CueLexicon.load();

    private final Geoparser geoparser;

    public EventExtractor(Geoparser geoparser) {
        this.geoparser = Objects.requireNonNull(geoparser);
    }

    /** The places and events of one article. */
    public Extraction extract(NewsArticle article) {
        String text = article.text();
        GeoparsedText document = geoparser.read(text);
        TokenizedText tokens = document.text();
        List<Sentence> sentences = tokens.sentences();
        List<List<CueLexicon.Match>> cues = LEXICON.bySentence(tokens);
        List<PlaceMention> mentions = PlaceMention.of(document.mentions());
        SentenceReader reader = new SentenceReader(tokens, cues, mentions, article.published());
        List<EventCandidate> candidates = new ArrayList<>();
        SentenceState state = SentenceState.START;
        for (int si = 0; si < sentences.size(); si++) {
            state = reader.read(si, state, candidates);
        }
        List<ExtractedEvent> events = new ArticleMerge(mentions).merge(candidates, text);
        List<ExtractedPlace> places = new ArrayList<>(document.places().size());
        for (Toponym t : document.places()) {
            places.add(ExtractedPlace.of(t));
        }
        List<ExtractedPlace> placed = new ArrayList<>(document.mentions().size());
        for (Toponym t : document.mentions()) {
            if (t.bestGuess() != null) {
                placed.add(ExtractedPlace.of(t));
            }
        }
        return new Extraction(article.id(), places, events, placed);
    }
}
