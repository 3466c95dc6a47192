package org.maydan.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.maydan.article.ArticlePlace;
import org.maydan.event.EventPlace;
import org.maydan.event.NewEvent;
import org.maydan.event.Span;
import org.maydan.extract.EventExtractor;
import org.maydan.extract.ExtractedEvent;
import org.maydan.extract.ExtractedPlace;
import org.maydan.extract.Extraction;
import org.maydan.extract.NewsArticle;
import org.maydan.gazetteer.Geoparser;

/**
 * The extraction pipeline as ingest runs it: an article's text in, the places it names and the
 * events it reports out, ready to store. Events the map cannot show are left out: those without a
 * date.
 */
public class Pipeline {

    private final Supplier<Geoparser> geoparser;

    /**
     * A pipeline over the geoparser {@code geoparser} gives, asked once per article (a test stands
     * for a gazetteer update by giving another).
     */
    public Pipeline(Supplier<Geoparser> geoparser) {
        this.geoparser = geoparser;
    }

    /** A pipeline over this geoparser. */
    public static Pipeline over(Geoparser geoparser) {
        return new Pipeline(() -> geoparser);
    }

    /**
     * What the pipeline makes of one text.
     *
     * @param places the places it names, one per ref: its first mention, and how many there are
     * @param findings its events, in text order
     */
    record Output(List<ArticlePlace> places, List<Finding> findings) {}

    /** The places and events of one text. */
    Output run(String text, @Nullable LocalDate published) {
        Extraction extraction = new EventExtractor(geoparser.get()).extract(NewsArticle.of("ingest", text, published));
        Map<String, Integer> mentions = new HashMap<>();
        extraction.mentions().forEach(t -> mentions.merge(t.ref(), 1, Integer::sum));
        List<ArticlePlace> places = ArticlePlace.merge(extraction.places().stream().map(t -> new ArticlePlace(t.ref(),
                t.surface(), t.name(), t.nameAr(), t.kind(), t.lat(), t.lon(), t.confidence(), t.start(), t.end()))
                .toList()).stream().map(p -> p.withMentions(Math.max(p.mentions(), mentions.getOrDefault(p.ref(), 0))))
                .toList();
        List<Finding> findings = new ArrayList<>();
        for (ExtractedEvent e : extraction.events()) {
            ExtractedPlace t = e.place();
            if (e.date() == null) {
                continue;
            }
            EventPlace place = new EventPlace(t.ref(), t.name(), t.nameAr(), t.admin1(), null, t.lat(), t.lon());
            NewEvent event = new NewEvent(e.subEventType(), place, e.date(), precision(e.timePrecision()),
                    precision(e.geoPrecision()), e.confidence(), e.dateApproximate());
            Span trigger = e.triggerEnd() > e.triggerStart() ? new Span(e.triggerStart(), e.triggerEnd()) : null;
            findings.add(new Finding(event, e.evidence(), new Span(e.evidenceStart(), e.evidenceEnd()),
                    new Span(t.start(), t.end()), trigger, e.fatalities()));
        }
        return new Output(places, findings);
    }

    /** Gets the geoparser now, so that a batch job stops before its first article if it cannot. */
    void requireGeoparser() {
        geoparser.get();
    }

    private static int precision(int value) {
        return Math.max(NewEvent.EXACT, Math.min(NewEvent.COARSEST, value));
    }
}
