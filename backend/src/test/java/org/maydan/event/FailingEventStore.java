package org.maydan.event;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A store whose reads fail part way, as a database does when its connection drops mid-query:
 * every streamed read hands over {@code rowsBeforeFailure} rows of the delegate and then throws.
 * Everything else is the delegate's.
 */
public class FailingEventStore implements EventStore {

    /** The message of the failure, for tests that look for it in logs. */
    public static final String FAILURE = "the database went away mid-query (test)";

    private final EventStore delegate;
    private volatile int rowsBeforeFailure;

    public FailingEventStore(EventStore delegate, int rowsBeforeFailure) {
        this.delegate = delegate;
        this.rowsBeforeFailure = rowsBeforeFailure;
    }

    /** Sets after how many rows the following reads fail. */
    public void failAfter(int rows) {
        this.rowsBeforeFailure = rows;
    }

    private <T> Consumer<T> failing(Consumer<T> sink) {
        AtomicInteger handed = new AtomicInteger();
        int limit = rowsBeforeFailure;
        return row -> {
            if (handed.getAndIncrement() == limit) {
                throw new DataAccessResourceFailureException(FAILURE);
            }
            sink.accept(row);
        };
    }

    @Override
    public void stream(EventQuery query, Consumer<Event> sink) {
        delegate.stream(query, failing(sink));
    }

    @Override
    public void streamPoints(EventQuery query, Consumer<EventPoint> sink) {
        delegate.streamPoints(query, failing(sink));
    }

    @Override
    public void streamRows(EventQuery query, Consumer<FeatureRow> sink) {
        delegate.streamRows(query, failing(sink));
    }

    @Override
    public void streamMarkers(EventQuery query, Consumer<EventMarker> sink) {
        delegate.streamMarkers(query, failing(sink));
    }

    @Override
    public void read(EventQuery query, Reader reader) throws IOException {
        delegate.read(query, events -> {
            Consumer<Event> check = failing(e -> { });
            reader.read(events.peek(check));
        });
    }

    @Override
    public long record(NewEvent event, Evidence evidence) {
        return delegate.record(event, evidence);
    }

    @Override
    public List<Recorded> replaceEvidence(long articleId, List<Report> reports) {
        return delegate.replaceEvidence(articleId, reports);
    }

    @Override
    public List<Event> eventsOf(long articleId) {
        return delegate.eventsOf(articleId);
    }

    @Override
    public long count(EventFilter filter, long atMost) {
        return delegate.count(filter, atMost);
    }

    @Override
    public Optional<Event> find(long id) {
        return delegate.find(id);
    }

    @Override
    public List<SourceEvidence> evidence(long eventId) {
        return delegate.evidence(eventId);
    }

    @Override
    public List<DayCount> timeline(EventFilter filter) {
        return delegate.timeline(filter);
    }

    @Override
    public Optional<EventExtent> extent() {
        return delegate.extent();
    }

    @Override
    public long count() {
        return delegate.count();
    }

    @Override
    public StoreVersion version() {
        return delegate.version();
    }
}
