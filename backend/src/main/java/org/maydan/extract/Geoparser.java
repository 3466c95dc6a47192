package org.maydan.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds and resolves the toponyms of one text. The gazetteer-backed implementation lives in
 * {@code org.maydan.place}; tests use small dictionary fakes.
 */
public interface Geoparser {

    /**
     * Returns the resolved place mentions of {@code text} in text order; offsets are char offsets
     * into {@code text}. {@code published} may help resolution and may be null.
     */
    List<Toponym> parse(String text, @Nullable LocalDate published);

    /**
     * The mentions of {@code text} and its distinct places (document level, the first mention of
     * each place). The default takes one place per {@link Toponym#ref()}; implementations that know
     * more (a region list written as one phrase, a governorate and its capital named alike) override
     * it, computing both from one pass over the text.
     */
    default Document document(String text, @Nullable LocalDate published) {
        List<Toponym> mentions = parse(text, published);
        List<Toponym> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(Toponym::start));
        Map<String, Toponym> byRef = new LinkedHashMap<>();
        for (Toponym t : ordered) {
            byRef.putIfAbsent(t.ref(), t);
        }
        return new Document(mentions, List.copyOf(byRef.values()));
    }

    /** Every mention of a text (events attach to them) and its distinct places (the output list). */
    record Document(List<Toponym> mentions, List<Toponym> places) {

        public Document {
            mentions = List.copyOf(mentions);
            places = List.copyOf(places);
        }
    }
}
