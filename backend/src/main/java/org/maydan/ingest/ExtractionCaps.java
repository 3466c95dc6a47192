package org.maydan.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.article.ArticlePlace;
import org.maydan.event.Span;

/**
 * Bounds what one article may add to the store, whatever its text: at most
 * {@link IngestProperties#maxPlacesPerArticle()} places and {@link IngestProperties#maxEventsPerArticle()}
 * events (the first in text order), and evidence sentences of at most
 * {@link IngestProperties#maxEvidenceChars()} characters. A longer sentence is cut to a window of
 * whole words around its place and trigger; the window's span replaces the sentence's, so the
 * evidence is still exactly the text between its offsets.
 */
final class ExtractionCaps {

    private final int maxEvents;
    private final int maxPlaces;
    private final int maxEvidence;

    ExtractionCaps(IngestProperties properties) {
        this.maxEvents = properties.maxEventsPerArticle();
        this.maxPlaces = properties.maxPlacesPerArticle();
        this.maxEvidence = properties.maxEvidenceChars();
    }

    /**
     * The output within the caps.
     *
     * @param text the article text the output's offsets point into
     */
    Bounded apply(String text, Pipeline.Output output) {
        List<ArticlePlace> places = ArticlePlace.merge(output.places());
        List<Finding> findings = output.findings();
        int leftOut = Math.max(0, findings.size() - maxEvents);
        List<Finding> kept = new ArrayList<>(Math.min(findings.size(), maxEvents));
        for (Finding f : findings.subList(0, findings.size() - leftOut)) {
            kept.add(f.sentence().length() > maxEvidence ? cut(text, f) : f);
        }
        return new Bounded(new Pipeline.Output(places.subList(0, Math.min(places.size(), maxPlaces)), kept), leftOut);
    }

    /**
     * An output within the caps.
     *
     * @param output what is stored
     * @param eventsLeftOut events found beyond the cap
     */
    record Bounded(Pipeline.Output output, int eventsLeftOut) {}

    /** The finding with its sentence cut to a window of whole words around the place (and trigger). */
    private Finding cut(String text, Finding f) {
        Span sentence = f.sentenceSpan();
        Span trigger = f.triggerSpan();
        int coreStart = f.placeSpan().start();
        int coreEnd = f.placeSpan().end();
        if (trigger != null && Math.max(coreEnd, trigger.end()) - Math.min(coreStart, trigger.start()) <= maxEvidence) {
            coreStart = Math.min(coreStart, trigger.start());
            coreEnd = Math.max(coreEnd, trigger.end());
        }
        int slack = Math.max(0, maxEvidence - (coreEnd - coreStart));
        int start = Math.max(sentence.start(), coreStart - slack / 2);
        int end = Math.min(sentence.end(), start + maxEvidence);
        start = Math.max(sentence.start(), Math.min(start, end - maxEvidence));
        start = wordStart(text, start, coreStart);
        end = wordEnd(text, end, coreEnd);
        Span window = new Span(start, end);
        @Nullable Span keptTrigger = trigger != null && within(trigger, window) ? trigger : null;
        return new Finding(f.event(), text.substring(start, end), window, f.placeSpan(), keptTrigger, f.fatalities());
    }

    /** The first word start at or after {@code at}, not past {@code limit}. */
    private static int wordStart(String text, int at, int limit) {
        if (at == 0 || Character.isWhitespace(text.charAt(at - 1))) {
            return skipSpace(text, at, limit);
        }
        int i = at;
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < limit ? skipSpace(text, i, limit) : at;
    }

    /** The last word end at or before {@code at}, not before {@code limit}. */
    private static int wordEnd(String text, int at, int limit) {
        if (at == text.length() || Character.isWhitespace(text.charAt(at))) {
            return trimSpace(text, at, limit);
        }
        int i = at;
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > limit ? trimSpace(text, i, limit) : at;
    }

    private static int skipSpace(String text, int at, int limit) {
        int i = at;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimSpace(String text, int at, int limit) {
        int i = at;
        while (i > limit && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean within(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }
}
