package org.maydan.event;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes one page of events as a GeoJSON FeatureCollection while the rows are read, so a page of
 * thousands of features is never held in memory: the one writer of {@code /api/events} and of the
 * OGC API items. One row more than the limit is read to learn whether a next page exists; if so
 * the links carry {@code rel: next}.
 *
 * <p>Speed: member names are encoded once ({@link SerializedString}), the geometry is written
 * member by member, doubles with Jackson's fast writer; a page of 5,000 full features is a few
 * milliseconds of CPU beside the query.
 *
 * <p>Failure: the generator is closed only when the page is complete. If the store fails part way,
 * nothing closes the open arrays (Jackson would otherwise complete the JSON on close, making a cut
 * page look whole); the error propagates and the connection is aborted (see {@code ApiProblems}).
 */
@Component
public class FeatureCollectionWriter {

    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString GEOMETRY = new SerializedString("geometry");
    private static final SerializableString COORDINATES = new SerializedString("coordinates");
    private static final SerializableString PROPERTIES = new SerializedString("properties");
    private static final SerializableString FEATURE = new SerializedString(EventFeature.FEATURE);
    private static final SerializableString POINT = new SerializedString("Point");
    private static final SerializableString EVENT_DATE = new SerializedString("event_date");
    private static final SerializableString TIME_PRECISION = new SerializedString("time_precision");
    private static final SerializableString EVENT_TYPE = new SerializedString("event_type");
    private static final SerializableString SUB_EVENT_TYPE = new SerializedString("sub_event_type");
    private static final SerializableString LOCATION = new SerializedString("location");
    private static final SerializableString LOCATION_AR = new SerializedString("location_ar");
    private static final SerializableString PLACE_REF = new SerializedString("place_ref");
    private static final SerializableString ADMIN1 = new SerializedString("admin1");
    private static final SerializableString ADMIN2 = new SerializedString("admin2");
    private static final SerializableString GEO_PRECISION = new SerializedString("geo_precision");
    private static final SerializableString FATALITIES = new SerializedString("fatalities");
    private static final SerializableString NOTES = new SerializedString("notes");
    private static final SerializableString SOURCE = new SerializedString("source");
    private static final SerializableString FATALITIES_MIN = new SerializedString("fatalities_min");
    private static final SerializableString FATALITIES_MAX = new SerializedString("fatalities_max");
    private static final SerializableString FATALITIES_DISPUTED = new SerializedString("fatalities_disputed");
    private static final SerializableString SOURCE_COUNT = new SerializedString("source_count");
    private static final SerializableString SOURCES = new SerializedString("sources");

    private static final int OUTPUT_BUFFER_BYTES = 1 << 16;

    private final ObjectMapper mapper;
    private final EventStore store;

    FeatureCollectionWriter(ObjectMapper mapper, EventStore store) {
        this.mapper = mapper;
        this.store = store;
    }

    /**
     * How a page names itself: its links, given the cursor of the following page ({@code null} on
     * the last page), and whether it carries an OGC {@code timeStamp}.
     */
    public record Style(Function<@Nullable PageCursor, List<PageLink>> links, boolean timeStamp) {}

    /** Streams the page of {@code filter} after {@code after} to {@code out}. */
    public void write(EventFilter filter, @Nullable PageCursor after, Limit limit, PropertySet properties,
            Style style, OutputStream out) throws IOException {
        // Jackson hands over 8 KB at a time; gathered into larger writes, a page of megabytes
        // costs the server tens of socket writes instead of hundreds.
        OutputStream buffered = new BufferedOutputStream(out, OUTPUT_BUFFER_BYTES);
        JsonGenerator json = mapper.getFactory().createGenerator(buffered, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        json.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
        json.writeStartObject();
        json.writeFieldName(TYPE);
        json.writeString("FeatureCollection");
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
        if (style.timeStamp()) {
            json.writeStringField("timeStamp", Instant.now().toString());
        }
        json.writeArrayFieldStart("links");
        for (PageLink link : style.links().apply(page.next)) {
            json.writeStartObject();
            json.writeStringField("rel", link.rel());
            json.writeStringField("type", link.type());
            json.writeStringField("href", link.href());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        buffered.flush();
    }

    /**
     * A feature written field by field, which keeps a page of thousands cheap: the same JSON as
     * {@link EventFeature} without evidence (a web test holds the two together).
     */
    private static void writeFull(Event event, JsonGenerator json) throws IOException {
        startFeature(event.id(), event.eventDate().toString(), event.longitude(), event.latitude(), json);
        json.writeFieldName(TIME_PRECISION);
        json.writeNumber(event.timePrecision());
        json.writeFieldName(EVENT_TYPE);
        json.writeString(event.subEventType().eventType().label());
        json.writeFieldName(SUB_EVENT_TYPE);
        json.writeString(event.subEventType().label());
        EventPlace place = event.place();
        writeText(LOCATION, place.name(), json);
        writeText(LOCATION_AR, place.nameAr(), json);
        writeText(PLACE_REF, place.ref(), json);
        writeText(ADMIN1, place.admin1(), json);
        writeText(ADMIN2, place.admin2(), json);
        json.writeFieldName(GEO_PRECISION);
        json.writeNumber(event.geoPrecision());
        writeNumber(FATALITIES, event.fatalities(), json);
        writeText(NOTES, event.notes(), json);
        writeText(SOURCE, event.source(), json);
        Corroboration c = event.corroboration();
        writeNumber(FATALITIES_MIN, c.fatalitiesMin(), json);
        writeNumber(FATALITIES_MAX, c.fatalitiesMax(), json);
        json.writeFieldName(FATALITIES_DISPUTED);
        json.writeBoolean(c.fatalitiesDisputed());
        json.writeFieldName(SOURCE_COUNT);
        json.writeNumber(c.sourceCount());
        json.writeFieldName(SOURCES);
        json.writeStartArray();
        for (String source : EventFeature.sources(event.source())) {
            json.writeString(source);
        }
        json.writeEndArray();
        endFeature(json);
    }

    /** A feature with the {@link PropertySet#COMPACT} properties, in the order of the full ones. */
    private static void writeCompact(EventPoint point, JsonGenerator json) throws IOException {
        startFeature(point.id(), point.eventDate().toString(), point.longitude(), point.latitude(), json);
        json.writeFieldName(SUB_EVENT_TYPE);
        json.writeString(point.subEventType().label());
        writeNumber(FATALITIES, point.fatalities(), json);
        endFeature(json);
    }

    /** Opens a feature and its properties, writing the members every property set starts with. */
    private static void startFeature(long id, String date, double lon, double lat, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeFieldName(TYPE);
        json.writeString(FEATURE);
        json.writeFieldName(ID);
        json.writeNumber(id);
        json.writeFieldName(GEOMETRY);
        json.writeStartObject();
        json.writeFieldName(TYPE);
        json.writeString(POINT);
        json.writeFieldName(COORDINATES);
        json.writeStartArray();
        json.writeNumber(lon);
        json.writeNumber(lat);
        json.writeEndArray();
        json.writeEndObject();
        json.writeFieldName(PROPERTIES);
        json.writeStartObject();
        json.writeFieldName(ID);
        json.writeNumber(id);
        json.writeFieldName(EVENT_DATE);
        json.writeString(date);
    }

    private static void writeText(SerializableString field, @Nullable String value, JsonGenerator json)
            throws IOException {
        json.writeFieldName(field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    private static void writeNumber(SerializableString field, @Nullable Integer value, JsonGenerator json)
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
