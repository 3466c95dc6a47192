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
 * An event's {@code fatalities} is the agreed figure of its sources, or the highest when they
 * disagree, with the spread in its {@link Corroboration} (each source keeps its own figure in its
 * evidence); its {@code source} lists the distinct publishers.
 *
 * <p>Writes are safe for concurrent writers: two transactions recording the same new event store it
 * once. On H2 the loser of such a race may get a {@code DuplicateKeyException} and should retry.
 */
public interface EventStore {

    /**
     * One source's report of an event, as an article's extraction yields it.
     *
     * @param event what, where and when
     * @param evidence where the article says so
     */
    record Report(NewEvent event, Evidence evidence) {}

    /** What recording a report did to its event. */
    enum Outcome {
        /** The event did not exist: this report created it. */
        NEW,
        /** The event exists with evidence from other articles too: this report is one more source. */
        MERGED,
        /** The event exists on this article's evidence alone, e.g. when an article is reprocessed. */
        KEPT
    }

    /**
     * A recorded report.
     *
     * @param eventId the event it belongs to
     * @param outcome what recording it did
     */
    record Recorded(long eventId, Outcome outcome) {}

    /**
     * Records one source's report of an event and returns the event's id. Recording the same
     * evidence (same article and sentence) again changes nothing.
     *
     * @throws IllegalArgumentException if the evidence names an article that is not stored
     */
    long record(NewEvent event, Evidence evidence);

    /**
     * Makes {@code reports} the whole evidence of one article, in one transaction: the article's
     * previous evidence is replaced, events left without any evidence are deleted, and every event
     * whose evidence changed is recomputed (fatalities, spread, sources, notes). Replacing with the
     * same reports again changes nothing; replacing with none withdraws the article's evidence.
     *
     * @return one entry per report, in order
     * @throws IllegalArgumentException if the article is not stored or a report's evidence names
     *         another article
     */
    List<Recorded> replaceEvidence(long articleId, List<Report> reports);

    /** The events with evidence from this article, in {@code (event_date, id)} order. */
    List<Event> eventsOf(long articleId);

    /**
     * Hands the events of one page to {@code sink} in {@code (event_date, id)} order, as they are
     * read, so callers can stream them without holding the page in memory.
     */
    void stream(EventQuery query, Consumer<Event> sink);

    /** Like {@link #stream}, reading only what {@link EventPoint} holds. */
    void streamPoints(EventQuery query, Consumer<EventPoint> sink);

    /**
     * Like {@link #stream}, handing each event as a {@link FeatureRow}, one instance refilled for
     * every row: for the feature writer, which copies text as bytes instead of making events.
     */
    void streamRows(EventQuery query, Consumer<FeatureRow> sink);

    /**
     * Like {@link #stream}, reading only what {@link EventMarker} holds: the same page of the same
     * filter, for the map's column payload.
     */
    void streamMarkers(EventQuery query, Consumer<EventMarker> sink);

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

    /**
     * Event counts per day and sub-event type under the filter, by date then type label. Cheap for a
     * year under a governorate's box at a million events; a box containing {@link #extent()} costs
     * no more than no box.
     */
    List<DayCount> timeline(EventFilter filter);

    /** Where and when the stored events lie, or empty when none is stored. */
    Optional<EventExtent> extent();

    /** How many events are stored. */
    long count();

    /**
     * The store's change version: advanced by every committed write that changes articles, events
     * or evidence (by any instance sharing the store), unchanged by reads. A version read after a
     * write has returned is newer than any read before it.
     */
    StoreVersion version();

    /** Consumes the stream of {@link #read}; may fail with an I/O error of the client connection. */
    @FunctionalInterface
    interface Reader {
        void read(Stream<Event> events) throws IOException;
    }
}
