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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes one page of events as a GeoJSON FeatureCollection while the rows are read, so a page of
 * thousands of features is never held in memory: the one writer of {@code /api/events} and of the
 * OGC API items. One row more than the limit is read to learn whether a next page exists; if so
 * the links carry {@code rel: next}.
 *
 * <p>Speed: the store hands rows over as {@link FeatureRow}s whose text is UTF-8 bytes (on
 * PostgreSQL the driver's own), copied out with escaping only; member names and type labels are
 * encoded once ({@link SerializedString}); doubles use Jackson's fast writer; the output goes to
 * the socket in 64 KB writes. A page of 5,000 full features costs a few milliseconds of CPU beside
 * the query.
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
    private static final byte[] SEPARATOR = JdbcEventStore.SOURCE_SEPARATOR.getBytes(StandardCharsets.UTF_8);
    /** The type labels, encoded once. */
    private static final Map<SubEventType, SerializableString> SUB_EVENT_TYPES = labels(SubEventType.values(),
            SubEventType::label);
    private static final Map<EventType, SerializableString> EVENT_TYPES = labels(EventType.values(), EventType::label);

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
                store.streamPoints(query, point -> page.add(point::cursor, () -> writeCompact(point, json)));
            } else {
                store.streamRows(query, row -> page.add(row.cursor(), () -> writeFull(row, json)));
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
     * A feature written field by field, text copied as UTF-8 bytes: the same JSON as
     * {@link EventFeature} without evidence (a web test holds the two together).
     */
    private static void writeFull(FeatureRow row, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeFieldName(TYPE);
        json.writeString(FEATURE);
        json.writeFieldName(ID);
        json.writeNumber(row.id);
        writePoint(row.longitude, row.latitude, json);
        json.writeFieldName(PROPERTIES);
        json.writeStartObject();
        json.writeFieldName(ID);
        json.writeNumber(row.id);
        json.writeFieldName(EVENT_DATE);
        json.writeString(row.eventDate.toString());
        json.writeFieldName(TIME_PRECISION);
        json.writeNumber(row.timePrecision);
        json.writeFieldName(EVENT_TYPE);
        json.writeString(EVENT_TYPES.get(row.subEventType.eventType()));
        json.writeFieldName(SUB_EVENT_TYPE);
        json.writeString(SUB_EVENT_TYPES.get(row.subEventType));
        writeText(LOCATION, row.location, json);
        writeText(LOCATION_AR, row.locationAr, json);
        writeText(PLACE_REF, row.placeRef, json);
        writeText(ADMIN1, row.admin1, json);
        writeText(ADMIN2, row.admin2, json);
        json.writeFieldName(GEO_PRECISION);
        json.writeNumber(row.geoPrecision);
        writeNumber(FATALITIES, row.fatalities, json);
        writeText(NOTES, row.notes, json);
        writeText(SOURCE, row.source, json);
        writeNumber(FATALITIES_MIN, row.fatalitiesMin, json);
        writeNumber(FATALITIES_MAX, row.fatalitiesMax, json);
        json.writeFieldName(FATALITIES_DISPUTED);
        json.writeBoolean(row.fatalitiesDisputed);
        json.writeFieldName(SOURCE_COUNT);
        json.writeNumber(row.sourceCount);
        json.writeFieldName(SOURCES);
        json.writeStartArray();
        writeSources(row.source, json);
        json.writeEndArray();
        endFeature(json);
    }

    /** The publishers in {@code source}, which separates them with {@code "; "} ({@link EventFeature#sources}). */
    private static void writeSources(byte[] source, JsonGenerator json) throws IOException {
        if (source.length == 0) {
            return;
        }
        int from = 0;
        for (int i = 0; i + 1 < source.length; i++) {
            if (source[i] == SEPARATOR[0] && source[i + 1] == SEPARATOR[1]) {
                json.writeUTF8String(source, from, i - from);
                from = i + SEPARATOR.length;
                i++;
            }
        }
        json.writeUTF8String(source, from, source.length - from);
    }

    /** A feature with the {@link PropertySet#COMPACT} properties, in the order of the full ones. */
    private static void writeCompact(EventPoint point, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeFieldName(TYPE);
        json.writeString(FEATURE);
        json.writeFieldName(ID);
        json.writeNumber(point.id());
        writePoint(point.longitude(), point.latitude(), json);
        json.writeFieldName(PROPERTIES);
        json.writeStartObject();
        json.writeFieldName(ID);
        json.writeNumber(point.id());
        json.writeFieldName(EVENT_DATE);
        json.writeString(point.eventDate().toString());
        json.writeFieldName(SUB_EVENT_TYPE);
        json.writeString(SUB_EVENT_TYPES.get(point.subEventType()));
        writeNumber(FATALITIES, point.fatalities(), json);
        endFeature(json);
    }

    private static void writePoint(double lon, double lat, JsonGenerator json) throws IOException {
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
    }

    private static void writeText(SerializableString field, byte @Nullable [] utf8, JsonGenerator json)
            throws IOException {
        json.writeFieldName(field);
        if (utf8 == null) {
            json.writeNull();
        } else {
            json.writeUTF8String(utf8, 0, utf8.length);
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

    private static <E extends Enum<E>> Map<E, SerializableString> labels(E[] values, Function<E, String> label) {
        Map<E, SerializableString> encoded = new EnumMap<>(values[0].getDeclaringClass());
        for (E value : values) {
            encoded.put(value, new SerializedString(label.apply(value)));
        }
        return encoded;
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
        private @Nullable Supplier<PageCursor> last;
        private @Nullable PageCursor next;

        Page(int limit) {
            this.limit = limit;
        }

        /** Writes the feature at {@code position} unless the page is full, which then has a next page. */
        void add(Supplier<PageCursor> position, FeatureWrite write) {
            if (written == limit) {
                next = Objects.requireNonNull(last).get();
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
