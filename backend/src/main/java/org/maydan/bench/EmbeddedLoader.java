package org.maydan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import org.maydan.export.ExportEvent;

/**
 * Fills the embedded H2GIS store with synthetic events by batched inserts into the application's
 * tables, in transactions of {@value #ROWS_PER_TRANSACTION} rows; the store's row triggers (day
 * counts, extent, change version) run as they would for ingest. Evidence follows in id ranges of
 * the same size, one row per event as on PostGIS ({@link BenchSql#INSERT_EVIDENCE}).
 */
final class EmbeddedLoader {

    static final int ROWS_PER_TRANSACTION = 50_000;
    private static final int BATCH = 1000;
    private static final int LOAD_COLUMNS = 21;

    /** {@link BenchSql#INSERT_EVIDENCE} in H2's words: {@code LOCATE} for {@code strpos}. */
    static final String INSERT_EVIDENCE = """
            INSERT INTO evidence (event_id, article_id, sentence, sentence_start, sentence_end,
                place_start, place_end, fatalities)
            SELECT e.id, a.id, e.notes, 0, LENGTH(e.notes),
                   GREATEST(LOCATE(e.location_ar, e.notes) - 1, 0),
                   GREATEST(LOCATE(e.location_ar, e.notes) - 1, 0)
                       + CASE WHEN LOCATE(e.location_ar, e.notes) > 0 THEN LENGTH(e.location_ar) ELSE 0 END,
                   e.fatalities
            FROM event e JOIN article a ON a.source = e.source
            WHERE e.id BETWEEN ? AND ?""";

    /** Identity columns continue after the explicit ids. */
    static final List<String> RESTART_IDS = List.of("event", "article", "evidence");

    private EmbeddedLoader() {
    }

    /** Inserts every event and returns how many rows were inserted. */
    static long load(Connection connection, Iterator<SyntheticEvent> events) throws SQLException {
        String placeholders = "?, ".repeat(LOAD_COLUMNS - 1) + "?";
        long rows = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO event (" + BenchSql.EVENT_LOAD_COLUMNS + ") VALUES (" + placeholders + ")")) {
            while (events.hasNext()) {
                bind(insert, events.next());
                insert.addBatch();
                rows++;
                if (rows % BATCH == 0) {
                    insert.executeBatch();
                }
                if (rows % ROWS_PER_TRANSACTION == 0) {
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return rows;
    }

    /** One evidence row per event, in transactions of {@value #ROWS_PER_TRANSACTION} events. */
    static long evidence(Connection connection, long maxEventId) throws SQLException {
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVIDENCE)) {
            for (long from = 1; from <= maxEventId; from += ROWS_PER_TRANSACTION) {
                insert.setLong(1, from);
                insert.setLong(2, from + ROWS_PER_TRANSACTION - 1);
                rows += insert.executeUpdate();
            }
        }
        return rows;
    }

    /** Moves each identity past the largest id stored. */
    static void restartIds(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : RESTART_IDS) {
                long next;
                try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    rs.next();
                    next = rs.getLong(1);
                }
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    private static void bind(PreparedStatement insert, SyntheticEvent synthetic) throws SQLException {
        ExportEvent e = synthetic.event();
        int i = 0;
        insert.setLong(++i, e.id());
        insert.setObject(++i, e.eventDate());
        insert.setInt(++i, e.timePrecision());
        insert.setString(++i, e.eventType());
        insert.setString(++i, e.subEventType());
        insert.setString(++i, EventCopyLoader.PLACE_REF_PREFIX + synthetic.placeRef());
        insert.setString(++i, e.location());
        insert.setString(++i, e.locationAr());
        insert.setString(++i, e.admin1());
        insert.setString(++i, e.admin2());
        insert.setDouble(++i, e.latitude());
        insert.setDouble(++i, e.longitude());
        insert.setInt(++i, e.geoPrecision());
        insert.setInt(++i, e.fatalities());
        insert.setString(++i, e.notes());
        insert.setString(++i, e.source());
        insert.setString(++i, CopyText.ewktPoint(e.longitude(), e.latitude()));
        insert.setInt(++i, e.fatalities());
        insert.setInt(++i, e.fatalities());
        insert.setInt(++i, EventCopyLoader.SOURCES_PER_EVENT);
        insert.setString(++i, EventCopyLoader.searchText(e));
    }
}
