package org.maydan.event;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.maydan.article.Article;
import org.maydan.article.ArticleStore;

/**
 * A fake {@link EventStore} in lists, for web tests; the store contract tests hold it to the
 * same behaviour as {@link JdbcEventStore}.
 */
public class InMemoryEventStore implements EventStore {

    private static final Comparator<Event> PAGE_ORDER = Comparator.comparing(Event::eventDate).thenComparing(Event::id);

    private final ArticleStore articles;
    private final List<Event> events = new ArrayList<>();
    private final List<StoredEvidence> evidence = new ArrayList<>();
    private long lastId;
    private StoreVersion version = new StoreVersion(1, Instant.now());
    /** Grows with every event and never shrinks, as {@code event_extent} does. */
    private BBox extent;

    public InMemoryEventStore(ArticleStore articles) {
        this.articles = articles;
    }

    @Override
    public synchronized long record(NewEvent event, Evidence given) {
        articles.find(given.articleId())
                .orElseThrow(() -> new IllegalArgumentException("no stored article with id " + given.articleId()));
        Event stored = events.stream().filter(e -> sameKey(e, event)).findFirst().orElseGet(() -> insert(event, given));
        boolean known = evidence.stream().anyMatch(v -> v.eventId == stored.id()
                && v.evidence.articleId() == given.articleId()
                && v.evidence.sentenceSpan().start() == given.sentenceSpan().start());
        if (!known) {
            evidence.add(new StoredEvidence(stored.id(), given, event));
            refresh(stored);
            advance();
        }
        return stored.id();
    }

