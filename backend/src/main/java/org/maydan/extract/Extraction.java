package org.maydan.extract;

import java.util.List;

/** What one article yields: its distinct places (first mention each) and its events in text order. */
public record Extraction(String articleId, List<ExtractedPlace> places, List<ExtractedEvent> events) {

    public Extraction {
        places = List.copyOf(places);
        events = List.copyOf(events);
    }
}
