package org.maydan.event;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * PostgreSQL the driver's own), and {@link JsonBytes} copies them out between member names
 * encoded once, without a generator's bookkeeping per token; the output goes to the socket in
 * 64 KB writes. Profiled, a 5,000-feature page costs a few milliseconds of CPU beside the query.
 *
 * <p>Failure: nothing completes a page the store failed to finish. Up to 64 KB, nothing has been
 * sent and the error leaves as a problem JSON; past that the error propagates and the connection
 * is aborted (see {@code ApiProblems}), so a client never takes a cut page for a whole one.
 */
@Component
public class FeatureCollectionWriter {

    private static final byte[] COLLECTION_START = JsonBytes.bytes("{\"type\":\"FeatureCollection\",\"features\":[");
    private static final byte[] COMMA = JsonBytes.bytes(",");
    private static final byte[] FEATURE_START = JsonBytes.bytes("{\"type\":\"" + EventFeature.FEATURE + "\",\"id\":");
    private static final byte[] GEOMETRY = JsonBytes.bytes(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
    private static final byte[] PROPERTIES = JsonBytes.bytes("]},\"properties\":{\"id\":");
    private static final byte[] EVENT_DATE = JsonBytes.bytes(",\"event_date\":");
    private static final byte[] TIME_PRECISION = JsonBytes.bytes(",\"time_precision\":");
    private static final byte[] EVENT_TYPE = JsonBytes.bytes(",\"event_type\":");
    private static final byte[] SUB_EVENT_TYPE = JsonBytes.bytes(",\"sub_event_type\":");
    private static final byte[] LOCATION = JsonBytes.bytes(",\"location\":");
    private static final byte[] LOCATION_AR = JsonBytes.bytes(",\"location_ar\":");
    private static final byte[] PLACE_REF = JsonBytes.bytes(",\"place_ref\":");
    private static final byte[] ADMIN1 = JsonBytes.bytes(",\"admin1\":");
    private static final byte[] ADMIN2 = JsonBytes.bytes(",\"admin2\":");
    private static final byte[] GEO_PRECISION = JsonBytes.bytes(",\"geo_precision\":");
    private static final byte[] FATALITIES = JsonBytes.bytes(",\"fatalities\":");
    private static final byte[] NOTES = JsonBytes.bytes(",\"notes\":");
    private static final byte[] SOURCE = JsonBytes.bytes(",\"source\":");
    private static final byte[] FATALITIES_MIN = JsonBytes.bytes(",\"fatalities_min\":");
    private static final byte[] FATALITIES_MAX = JsonBytes.bytes(",\"fatalities_max\":");
    private static final byte[] FATALITIES_DISPUTED = JsonBytes.bytes(",\"fatalities_disputed\":");
    private static final byte[] SOURCE_COUNT = JsonBytes.bytes(",\"source_count\":");
    private static final byte[] SOURCES = JsonBytes.bytes(",\"sources\":[");
    private static final byte[] SOURCES_END = JsonBytes.bytes("]");
    private static final byte[] CONFIDENCE = JsonBytes.bytes(",\"confidence\":");
    private static final byte[] DATE_APPROXIMATE = JsonBytes.bytes(",\"date_approximate\":");
    private static final byte[] FEATURE_END = JsonBytes.bytes("}}");
    private static final byte[] NUMBER_RETURNED = JsonBytes.bytes("],\"numberReturned\":");
    private static final byte[] TIME_STAMP = JsonBytes.bytes(",\"timeStamp\":");
    private static final byte[] LINKS = JsonBytes.bytes(",\"links\":[");
    private static final byte[] LINK_REL = JsonBytes.bytes("{\"rel\":");
    private static final byte[] LINK_TYPE = JsonBytes.bytes(",\"type\":");
    private static final byte[] LINK_HREF = JsonBytes.bytes(",\"href\":");
    private static final byte[] COLLECTION_END = JsonBytes.bytes("]}");
    private static final byte[] LINK_END = JsonBytes.bytes("}");
    private static final byte[] SEPARATOR = JsonBytes.bytes(JdbcEventStore.SOURCE_SEPARATOR);
    /** The type labels as JSON strings, encoded once. */
    private static final Map<SubEventType, byte[]> SUB_EVENT_TYPES = labels(SubEventType.values(), SubEventType::label);
    private static final Map<EventType, byte[]> EVENT_TYPES = labels(EventType.values(), EventType::label);

    private final EventStore store;

    FeatureCollectionWriter(EventStore store) {
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
        JsonBytes json = new JsonBytes(out).raw(COLLECTION_START);
        Page page = new Page(limit.value());
        EventQuery query = new EventQuery(filter, after, limit.value() + 1);
        try {
            if (properties == PropertySet.COMPACT) {
                store.streamPoints(query, point -> page.add(point::cursor, () -> writeCompact(point, json, page)));
            } else {
                store.streamRows(query, row -> page.add(row.cursor(), () -> writeFull(row, json, page)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.raw(NUMBER_RETURNED).number(page.written);
        if (style.timeStamp()) {
            json.raw(TIME_STAMP).plainString(Instant.now().toString());
        }
        json.raw(LINKS);
        boolean first = true;
        for (PageLink link : style.links().apply(page.next)) {
            if (!first) {
                json.raw(COMMA);
            }
            first = false;
            json.raw(LINK_REL).string(JsonBytes.bytes(link.rel())).raw(LINK_TYPE).string(JsonBytes.bytes(link.type()))
                    .raw(LINK_HREF).string(JsonBytes.bytes(link.href())).raw(LINK_END);
        }
        json.raw(COLLECTION_END).flush();
        out.flush();
    }

    /** A feature with every property: the same JSON as {@link EventFeature} without evidence (a web test holds the two together). */
    private static void writeFull(FeatureRow row, JsonBytes json, Page page) throws IOException {
        startFeature(row.id, row.longitude, row.latitude, json, page);
        json.raw(EVENT_DATE).plainString(row.eventDate.toString())
                .raw(TIME_PRECISION).number(row.timePrecision)
                .raw(EVENT_TYPE).raw(EVENT_TYPES.get(row.subEventType.eventType()))
                .raw(SUB_EVENT_TYPE).raw(SUB_EVENT_TYPES.get(row.subEventType))
                .raw(LOCATION).string(row.location)
                .raw(LOCATION_AR).string(row.locationAr)
                .raw(PLACE_REF).string(row.placeRef)
                .raw(ADMIN1).stringOrNull(row.admin1)
                .raw(ADMIN2).stringOrNull(row.admin2)
                .raw(GEO_PRECISION).number(row.geoPrecision)
                .raw(FATALITIES).numberOrNull(row.fatalities)
                .raw(NOTES).string(row.notes)
                .raw(SOURCE).string(row.source)
                .raw(FATALITIES_MIN).numberOrNull(row.fatalitiesMin)
                .raw(FATALITIES_MAX).numberOrNull(row.fatalitiesMax)
                .raw(FATALITIES_DISPUTED).bool(row.fatalitiesDisputed)
                .raw(SOURCE_COUNT).number(row.sourceCount)
                .raw(SOURCES);
        writeSources(row.source, json);
        json.raw(SOURCES_END)
                .raw(CONFIDENCE).realOrNull(row.confidence)
                .raw(DATE_APPROXIMATE).bool(row.dateApproximate)
                .raw(FEATURE_END).flushIfFull();
    }

    /** A feature with the {@link PropertySet#COMPACT} properties, in the order of the full ones. */
    private static void writeCompact(EventPoint point, JsonBytes json, Page page) throws IOException {
        startFeature(point.id(), point.longitude(), point.latitude(), json, page);
        json.raw(EVENT_DATE).plainString(point.eventDate().toString())
                .raw(SUB_EVENT_TYPE).raw(SUB_EVENT_TYPES.get(point.subEventType()))
                .raw(FATALITIES).numberOrNull(point.fatalities())
                .raw(CONFIDENCE).realOrNull(point.confidence())
                .raw(DATE_APPROXIMATE).bool(point.dateApproximate())
                .raw(FEATURE_END).flushIfFull();
    }

    /** Opens a feature and its properties up to the {@code id} they start with. */
    private static void startFeature(long id, double lon, double lat, JsonBytes json, Page page) {
        if (page.written > 0) {
            json.raw(COMMA);
        }
        json.raw(FEATURE_START).number(id).raw(GEOMETRY).number(lon).raw(COMMA).number(lat).raw(PROPERTIES).number(id);
    }

    /** The publishers in {@code source}, which separates them with {@code "; "} ({@link EventFeature#sources}). */
    private static void writeSources(byte[] source, JsonBytes json) {
        if (source.length == 0) {
            return;
        }
        int from = 0;
        for (int i = 0; i + 1 < source.length; i++) {
            if (source[i] == SEPARATOR[0] && source[i + 1] == SEPARATOR[1]) {
                json.string(source, from, i).raw(COMMA);
                from = i + SEPARATOR.length;
                i++;
            }
        }
        json.string(source, from, source.length);
    }

    private static <E extends Enum<E>> Map<E, byte[]> labels(E[] values, Function<E, String> label) {
        Map<E, byte[]> encoded = new EnumMap<>(values[0].getDeclaringClass());
        for (E value : values) {
            encoded.put(value, JsonBytes.bytes("\"" + label.apply(value) + "\""));
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
