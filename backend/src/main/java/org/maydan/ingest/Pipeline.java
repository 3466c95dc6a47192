package org.maydan.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.maydan.article.ArticlePlace;
import org.maydan.event.EventPlace;
import org.maydan.event.NewEvent;
import org.maydan.event.Span;
import org.maydan.extract.Article;
import org.maydan.extract.EventExtractor;
import org.maydan.extract.ExtractedEvent;
import org.maydan.extract.Extraction;
import org.maydan.extract.Geoparser;
import org.maydan.extract.Toponym;
import org.maydan.system.RequestRefusedException;
import org.springframework.http.HttpStatus;

/**
 * The extraction pipeline as ingest runs it: an article's text in, the places it names and the
 * events it reports out, ready to store. The geoparser is looked up on first use, so a server without a gazetteer still serves
 * reads and answers writes with 503. Events the map cannot show are left out: those without a
 * date or without coordinates.
 */
public class Pipeline {

    private final Supplier<Optional<Geoparser>> geoparser;
    private volatile @Nullable EventExtractor extractor;

    /** A pipeline over the geoparser that {@code geoparser} finds, if any, when first needed. */
    public Pipeline(Supplier<Optional<Geoparser>> geoparser) {
        this.geoparser = geoparser;
    }

    /** A pipeline over this geoparser. */
    public static Pipeline over(Geoparser geoparser) {
        return new Pipeline(() -> Optional.of(geoparser));
    }

    /**
     * What the pipeline makes of one text.
     *
     * @param places the places it names, first mention each
     * @param findings its events, in text order
     */
    record Output(List<ArticlePlace> places, List<Finding> findings) {}

    /**
     * The places and events of one text.
     *
     * @throws RequestRefusedException (503) when no geoparser is available
     */
    Output run(String text, @Nullable LocalDate published) {
        Extraction extraction = extractor().extract(Article.of("ingest", text, published));
        List<ArticlePlace> places = extraction.places().stream().map(t -> new ArticlePlace(t.ref(), t.surface(),
                t.name(), t.nameAr(), t.kind(), t.lat(), t.lon(), t.confidence(), t.start(), t.end())).toList();
        List<Finding> findings = new ArrayList<>();
        for (ExtractedEvent e : extraction.events()) {
            Toponym t = e.place();
            if (e.date() == null || t.lat() == null || t.lon() == null) {
                continue;
            }
            EventPlace place = new EventPlace(t.ref(), t.name(), t.nameAr(), t.admin1(), null, t.lat(), t.lon());
            NewEvent event = new NewEvent(e.subEventType(), place, e.date(), precision(e.timePrecision()),
                    precision(e.geoPrecision()));
            Span trigger = e.triggerEnd() > e.triggerStart() ? new Span(e.triggerStart(), e.triggerEnd()) : null;
            findings.add(new Finding(event, e.evidence(), new Span(e.evidenceStart(), e.evidenceEnd()),
                    new Span(t.start(), t.end()), trigger, e.fatalities()));
        }
        return new Output(places, findings);
    }

    /**
     * Loads the geoparser now, so that a batch job stops before its first article when there is none.
     *
     * @throws RequestRefusedException (503) when no geoparser is available
     */
    void requireGeoparser() {
        extractor();
    }

    private EventExtractor extractor() {
        EventExtractor current = extractor;
        if (current == null) {
            synchronized (this) {
                if (extractor == null) {
                    extractor = new EventExtractor(geoparser.get().orElseThrow(() -> new RequestRefusedException(
                            HttpStatus.SERVICE_UNAVAILABLE, RequestRefusedException.UNAVAILABLE, "No geoparser",
                            "articles cannot be processed: this build has no geoparser (gazetteer) to find places")));
                }
                current = extractor;
            }
        }
        return current;
    }

    private static int precision(int value) {
        return Math.max(NewEvent.EXACT, Math.min(NewEvent.COARSEST, value));
    }
}
