package org.maydan.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes one page of events as a GeoJSON FeatureCollection while the rows are read, so a page of
 * thousands of features is never held in memory. One row more than the limit is read to learn
 * whether a next page exists; if so a {@code links} member carries {@code rel: next}.
 */
@Component
class FeatureCollectionWriter {

    static final String NEXT = "next";
    private final ObjectMapper mapper;
    private final EventStore store;

    FeatureCollectionWriter(ObjectMapper mapper, EventStore store) {
        this.mapper = mapper;
        this.store = store;
    }

    /**
     * Streams the page to {@code out}.
     *
     * @param nextHref turns the cursor after the last feature into the URL of the next page
     */
    void write(EventFilter filter, @Nullable PageCursor after, Limit limit, PropertySet properties,
            Function<PageCursor, String> nextHref, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            Page page = new Page(limit.value(), properties);
            try {
                store.stream(new EventQuery(filter, after, limit.value() + 1), event -> page.add(event, json));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.writeEndArray();
            json.writeNumberField("numberReturned", page.written);
            json.writeArrayFieldStart("links");
            if (page.next != null) {
                json.writeStartObject();
                json.writeStringField("rel", NEXT);
                json.writeStringField("type", EventController.GEO_JSON);
                json.writeStringField("href", nextHref.apply(page.next));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /**
     * A feature written field by field, which is what keeps a page of thousands cheap; the same
     * JSON as {@link EventFeature} without evidence (a web test holds the two together), or its
     * {@link PropertySet#COMPACT} subset.
     */
    private static void writeFeature(Event event, PropertySet set, JsonGenerator json) throws IOException {
        boolean full = set == PropertySet.FULL;
        json.writeStartObject();
        json.writeStringField("type", EventFeature.FEATURE);
        json.writeNumberField("id", event.id());
        json.writeObjectField("geometry", EventFeature.Point.of(event.longitude(), event.latitude()));
        json.writeObjectFieldStart("properties");
        json.writeNumberField("id", event.id());
        json.writeStringField("event_date", event.eventDate().toString());
        if (full) {
            json.writeNumberField("time_precision", event.timePrecision());
            json.writeStringField("event_type", event.subEventType().eventType().label());
        }
        json.writeStringField("sub_event_type", event.subEventType().label());
        if (full) {
            Place place = event.place();
            json.writeStringField("location", place.name());
            json.writeStringField("location_ar", place.nameAr());
            json.writeStringField("place_ref", place.ref());
            json.writeStringField("admin1", place.admin1());
            json.writeStringField("admin2", place.admin2());
            json.writeNumberField("geo_precision", event.geoPrecision());
        }
        json.writeFieldName("fatalities");
        if (event.fatalities() == null) {
            json.writeNull();
        } else {
            json.writeNumber(event.fatalities());
        }
        if (full) {
            json.writeStringField("notes", event.notes());
            json.writeStringField("source", event.source());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Counts what was written; the extra row beyond the limit only marks that more exist. */
    private static final class Page {

        private final int limit;
        private final PropertySet properties;
        private int written;
        private @Nullable Event last;
        private @Nullable PageCursor next;

        Page(int limit, PropertySet properties) {
            this.limit = limit;
            this.properties = properties;
        }

        void add(Event event, JsonGenerator json) {
            if (written == limit) {
                next = PageCursor.after(Objects.requireNonNull(last));
                return;
            }
            try {
                writeFeature(event, properties, json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written++;
            last = event;
        }
    }
}
