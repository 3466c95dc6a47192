package org.maydan.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
            Page page = new Page(limit.value());
            EventQuery query = new EventQuery(filter, after, limit.value() + 1);
            try {
                if (properties == PropertySet.COMPACT) {
                    store.streamPoints(query, point -> page.add(point.cursor(), () -> writeCompact(point, json)));
                } else {
                    store.stream(query, event -> page.add(PageCursor.after(event), () -> writeFull(event, json)));
                }
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
     * A feature written field by field, which keeps a page of thousands cheap: the same JSON as
     * {@link EventFeature} without evidence (a web test holds the two together).
     */
    private static void writeFull(Event event, JsonGenerator json) throws IOException {
        startFeature(event.id(), event.eventDate(), event.longitude(), event.latitude(), json);
        json.writeNumberField("time_precision", event.timePrecision());
        json.writeStringField("event_type", event.subEventType().eventType().label());
        json.writeStringField("sub_event_type", event.subEventType().label());
        EventPlace place = event.place();
        json.writeStringField("location", place.name());
        json.writeStringField("location_ar", place.nameAr());
        json.writeStringField("place_ref", place.ref());
        json.writeStringField("admin1", place.admin1());
        json.writeStringField("admin2", place.admin2());
        json.writeNumberField("geo_precision", event.geoPrecision());
        writeFatalities(event.fatalities(), json);
        json.writeStringField("notes", event.notes());
        json.writeStringField("source", event.source());
        Corroboration c = event.corroboration();
        writeNullableNumber("fatalities_min", c.fatalitiesMin(), json);
        writeNullableNumber("fatalities_max", c.fatalitiesMax(), json);
        json.writeBooleanField("fatalities_disputed", c.fatalitiesDisputed());
        json.writeNumberField("source_count", c.sourceCount());
        json.writeArrayFieldStart("sources");
        for (String source : EventFeature.sources(event.source())) {
            json.writeString(source);
        }
        json.writeEndArray();
        endFeature(json);
    }

    /** A feature with the {@link PropertySet#COMPACT} properties, in the order of the full ones. */
    private static void writeCompact(EventPoint point, JsonGenerator json) throws IOException {
        startFeature(point.id(), point.eventDate(), point.longitude(), point.latitude(), json);
        json.writeStringField("sub_event_type", point.subEventType().label());
        writeFatalities(point.fatalities(), json);
        endFeature(json);
    }

    /** Opens a feature and its properties, writing the members every property set starts with. */
    private static void startFeature(long id, LocalDate date, double lon, double lat, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("type", EventFeature.FEATURE);
        json.writeNumberField("id", id);
        json.writeObjectField("geometry", EventFeature.Point.of(lon, lat));
        json.writeObjectFieldStart("properties");
        json.writeNumberField("id", id);
        json.writeStringField("event_date", date.toString());
    }

    private static void writeFatalities(@Nullable Integer fatalities, JsonGenerator json) throws IOException {
        writeNullableNumber("fatalities", fatalities, json);
    }

    private static void writeNullableNumber(String field, @Nullable Integer value, JsonGenerator json)
            throws IOException {
        json.writeFieldName(field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    private static void endFeature(JsonGenerator json) throws IOException {
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Writes one feature. */
    @FunctionalInterface
    private interface FeatureWrite {
        void run() throws IOException;
    }

    /** Counts what was written; the extra row beyond the limit only marks that more exist. */
    private static final class Page {

        private final int limit;
        private int written;
        private @Nullable PageCursor last;
        private @Nullable PageCursor next;

        Page(int limit) {
            this.limit = limit;
        }

        /** Writes the feature at {@code position} unless the page is full, which then has a next page. */
        void add(PageCursor position, FeatureWrite write) {
            if (written == limit) {
                next = Objects.requireNonNull(last);
                return;
            }
            try {
                write.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written++;
            last = position;
        }
    }
}