    @Override
    public synchronized List<Recorded> replaceEvidence(long articleId, List<Report> reports) {
        articles.find(articleId).orElseThrow(() -> new IllegalArgumentException("no stored article with id " + articleId));
        for (Report report : reports) {
            if (report.evidence().articleId() != articleId) {
                throw new IllegalArgumentException("evidence of another article: " + report.evidence().articleId());
            }
        }
        Set<Long> touched = new TreeSet<>();
        evidence.stream().filter(v -> v.evidence.articleId() == articleId).forEach(v -> touched.add(v.eventId));
        evidence.removeIf(v -> v.evidence.articleId() == articleId);
        List<Long> ids = new ArrayList<>();
        List<Boolean> created = new ArrayList<>();
        for (Report report : reports) {
            Optional<Event> existing = events.stream().filter(e -> sameKey(e, report.event())).findFirst();
            Event stored = existing.orElseGet(() -> insert(report.event(), report.evidence()));
            boolean known = evidence.stream().anyMatch(v -> v.eventId == stored.id()
                    && v.evidence.articleId() == articleId
                    && v.evidence.sentenceSpan().start() == report.evidence().sentenceSpan().start());
            if (!known) {
                evidence.add(new StoredEvidence(stored.id(), report.evidence(), report.event()));
            }
            ids.add(stored.id());
            created.add(existing.isEmpty());
            touched.add(stored.id());
        }
        for (long id : touched) {
            find(id).ifPresent(this::refresh);
        }
        advance();
        List<Recorded> recorded = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            boolean others = evidence.stream().anyMatch(v -> v.eventId == id && v.evidence.articleId() != articleId);
            recorded.add(new Recorded(id, created.get(i) ? Outcome.NEW : others ? Outcome.MERGED : Outcome.KEPT));
        }
        return recorded;
    }

    @Override
    public synchronized List<Event> eventsOf(long articleId) {
        Set<Long> ids = new TreeSet<>();
        evidence.stream().filter(v -> v.evidence.articleId() == articleId).forEach(v -> ids.add(v.eventId));
        return events.stream().filter(e -> ids.contains(e.id())).sorted(PAGE_ORDER).toList();
    }

    @Override
    public synchronized void stream(EventQuery query, Consumer<Event> sink) {
        events.stream()
                .filter(e -> passes(query.filter(), e))
                .filter(e -> query.after() == null || query.after().precedes(e))
                .sorted(PAGE_ORDER)
                .limit(query.maxRows())
                .toList()
                .forEach(sink);
    }

    @Override
    public void streamPoints(EventQuery query, Consumer<EventPoint> sink) {
        stream(query, event -> sink.accept(EventPoint.of(event)));
    }

    @Override
    public void streamRows(EventQuery query, Consumer<FeatureRow> sink) {
        FeatureRow row = new FeatureRow();
        stream(query, event -> sink.accept(row.fill(event)));
    }

    @Override
    public void streamMarkers(EventQuery query, Consumer<EventMarker> sink) {
        stream(query, event -> sink.accept(EventMarker.of(event)));
    }

    @Override
    public void read(EventQuery query, Reader reader) throws IOException {
        List<Event> page = new ArrayList<>();
        stream(query, page::add);
        reader.read(page.stream());
    }

    @Override
    public synchronized long count(EventFilter filter, long atMost) {
        return events.stream().filter(e -> passes(filter, e)).limit(atMost).count();
    }

    @Override
    public synchronized Optional<Event> find(long id) {
        return events.stream().filter(e -> e.id() == id).findFirst();
    }

    @Override
    public synchronized List<SourceEvidence> evidence(long eventId) {
        return evidence.stream().filter(v -> v.eventId == eventId).map(v -> {
            Article a = articles.find(v.evidence.articleId()).orElseThrow();
            Evidence e = v.evidence;
            return new SourceEvidence(a.id(), a.source(), a.title(), a.url(), a.published(), e.sentence(),
                    e.sentenceSpan(), e.placeSpan(), e.triggerSpan(), e.fatalities());
        }).toList();
    }

    @Override
    public synchronized List<DayCount> timeline(EventFilter filter) {
        Map<String, DayCount> counts = new TreeMap<>();
        events.stream().filter(e -> passes(filter, e)).forEach(e -> counts.merge(
                e.eventDate() + e.subEventType().label(), new DayCount(e.eventDate(), e.subEventType(), 1),
                (a, b) -> new DayCount(a.date(), a.type(), a.count() + b.count())));
        return List.copyOf(counts.values());
    }

    @Override
    public synchronized Optional<EventExtent> extent() {
        if (events.isEmpty() || extent == null) {
            return Optional.empty();
        }
        List<LocalDate> days = events.stream().map(Event::eventDate).sorted().toList();
        return Optional.of(new EventExtent(extent, days.get(0), days.get(days.size() - 1)));
    }

    @Override
    public synchronized long count() {
        return events.size();
    }

    @Override
    public synchronized StoreVersion version() {
        return version;
    }

    private void advance() {
        version = new StoreVersion(version.version() + 1, Instant.now());
    }

    /** The filter as the SQL stores apply it, the text and source filters over the event's evidence. */
    private boolean passes(EventFilter filter, Event event) {
        if (!filter.accepts(event)) {
            return false;
        }
        List<StoredEvidence> own = evidence.stream().filter(v -> v.eventId == event.id()).toList();
        TextQuery text = filter.text();
        if (text != null && !text.matches(SearchText.ofSentences(own.stream().map(v -> v.evidence.sentence()).toList()))) {
            return false;
        }
        return filter.source() == null || own.stream().anyMatch(v -> articles.find(v.evidence.articleId())
                .map(a -> a.source().equalsIgnoreCase(filter.source())).orElse(false));
    }

    private Event insert(NewEvent e, Evidence first) {
        Event event = new Event(++lastId, e.eventDate(), e.timePrecision(), e.subEventType(), e.place(),
                e.geoPrecision(), first.fatalities(), JdbcEventStore.notes(first.sentence()), "",
                Corroboration.single(first.fatalities()), e.confidence(), e.dateApproximate());
        events.add(event);
        double lon = event.longitude();
        double lat = event.latitude();
        extent = extent == null ? new BBox(lon, lat, lon, lat) : new BBox(Math.min(extent.minLon(), lon),
                Math.min(extent.minLat(), lat), Math.max(extent.maxLon(), lon), Math.max(extent.maxLat(), lat));
        return event;
    }

    /** Recomputes the event from its evidence as {@link JdbcEventStore} does, or drops it if it has none. */
    private void refresh(Event event) {
        List<SourceMerge.Row> rows = evidence.stream().filter(v -> v.eventId == event.id())
                .map(v -> new SourceMerge.Row(v.evidence.articleId(),
                        articles.find(v.evidence.articleId()).orElseThrow().source(), v.evidence.fatalities(),
                        v.evidence.sentence(), v.report.confidence(), v.report.dateApproximate()))
                .toList();
        if (rows.isEmpty()) {
            events.remove(event);
            return;
        }
        SourceMerge merge = SourceMerge.of(rows);
        Event updated = new Event(event.id(), event.eventDate(), event.timePrecision(), event.subEventType(),
                event.place(), event.geoPrecision(), merge.fatalities(), merge.notes(), merge.source(),
                merge.corroboration(), merge.confidence(), merge.dateApproximate());
        events.set(events.indexOf(event), updated);
    }

    private static boolean sameKey(Event e, NewEvent n) {
        return e.subEventType() == n.subEventType() && e.place().ref().equals(n.place().ref())
                && e.eventDate().equals(n.eventDate());
    }

    /** Evidence with the report it came with, whose confidence and date approximation the event merges. */
    private record StoredEvidence(long eventId, Evidence evidence, NewEvent report) {}
}
