package org.maydan.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The JSONL contract of ARCHITECTURE.md: articles {@code {"id","text","published","title"?,"url"?,
 * "source"?}} in, {@code {"id","places":[...],"events":[...]}} out. Events also carry {@code ref} and
 * the char spans of their evidence sentence, trigger and place mention.
 */
final class ExtractionJson {

    private static final int ISO_DATE_LENGTH = 10;

    private final ObjectMapper mapper;

    ExtractionJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses one input line; the exception message says what is wrong with it. */
    NewsArticle article(String line) throws InvalidArticleException {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(null, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidArticleException(null, "not a JSON object");
        }
        JsonNode id = node.get("id");
        String idText = id == null || id.isNull() || id.isContainerNode() ? null : id.asText();
        if (idText == null) {
            throw new InvalidArticleException(null, "missing \"id\"");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new InvalidArticleException(idText, "missing or non-string \"text\"");
        }
        return new NewsArticle(idText, text.asText(), published(idText, node.get("published")),
                optional(node, "title"), optional(node, "url"), optional(node, "source"));
    }

    private static @Nullable LocalDate published(String id, @Nullable JsonNode value) throws InvalidArticleException {
        if (value == null || value.isNull()) {
            return null;
        }
        String s = value.asText();
        try {
            return LocalDate.parse(s.length() > ISO_DATE_LENGTH ? s.substring(0, ISO_DATE_LENGTH) : s);
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException(id, "\"published\" is not YYYY-MM-DD: " + s);
        }
    }

    private static @Nullable String optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    ObjectNode toJson(Extraction extraction) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", extraction.articleId());
        ArrayNode places = root.putArray("places");
        for (ExtractedPlace t : extraction.places()) {
            ObjectNode p = places.addObject();
            p.put("surface", t.surface());
            p.put("name", t.name());
            p.put("name_ar", t.nameAr());
            p.put("kind", t.kind());
            p.put("lat", t.lat());
            p.put("lon", t.lon());
            p.put("ref", t.ref());
            p.put("confidence", t.confidence());
            p.put("start", t.start());
            p.put("end", t.end());
        }
        ArrayNode events = root.putArray("events");
        for (ExtractedEvent e : extraction.events()) {
            ObjectNode o = events.addObject();
            o.put("event_type", e.eventType().label());
            o.put("sub_event_type", e.subEventType().label());
            o.put("place", e.place().name());
            o.put("lat", e.place().lat());
            o.put("lon", e.place().lon());
            o.put("date", e.date() == null ? null : e.date().toString());
            o.put("time_precision", e.timePrecision());
            o.put("geo_precision", e.geoPrecision());
            o.put("fatalities", e.fatalities());
            o.put("evidence", e.evidence());
            o.put("ref", e.place().ref());
            o.putArray("evidence_span").add(e.evidenceStart()).add(e.evidenceEnd());
            o.putArray("trigger_span").add(e.triggerStart()).add(e.triggerEnd());
            o.putArray("place_span").add(e.place().start()).add(e.place().end());
        }
        return root;
    }

    ObjectNode error(@Nullable String id, String message) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", id);
        root.put("error", message);
        root.putArray("places");
        root.putArray("events");
        return root;
    }

    /** A line that cannot be read as an article; {@code id} when it could be read. */
    static final class InvalidArticleException extends Exception {

        private final @Nullable String id;

        InvalidArticleException(@Nullable String id, String message) {
            super(message);
            this.id = id;
        }

        @Nullable String id() {
            return id;
        }
    }
}
