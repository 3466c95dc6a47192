package org.maydan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maydan.event.SearchText;
import org.maydan.ingest.TestDatabase;
import org.maydan.system.Migrations;

/**
 * Loads synthetic events into a real PostGIS migrated with the application's own Flyway scripts,
 * in a throw-away schema so it never touches a real store: the test database of the other PostGIS
 * tests ({@code MAYDAN_TEST_PG_URL/_USER/_PASSWORD}), skipped loudly without it and failed in CI.
 */
class EventCopyLoaderTest {

    private static final int COUNT = 2_000;
    private final String schema = "copy_test_" + ProcessHandle.current().pid();
    private Connection connection;

    @BeforeEach
    void connectAndMigrate() throws SQLException {
        String url = TestDatabase.postgisUrl();
        String user = TestDatabase.postgisUser();
        String password = TestDatabase.postgisPassword();
        connection = DriverManager.getConnection(url, user, password);
        Flyway.configure().dataSource(url, user, password).locations(Migrations.locations("postgresql")).schemas(schema)
                .load().migrate();
        try (Statement s = connection.createStatement()) {
            s.execute("SET search_path = " + schema + ", public");
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (connection != null) {
            try (Statement s = connection.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            connection.close();
        }
    }

    @Test
    void copiesEveryEventIntoTheApplicationsTableWithItsPointArabicTextAndPlaceRef() throws Exception {
        SyntheticEvent first = new SyntheticEvents(ShippedCommunities.get(), 7).distinctEvents(COUNT).next();

        long copied = EventCopyLoader.load(connection, new SyntheticEvents(ShippedCommunities.get(), 7)
                .distinctEvents(COUNT));

        assertThat(copied).isEqualTo(COUNT);
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) OVER (), ST_SRID(geom), ST_X(geom), ST_Y(geom),"
                        + " notes, location_ar, place_ref, event_date, id, search_text FROM event ORDER BY id LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(COUNT);
            assertThat(rs.getInt(2)).isEqualTo(4326);
            assertThat(rs.getDouble(3)).isCloseTo(first.event().longitude(), within(1e-9));
            assertThat(rs.getDouble(4)).isCloseTo(first.event().latitude(), within(1e-9));
            assertThat(rs.getString(5)).isEqualTo(first.event().notes());
            assertThat(rs.getString(6)).isEqualTo(first.event().locationAr());
            assertThat(rs.getString(7)).isEqualTo(EventCopyLoader.PLACE_REF_PREFIX + first.placeRef());
            assertThat(rs.getDate(8).toLocalDate()).isEqualTo(first.event().eventDate());
            assertThat(rs.getLong(9)).isEqualTo(1);
            assertThat(rs.getString(10)).isEqualTo(SearchText.fold(first.event().notes()));
        }
    }

    @Test
    void theDayCountsTriggerCountsTheCopiedEventsInOneStatement() throws Exception {
        EventCopyLoader.load(connection, new SyntheticEvents(ShippedCommunities.get(), 7).distinctEvents(COUNT));

        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT (SELECT sum(events) FROM event_day_count),
                               (SELECT count(*) FROM event_day_count),
                               (SELECT count(DISTINCT (event_date, sub_event_type)) FROM event)""")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(COUNT);
            assertThat(rs.getLong(2)).isEqualTo(rs.getLong(3));
        }
    }
}
