package org.maydan.evaluate;

import java.util.List;

/** One line of the predictions file: what the extractor found in one article. */
public record Prediction(String id, List<PredictedPlace> places, List<PredictedEvent> events) {

    public Prediction {
        places = List.copyOf(places);
        events = List.copyOf(events);
    }

    /** What is predicted for an article missing from the predictions file. */
    public static Prediction empty(String id) {
        return new Prediction(id, List.of(), List.of());
    }
}
