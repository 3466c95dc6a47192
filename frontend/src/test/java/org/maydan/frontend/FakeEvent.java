package org.maydan.frontend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One event the fake API serves: the fields of the columnar payload, the publisher names and the
 * text that {@code q} searches, and for fixture events the whole feature with its evidence.
 *
 * @param feature the fixture's GeoJSON feature, or null for a synthetic event (one is made up)
 */
record FakeEvent(long id, LocalDate date, int precision, String type, String placeEn, String placeAr,
        double lon, double lat, @Nullable Integer fatalities, @Nullable Double confidence, boolean dateApproximate,
        String source,
        String text, @Nullable JsonNode feature) {

    /** What the page shows for an event with no sub_event_type; the fake filters the same way. */
    static final String UNTYPED = "Other";
    private static final String EVIDENCE = "evidence";

    static FakeEvent of(JsonNode feature) {
        JsonNode p = feature.path("properties");
        JsonNode xy = feature.path("geometry").path("coordinates");
        JsonNode type = p.path("sub_event_type");
        StringBuilder text = new StringBuilder(p.path("notes").asText(""));
        p.path(EVIDENCE).forEach(e -> text.append('\n').append(e.path("sentence").asText("")));
        return new FakeEvent(feature.path("id").asLong(), LocalDate.parse(p.path("event_date").asText()),
                p.path("time_precision").asInt(1),
                type.isTextual() && !type.asText().isBlank() ? type.asText() : UNTYPED,
                p.path("location").asText(""), p.path("location_ar").asText(""),
                xy.get(0).asDouble(), xy.get(1).asDouble(),
                p.path("fatalities").isNumber() ? p.path("fatalities").asInt() : null,
                p.path("confidence").isNumber() ? p.path("confidence").asDouble() : null,
                p.path("date_approximate").asBoolean(false),
                p.path("source").asText(""), text.toString(), feature);
    }

    boolean publishedBy(String publisher) {
        return Arrays.stream(source.split("; ")).anyMatch(publisher::equalsIgnoreCase);
    }

    boolean mentions(String words) {
        return text.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }

    /** The feature as /api/events lists it: without its sources' evidence. */
    JsonNode listed() {
        ObjectNode copy = feature().deepCopy();
        ((ObjectNode) copy.path("properties")).remove(EVIDENCE);
        return copy;
    }

    /** The feature as /api/events/{id} answers it: with its sources' evidence (maybe none). */
    JsonNode detailed() {
        ObjectNode copy = feature().deepCopy();
        ObjectNode properties = (ObjectNode) copy.path("properties");
        if (!properties.has(EVIDENCE)) {
            properties.putArray(EVIDENCE);
        }
        return copy;
    }

    @Override
    public JsonNode feature() {
        if (feature != null) {
            return feature;
        }
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode made = json.objectNode().put("type", "Feature").put("id", id);
        made.putObject("geometry").put("type", "Point").putArray("coordinates").add(lon).add(lat);
        ObjectNode p = made.putObject("properties").put("id", id).put("event_date", date.toString())
                .put("time_precision", precision).put("sub_event_type", type).put("location", placeEn)
                .put("location_ar", placeAr).put("geo_precision", 1).put("notes", text).put("source", source);
        if (fatalities == null) {
            p.putNull("fatalities");
        } else {
            p.put("fatalities", fatalities);
        }
        return made;
    }
}
