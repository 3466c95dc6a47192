package org.maydan.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.article.ArticleJsonl;
import org.maydan.gazetteer.GeoPoint;

/**
 * Reads the gold file (format of {@code shared/eval/README.md}) and the predictions file (the
 * extraction contract of ARCHITECTURE.md), one JSON object per line, through {@link ArticleJsonl}
 * (blank lines skipped, editor line numbers). Every line needs a unique text {@code id}.
 * Fields the scorer does not use are ignored. Anything it does use that is missing or of the wrong
 * shape is a {@link MalformedInputException} naming file and line.
 */
final class JsonlInput {

    private JsonlInput() {
    }

    static List<GoldArticle> readGold(Path file) throws IOException {
        return read(file, (node, line) -> new GoldArticle(id(node, file, line),
                each(node, "places", file, line, p -> goldPlace(p, file, line)),
                each(node, "events", file, line, e -> new GoldEvent(text(e, "sub_event_type", file, line),
                        text(e, "place", file, line), date(e, file, line)))));
    }

    static List<Prediction> readPredictions(Path file) throws IOException {
        return read(file, (node, line) -> {
            List<PredictedPlace> places = each(node, "places", file, line, p -> new PredictedPlace(
                    optionalText(p, "surface"), optionalText(p, "name"), optionalText(p, "name_ar"),
                    optionalText(p, "kind"), point(p, file, line)));
            return new Prediction(id(node, file, line), places, predictedEvents(node, places, file, line));
        });
    }

    private static GoldPlace goldPlace(JsonNode p, Path file, int line) {
        String kind = text(p, "kind", file, line);
        return new GoldPlace(text(p, "surface", file, line), optionalText(p, "name"),
                GoldKind.parse(kind).orElseThrow(() -> new MalformedInputException(file, line,
                        "unknown place kind '" + kind + "'")),
                point(p, file, line), p.hasNonNull("ref") ? p.get("ref").asText() : null);
    }

    /** Events located by their own lat/lon or else by the predicted place they name. */
    private static List<PredictedEvent> predictedEvents(JsonNode node, List<PredictedPlace> places, Path file,
            int line) {
        List<PredictedPlace> located = places.stream().filter(p -> p.point() != null).toList();
        return each(node, "events", file, line, e -> {
            String place = optionalText(e, "place");
            GeoPoint point = point(e, file, line);
            if (point == null) {
                point = located.stream().filter(p -> p.names().contains(place)).findFirst()
                        .or(() -> located.stream().filter(p -> PlaceNames.anySame(p.names(), List.of(place))).findFirst())
                        .map(PredictedPlace::point).orElse(null);
            }
            return new PredictedEvent(text(e, "sub_event_type", file, line), place, point, date(e, file, line));
        });
    }

    private interface LineParser<T> {
        T parse(JsonNode node, int line);
    }

    private interface NodeParser<T> {
        T parse(JsonNode node);
    }

    private static <T> List<T> read(Path file, LineParser<T> parser) throws IOException {
        List<T> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (ArticleJsonl in = ArticleJsonl.open(file)) {
            for (ArticleJsonl.Line line = in.next(); line != null; line = in.next()) {
                JsonNode node;
                try {
                    node = line.object();
                } catch (ArticleJsonl.InvalidLineException e) {
                    throw new MalformedInputException(file, line.number(), e.getMessage());
                }
                String id = id(node, file, line.number());
                if (!ids.add(id)) {
                    throw new MalformedInputException(file, line.number(), "duplicate id '" + id + "'");
                }
                items.add(parser.parse(node, line.number()));
            }
        }
        return items;
    }

    private static String id(JsonNode node, Path file, int line) {
        return text(node, "id", file, line);
    }

    private static <T> List<T> each(JsonNode node, String field, Path file, int line, NodeParser<T> parser) {
        JsonNode array = node.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new MalformedInputException(file, line, "'" + field + "' must be an array");
        }
        List<T> items = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw new MalformedInputException(file, line, "'" + field + "' must hold objects");
            }
            items.add(parser.parse(item));
        }
        return items;
    }

    private static String text(JsonNode node, String field, Path file, int line) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new MalformedInputException(file, line, "missing or non-text '" + field + "'");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static @Nullable GeoPoint point(JsonNode node, Path file, int line) {
        JsonNode lat = node.get("lat");
        JsonNode lon = node.get("lon");
        boolean latAbsent = lat == null || lat.isNull();
        boolean lonAbsent = lon == null || lon.isNull();
        if (latAbsent && lonAbsent) {
            return null;
        }
        if (latAbsent || lonAbsent || !lat.isNumber() || !lon.isNumber()) {
            throw new MalformedInputException(file, line, "'lat' and 'lon' must both be numbers or both null");
        }
        try {
            return new GeoPoint(lat.asDouble(), lon.asDouble());
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException(file, line, e.getMessage());
        }
    }

    private static @Nullable LocalDate date(JsonNode node, Path file, int line) {
        JsonNode value = node.get("date");
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new MalformedInputException(file, line, "date '" + value.asText() + "' is not YYYY-MM-DD");
        }
    }
}
