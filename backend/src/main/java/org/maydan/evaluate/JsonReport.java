package org.maydan.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * Writes the numbers of an {@link Evaluation} as one JSON document for CI and trend tracking:
 * {@code places}, {@code events}, {@code events_any_date}, {@code events_any_type} (each
 * {@code tp, fp, fn, precision, recall, f1}; a score is null where undefined),
 * {@code event_types} and {@code articles}, plus the counts left out of scoring.
 */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static void write(Evaluation evaluation, Path file) throws IOException {
        JSON.writeValue(file.toFile(), toJson(evaluation));
    }

    static ObjectNode toJson(Evaluation evaluation) {
        ObjectNode root = JSON.createObjectNode();
        root.put("articles_scored", evaluation.articles().size());
        root.put("boundaries", evaluation.boundaries());
        root.set("places", counts(evaluation.places()));
        for (EventRule rule : EventRule.values()) {
            root.set(key(rule), counts(evaluation.events(rule)));
        }
        ObjectNode notScored = root.putObject("not_scored");
        notScored.put("gold_places_without_coordinates", evaluation.excludedGoldPlaces());
        notScored.put("gold_events_without_coordinates", evaluation.excludedGoldEvents());
        notScored.put("predicted_places_naming_them", evaluation.neutralPlaces());
        notScored.put("predicted_events_naming_them", evaluation.neutralEvents());
        ObjectNode types = root.putObject("event_types");
        evaluation.eventsByType().forEach((type, c) -> types.set(type, counts(c)));
        ArrayNode articles = root.putArray("articles");
        for (ArticleScore a : evaluation.articles()) {
            ObjectNode article = articles.addObject();
            article.put("id", a.id());
            article.set("places", counts(a.places()));
            for (EventRule rule : EventRule.values()) {
                article.set(key(rule), counts(a.events(rule)));
            }
        }
        ArrayNode unknown = root.putArray("unknown_prediction_ids");
        evaluation.unknownIds().forEach(unknown::add);
        return root;
    }

    private static String key(EventRule rule) {
        return switch (rule) {
            case STRICT -> "events";
            case ANY_DATE -> "events_any_date";
            case ANY_TYPE -> "events_any_type";
        };
    }

    private static ObjectNode counts(Counts c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("tp", c.truePositives());
        node.put("fp", c.falsePositives());
        node.put("fn", c.falseNegatives());
        score(node, "precision", c.precision());
        score(node, "recall", c.recall());
        score(node, "f1", c.f1());
        return node;
    }

    private static void score(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        } else {
            node.putNull(field);
        }
    }
}
