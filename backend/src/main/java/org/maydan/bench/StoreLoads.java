package org.maydan.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.maydan.system.Migrations;

/**
 * How each store is filled with synthetic events: PostGIS by COPY with its secondary indexes
 * rebuilt after, the embedded H2GIS file by batched inserts through its triggers. Both migrate the
 * database first with the application's Flyway scripts and EMPTY it.
 */
final class StoreLoads {

    private static final double NANOS_PER_SECOND = 1e9;

    private StoreLoads() {
    }

    /** PostGIS: TRUNCATE, COPY, evidence, indexes, all in one transaction; then CLUSTER and VACUUM ANALYZE. */
    static void postgis(Connection connection, String url, String user, String password, List<SyntheticEvent> events,
            boolean cluster, PrintStream out) throws SQLException, IOException {
        migrate(url, user, password, Migrations.locations("postgresql"), out);
        // One transaction from TRUNCATE to the rebuilt indexes: PostgreSQL DDL is transactional,
        // so a run stopped half-way leaves the store as it was, indexes included.
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(BenchSql.EMPTY);
            Map<String, String> indexes = secondaryIndexes(statement);
            for (String name : indexes.keySet()) {
                statement.execute(BenchSql.DROP_INDEX + name);
            }
            insertArticles(connection);
            long start = System.nanoTime();
            long copied = EventCopyLoader.load(connection, events.iterator());
            rate(out, "COPY event (with day counts, extent)", copied, start);
            start = System.nanoTime();
            long evidence = statement.executeUpdate(BenchSql.INSERT_EVIDENCE);
            rate(out, "evidence", evidence, start);
            for (String restart : BenchSql.RESTART_IDS) {
                statement.execute(restart);
            }
            for (String create : indexes.values()) {
                start = System.nanoTime();
                statement.execute(create);
                out.printf("%s: %.1f s%n", create, seconds(start));
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
            if (cluster) {
                long start = System.nanoTime();
                statement.execute(BenchSql.CLUSTER);
                out.printf("%s: %.1f s%n", BenchSql.CLUSTER, seconds(start));
            }
            long start = System.nanoTime();
            statement.execute(BenchSql.VACUUM_ANALYZE);
            out.printf("VACUUM ANALYZE: %.1f s%n", seconds(start));
        }
    }

    /** Embedded H2GIS: a fresh file, migrated, filled by batched inserts through the triggers, analysed. */
    static void embedded(Connection connection, String url, List<SyntheticEvent> events, PrintStream out)
            throws SQLException {
        migrate(url, BenchStore.EMBEDDED_USER, "", Migrations.locations("h2"), out);
        insertArticles(connection);
        long start = System.nanoTime();
        long inserted = EmbeddedLoader.load(connection, events.iterator());
        rate(out, "INSERT event (through day count, extent and version triggers)", inserted, start);
        start = System.nanoTime();
        long evidence = EmbeddedLoader.evidence(connection, inserted);
        rate(out, "evidence", evidence, start);
        EmbeddedLoader.restartIds(connection);
        start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        out.printf("ANALYZE: %.1f s%n", seconds(start));
    }

    private static void migrate(String url, String user, String password, String[] locations, PrintStream out) {
        long start = System.nanoTime();
        int applied = Flyway.configure().dataSource(url, user, password).locations(locations).load()
                .migrate().migrationsExecuted;
        out.printf("Flyway: %d migrations applied in %.1f s%n", applied, seconds(start));
    }

    private static Map<String, String> secondaryIndexes(Statement statement) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (ResultSet rs = statement.executeQuery(BenchSql.SECONDARY_INDEXES)) {
            while (rs.next()) {
                indexes.put(rs.getString(1), rs.getString(2));
            }
        }
        return indexes;
    }

    private static void insertArticles(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(BenchSql.INSERT_ARTICLE)) {
            for (String source : SyntheticEvents.SOURCES) {
                String body = "نص تجريبي مولد آلياً لقياس الأداء: " + source;
                insert.setString(1, sha256(body));
                insert.setString(2, source);
                insert.setString(3, source);
                insert.setString(4, body);
                insert.executeUpdate();
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void rate(PrintStream out, String what, long rows, long startNanos) {
        double s = seconds(startNanos);
        out.printf("%s: %,d rows in %.1f s (%,.0f rows/s)%n", what, rows, s, rows / s);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / NANOS_PER_SECOND;
    }
}
