package org.maydan.tile;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.maydan.system.Migrations;

/**
 * For {@code bench-tiles}: the events of a PostGIS benchmark store copied into an embedded H2GIS
 * file migrated with the application's own H2 scripts, so both stores are timed on the same
 * events. Only {@code event} is copied (tiles read nothing else); the copy is skipped when the file
 * already holds as many events. The file is migrated up to {@value #BEFORE_TRIGGERS} first, the events
 * copied, then the rest of the migrations run: those that add the summary tables fill them from the
 * events with one statement each and add their triggers, instead of firing row triggers a million
 * times.
 */
final class EmbeddedCopy {

    private static final int BATCH = 5_000;
    /** The last migration before the first trigger on {@code event} (V4, day counts). */
    static final String BEFORE_TRIGGERS = "3";
    private static final String[] MIGRATIONS = Migrations.locations("h2");
    private static final String COLUMNS = """
            id, event_date, time_precision, event_type, sub_event_type, place_ref, location, location_ar,
            admin1, admin2, latitude, longitude, geo_precision, fatalities, notes, source""";

    private EmbeddedCopy() {
    }

    /** An H2GIS pool on {@code file}, migrated, holding the PostGIS store's events. */
    static HikariDataSource copy(HikariDataSource postgis, Path file) throws SQLException {
        HikariDataSource h2 = new HikariDataSource();
        h2.setJdbcUrl("jdbc:h2:file:" + file.toAbsolutePath());
        h2.setUsername("sa");
        h2.setPassword("");
        h2.setMaximumPoolSize(2);
        long wanted = count(postgis);
        if (Files.exists(file.resolveSibling(file.getFileName() + ".mv.db"))) {
            Flyway.configure().dataSource(h2).locations(MIGRATIONS).load().migrate();
            if (count(h2) == wanted) {
                return h2;
            }
            try (Connection c = h2.getConnection(); Statement drop = c.createStatement()) {
                drop.execute("DROP ALL OBJECTS");
            }
        }
        Flyway.configure().dataSource(h2).locations(MIGRATIONS).target(BEFORE_TRIGGERS).load().migrate();
        try (Connection from = postgis.getConnection(); Connection to = h2.getConnection()) {
            from.setAutoCommit(false);
            to.setAutoCommit(false);
            try (Statement read = from.createStatement()) {
                read.setFetchSize(BATCH);
                try (ResultSet rs = read.executeQuery("SELECT " + COLUMNS + " FROM event ORDER BY id");
                        PreparedStatement insert = to.prepareStatement("INSERT INTO event (" + COLUMNS
                                + ", geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                + " ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
                    int columns = rs.getMetaData().getColumnCount();
                    int pending = 0;
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            insert.setObject(c, rs.getObject(c));
                        }
                        insert.setDouble(columns + 1, rs.getDouble("longitude"));
                        insert.setDouble(columns + 2, rs.getDouble("latitude"));
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            to.commit();
                            pending = 0;
                        }
                    }
                    insert.executeBatch();
                    to.commit();
                }
            }
        }
        Flyway.configure().dataSource(h2).locations(MIGRATIONS).load().migrate();
        return h2;
    }

    private static long count(HikariDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM event")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
