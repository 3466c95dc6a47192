package org.maydan.event;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The port to stored events and their evidence. Implementations: {@link JdbcEventStore} over
 * PostGIS or embedded H2GIS, and an in-memory fake for web tests; one contract test suite holds
 * all of them to the same behaviour.
 *
 * <p>An event is identified by its natural key {@code (sub_event_type, place ref, event_date)}:
 * recording evidence for a key that exists adds a source to that event instead of a second event.
 * An event's {@code fatalities} is the highest figure among its sources (each source keeps its
 * own); its {@code source} lists the distinct publishers.
 */
public interface EventStore {

    /**
     * Records one source's report of an event and returns the event's id. Recording the same
     * evidence (same article and sentence) again changes nothing.
     *
     * @throws IllegalArgumentException if the evidence names an article that is not stored
     */
    long record(NewEvent event, Evidence evidence);

    /**
     * Hands the events of one page to {@code sink} in {@code (event_date, id)} order, as they are
     * read, so callers can stream them without holding the page in memory.
     */
    void stream(EventQuery query, Consumer<Event> sink);

    /** Like {@link #stream}, reading only what {@link EventPoint} holds. */
    void streamPoints(EventQuery query, Consumer<EventPoint> sink);

    /**
     * Hands the events of a query to {@code reader} as a lazy stream in {@code (event_date, id)}
     * order, read from a database cursor as {@code reader} consumes it; the stream is valid only
     * until {@code reader} returns, when the cursor is released. For exports, which may be far
     * larger than a page.
     */
    void read(EventQuery query, Reader reader) throws IOException;

    /**
     * How many events pass the filter, counting no further than {@code atMost}: a bounded check
     * before an export, cheap however many events are stored.
     */
    long count(EventFilter filter, long atMost);

    /** The event with this id. */
    Optional<Event> find(long id);

    /** The evidence of an event, oldest first; empty if the event does not exist. */
    List<SourceEvidence> evidence(long eventId);

    /** Event counts per day and sub-event type under the filter, by date then type label. */
    List<DayCount> timeline(EventFilter filter);

    /** How many events are stored. */
    long count();

    /** Consumes the stream of {@link #read}; may fail with an I/O error of the client connection. */
    @FunctionalInterface
    interface Reader {
        void read(Stream<Event> events) throws IOException;
    }
}
