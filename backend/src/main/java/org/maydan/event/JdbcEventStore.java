package org.maydan.event;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.maydan.system.SqlDialect;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EventStore} over the {@code event}, {@code evidence} and {@code article} tables with
 * hand-written SQL. PostGIS and H2GIS answer the same text: both have {@code ST_MakePoint},
 * {@code ST_SetSRID}, {@code ST_MakeEnvelope}, the index-backed {@code &&} operator and row-value
 * comparison; the contract tests run this class on both. Reads differ only in how a box is tested
 * ({@link FilterSql.BoxTest}: the spatial index on PostgreSQL, the covering date index on H2).
 *
 * <p>Writes insert events and evidence with the {@link SqlDialect}'s insert-if-absent statement
 * ({@code INSERT ... ON CONFLICT DO NOTHING} on PostgreSQL, {@code MERGE} on H2), so concurrent
 * writers of the same natural key store it once.
 */
@Repository
public class JdbcEventStore implements EventStore {

    /** The longest {@code notes} text; longer evidence sentences are cut at a word. */
    static final int NOTES_MAX_CHARS = 280;
    /** ACLED separates several sources with this. */
    static final String SOURCE_SEPARATOR = "; ";
    /** The natural key as a condition on named parameters. */
    private static final String NATURAL_KEY =
            "sub_event_type = :subEventType AND place_ref = :placeRef AND event_date = :date";
    private static final String ELLIPSIS = "…";

    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    /** How reads test a box on this vendor; see {@link FilterSql.BoxTest}. */
    private final FilterSql.BoxTest boxTest;

    private final VersionCache versions;
    private final JdbcTimeline timeline;

    /** A store that reads its change version for every call of {@link #version()}. */
    public JdbcEventStore(JdbcClient jdbc, SqlDialect dialect) {
        this(jdbc, dialect, Duration.ZERO);
    }

    /** A store that keeps its change version for {@code maydan.events.version-cache}; see {@link VersionCache}. */
    @Autowired
    public JdbcEventStore(JdbcClient jdbc, SqlDialect dialect, EventApiProperties properties) {
        this(jdbc, dialect, properties.versionCache());
    }

