package org.maydan.extract;

import java.util.List;

/**
 * What one article yields: its distinct places (first mention each), its events in text order, and
 * every resolved place mention (so that a store can say how often each place is named).
 */
public record Extraction(String articleId, List<ExtractedPlace> places, List<ExtractedEvent> events,
        List<ExtractedPlace> mentions) {

    public Extraction {
        places = List.copyOf(places);
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
    }

    /** An extraction whose mentions are its places. */
    public Extraction(String articleId, List<ExtractedPlace> places, List<ExtractedEvent> events) {
        this(articleId, places, events, places);
    }
}