    private JdbcEventStore(JdbcClient jdbc, SqlDialect dialect, Duration versionCache) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.boxTest = dialect == SqlDialect.POSTGRESQL ? FilterSql.BoxTest.SPATIAL_INDEX : FilterSql.BoxTest.COLUMNS;
        this.versions = new VersionCache(versionCache, this::readVersion);
        this.timeline = new JdbcTimeline(jdbc);
    }

    @Override
    @Transactional
    public long record(NewEvent event, Evidence evidence) {
        versions.forgetAfterCommit();
        requireArticle(evidence.articleId());
        long eventId = upsert(event, evidence).eventId();
        if (insertEvidence(eventId, event, evidence)) {
            refresh(List.of(eventId));
        }
        return eventId;
    }

    @Override
    @Transactional
    public List<Recorded> replaceEvidence(long articleId, List<Report> reports) {
        versions.forgetAfterCommit();
        requireArticle(articleId);
        for (Report report : reports) {
            if (report.evidence().articleId() != articleId) {
                throw new IllegalArgumentException("evidence of article " + report.evidence().articleId()
                        + " given to replace the evidence of article " + articleId);
            }
        }
        Set<Long> touched = new TreeSet<>(jdbc.sql("SELECT DISTINCT event_id FROM evidence WHERE article_id = :article")
                .param("article", articleId)
                .query(Long.class)
                .list());
        jdbc.sql("DELETE FROM evidence WHERE article_id = :article").param("article", articleId).update();
        List<Upserted> upserted = new ArrayList<>();
        for (Report report : reports) {
            Upserted u = upsert(report.event(), report.evidence());
            insertEvidence(u.eventId(), report.event(), report.evidence());
            upserted.add(u);
            touched.add(u.eventId());
        }
        refresh(touched);
        List<Recorded> recorded = new ArrayList<>();
        for (Upserted u : upserted) {
            recorded.add(new Recorded(u.eventId(), u.created() ? Outcome.NEW
                    : otherArticles(u.eventId(), articleId) ? Outcome.MERGED : Outcome.KEPT));
        }
        return recorded;
    }

    @Override
    public List<Event> eventsOf(long articleId) {
        return jdbc.sql("SELECT " + EventRows.EVENT_COLUMNS + " FROM event WHERE id IN"
                        + " (SELECT event_id FROM evidence WHERE article_id = :article) ORDER BY event_date, id")
                .param("article", articleId)
                .query((rs, row) -> EventRows.event(rs))
                .list();
    }

    /**
     * A page is read in autocommit, without a transaction: PostgreSQL then sends all its rows (at
     * most {@code maydan.events.max-limit} + 1) in one answer instead of one cursor fetch per
     * {@code fetch-size} rows, each a round trip that a busy server pays for with a wait.
     */
    @Override
    public void stream(EventQuery query, Consumer<Event> sink) {
        FilterSql where = FilterSql.page(query, boxTest);
        jdbc.sql(where.select(EventRows.EVENT_COLUMNS))
                .params(where.params())
                .query((ResultSet rs) -> sink.accept(EventRows.event(rs)));
    }

    @Override
    public void streamPoints(EventQuery query, Consumer<EventPoint> sink) {
        FilterSql where = FilterSql.page(query, boxTest);
        jdbc.sql(where.select(EventRows.POINT_COLUMNS))
                .params(where.params())
                .query((ResultSet rs) -> sink.accept(EventRows.point(rs)));
    }

    /** As {@link #stream}; on PostgreSQL the text columns are handed over as the driver's bytes ({@link FeatureRow}). */
    @Override
    public void streamRows(EventQuery query, Consumer<FeatureRow> sink) {
        FilterSql where = FilterSql.page(query, boxTest);
        FeatureRow row = new FeatureRow();
        boolean raw = dialect == SqlDialect.POSTGRESQL;
        jdbc.sql(where.select(EventRows.EVENT_COLUMNS))
                .params(where.params())
                .query((ResultSet rs) -> sink.accept(EventRows.featureRow(rs, raw, row)));
    }

    /** In a read-only transaction, which lets PostgreSQL read the up to a million rows through a cursor. */
    @Override
    @Transactional(readOnly = true)
    public void streamMarkers(EventQuery query, Consumer<EventMarker> sink) {
        FilterSql where = FilterSql.page(query, boxTest);
        jdbc.sql(where.select(EventRows.MARKER_COLUMNS))
                .params(where.params())
                .query((ResultSet rs) -> sink.accept(EventRows.marker(rs)));
    }

    /**
     * Read-only transaction: on PostgreSQL autocommit is then off, which is what lets the driver
     * read through a cursor {@code spring.jdbc.template.fetch-size} rows at a time instead of
     * materialising the result.
     */
    @Override
    @Transactional(readOnly = true)
    public void read(EventQuery query, Reader reader) throws IOException {
        FilterSql where = FilterSql.page(query, boxTest);
        try (Stream<Event> events = jdbc.sql(where.select(EventRows.EVENT_COLUMNS))
                .params(where.params())
                .query((rs, row) -> EventRows.event(rs))
                .stream()) {
            reader.read(events);
        }
    }

    @Override
    public long count(EventFilter filter, long atMost) {
        FilterSql where = FilterSql.of(filter, boxTest);
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM event" + where.sql() + " LIMIT :atMost) AS bounded")
                .params(where.params())
                .param("atMost", atMost)
                .query(Long.class).single();
    }

    @Override
    public Optional<Event> find(long id) {
        return jdbc.sql("SELECT " + EventRows.EVENT_COLUMNS + " FROM event WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> EventRows.event(rs))
                .optional();
    }

    @Override
    public List<SourceEvidence> evidence(long eventId) {
        return jdbc.sql("""
                SELECT v.article_id, a.source, a.title, a.url, a.published, v.sentence,
                       v.sentence_start, v.sentence_end, v.place_start, v.place_end,
                       v.trigger_start, v.trigger_end, v.fatalities
                FROM evidence v JOIN article a ON a.id = v.article_id
                WHERE v.event_id = :event
                ORDER BY v.id""")
                .param("event", eventId)
                .query((rs, row) -> new SourceEvidence(rs.getLong("article_id"), rs.getString("source"),
                        rs.getString("title"), rs.getString("url"), rs.getObject("published", LocalDate.class),
                        rs.getString("sentence"), span(rs, "sentence"), span(rs, "place"),
                        rs.getObject("trigger_start") == null ? null : span(rs, "trigger"),
                        EventRows.integer(rs, "fatalities")))
                .list();
    }

    /** See {@link JdbcTimeline#timeline}. */
    @Override
    public List<DayCount> timeline(EventFilter filter) {
        return timeline.timeline(filter);
    }

    /** See {@link JdbcTimeline#extent}. */
    @Override
    public Optional<EventExtent> extent() {
        return timeline.extent();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single();
    }

    @Override
    public StoreVersion version() {
        return versions.get();
    }

    private StoreVersion readVersion() {
        return jdbc.sql("SELECT version, changed_at FROM store_version WHERE id = 1")
                .query((rs, row) -> new StoreVersion(rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant()))
                .single();
    }

    /** An event row found or inserted for a report. */
    private record Upserted(long eventId, boolean created) {}

    /** Inserts the event unless its natural key is stored; either way its id, with the row locked. */
    private Upserted upsert(NewEvent event, Evidence first) {
        EventPlace place = event.place();
        int inserted = jdbc.sql(dialect.insertIfAbsent("event", """
                        event_date, time_precision, event_type, sub_event_type, place_ref,
                        location, location_ar, admin1, admin2, latitude, longitude, geo_precision,
                        fatalities, notes, source, geom, search_text, confidence, date_approximate""", """
                        :date, :timePrecision, :eventType, :subEventType, :placeRef,
                        :location, :locationAr, :admin1, :admin2, :lat, :lon, :geoPrecision,
                        :fatalities, :notes, '', ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :searchText,
                        :confidence, :dateApproximate""",
                        NATURAL_KEY))
                .param("date", event.eventDate())
                .param("timePrecision", event.timePrecision())
                .param("eventType", event.subEventType().eventType().label())
                .param("subEventType", event.subEventType().label())
                .param("placeRef", place.ref())
                .param("location", place.name())
                .param("locationAr", place.nameAr())
                .param("admin1", place.admin1())
                .param("admin2", place.admin2())
                .param("lat", place.latitude())
                .param("lon", place.longitude())
                .param("geoPrecision", event.geoPrecision())
                .param("fatalities", first.fatalities())
                .param("notes", notes(first.sentence()))
                .param("searchText", SearchText.ofSentences(List.of(first.sentence())))
                .param("confidence", event.confidence())
                .param("dateApproximate", event.dateApproximate())
                .update();
        // Locked before any evidence points at it: a writer adding a source waits here for another
        // one to commit, instead of both holding the foreign key's share lock and then deadlocking
        // on the update of the summary.
        long id = jdbc.sql("SELECT id FROM event WHERE " + NATURAL_KEY + " FOR UPDATE")
                .param("subEventType", event.subEventType().label())
                .param("placeRef", place.ref())
                .param("date", event.eventDate())
                .query(Long.class)
                .single();
        return new Upserted(id, inserted > 0);
    }

    /**
     * Adds the evidence, with the report's own confidence and date approximation, unless the same
     * article's same sentence is already evidence of the event.
     */
    private boolean insertEvidence(long eventId, NewEvent report, Evidence evidence) {
        return jdbc.sql(dialect.insertIfAbsent("evidence", """
                        event_id, article_id, sentence, sentence_start, sentence_end,
                        place_start, place_end, trigger_start, trigger_end, fatalities,
                        confidence, date_approximate""", """
                        :event, :article, :sentence, :sentenceStart, :sentenceEnd,
                        :placeStart, :placeEnd, :triggerStart, :triggerEnd, :fatalities,
                        :confidence, :dateApproximate""",
                        "event_id = :event AND article_id = :article AND sentence_start = :sentenceStart"))
                .param("event", eventId)
                .param("article", evidence.articleId())
                .param("sentence", evidence.sentence())
                .param("sentenceStart", evidence.sentenceSpan().start())
                .param("sentenceEnd", evidence.sentenceSpan().end())
                .param("placeStart", evidence.placeSpan().start())
                .param("placeEnd", evidence.placeSpan().end())
                .param("triggerStart", evidence.triggerSpan() == null ? null : evidence.triggerSpan().start())
                .param("triggerEnd", evidence.triggerSpan() == null ? null : evidence.triggerSpan().end())
                .param("fatalities", evidence.fatalities())
                .param("confidence", report.confidence())
                .param("dateApproximate", report.dateApproximate())
                .update() > 0;
    }

    private void requireArticle(long articleId) {
        if (jdbc.sql("SELECT COUNT(*) FROM article WHERE id = :id").param("id", articleId).query(Long.class).single() == 0) {
            throw new IllegalArgumentException("no stored article with id " + articleId);
        }
    }

    private boolean otherArticles(long eventId, long articleId) {
        return jdbc.sql("SELECT COUNT(*) FROM evidence WHERE event_id = :event AND article_id <> :article")
                .param("event", eventId)
                .param("article", articleId)
                .query(Long.class).single() > 0;
    }

    /**
     * Recomputes what the events show from all their evidence, and deletes those left without any.
     * Each event row is locked before its evidence is read, in id order, so that two writers adding
     * sources to one event both count: the second waits and then sees the first one's evidence.
     */
    private void refresh(Collection<Long> eventIds) {
        for (long eventId : new TreeSet<>(eventIds)) {
            if (jdbc.sql("SELECT id FROM event WHERE id = :event FOR UPDATE").param("event", eventId)
                    .query(Long.class).optional().isEmpty()) {
                continue;
            }
            List<SourceMerge.Row> rows = jdbc.sql("""
                    SELECT v.article_id, a.source, v.fatalities, v.sentence, v.confidence, v.date_approximate
                    FROM evidence v JOIN article a ON a.id = v.article_id
                    WHERE v.event_id = :event ORDER BY v.id""")
                    .param("event", eventId)
                    .query((rs, row) -> new SourceMerge.Row(rs.getLong("article_id"), rs.getString("source"),
                            EventRows.integer(rs, "fatalities"), rs.getString("sentence"),
                            EventRows.real(rs, "confidence"), rs.getBoolean("date_approximate")))
                    .list();
            if (rows.isEmpty()) {
                jdbc.sql("DELETE FROM event WHERE id = :event").param("event", eventId).update();
                continue;
            }
            SourceMerge merge = SourceMerge.of(rows);
            Corroboration c = merge.corroboration();
            jdbc.sql("""
                    UPDATE event SET fatalities = :fatalities, fatalities_min = :min, fatalities_max = :max,
                        fatalities_disputed = :disputed, source_count = :sources, source = :source,
                        notes = :notes, search_text = :searchText, confidence = :confidence,
                        date_approximate = :dateApproximate, updated_at = CURRENT_TIMESTAMP
                    WHERE id = :event""")
                    .param("event", eventId)
                    .param("fatalities", merge.fatalities())
                    .param("min", c.fatalitiesMin())
                    .param("max", c.fatalitiesMax())
                    .param("disputed", c.fatalitiesDisputed())
                    .param("sources", c.sourceCount())
                    .param("source", merge.source())
                    .param("notes", merge.notes())
                    .param("searchText", merge.searchText())
                    .param("confidence", merge.confidence())
                    .param("dateApproximate", merge.dateApproximate())
                    .update();
        }
    }

    static String notes(String sentence) {
        return shorten(sentence.strip(), NOTES_MAX_CHARS);
    }

    static String shorten(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars - ELLIPSIS.length());
        return text.substring(0, cut > 0 ? cut : maxChars - ELLIPSIS.length()) + ELLIPSIS;
    }

    private static Span span(ResultSet rs, String prefix) throws SQLException {
        return new Span(rs.getInt(prefix + "_start"), rs.getInt(prefix + "_end"));
    }
}
