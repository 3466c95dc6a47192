package org.maydan.tile;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.maydan.system.Migrations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An embedded store that already holds events before V9 gets its per-place counts filled by the
 * migration (a user upgrading keeps every event on the tiles).
 */
class PlacePeriodMigrationTest {

    private static final MigrationVersion V9 = MigrationVersion.fromVersion("9");
    private static final String SENTENCE = "دارت اشتباكات قرب القرية صباح اليوم.";

    @Test
    void theMigrationCountsTheEventsAlreadyStored() {
        try (HikariDataSource h2 = new HikariDataSource()) {
            h2.setJdbcUrl("jdbc:h2:mem:v9-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            h2.setUsername("sa");
            Flyway.configure().dataSource(h2).locations(Migrations.locations("h2")).target(lastStepBefore(h2, V9))
                    .load().migrate();
            JdbcClient jdbc = JdbcClient.create(h2);
            // Rows as a store of that version wrote them: today's store writes columns added later.
            String[] days = {"2019-05-06", "2019-05-07", "2019-06-01", "2020-01-02"};
            for (int i = 0; i < days.length; i++) {
                jdbc.sql("""
                        INSERT INTO event (event_date, time_precision, event_type, sub_event_type, place_ref,
                            location, location_ar, latitude, longitude, geo_precision, fatalities, notes, source, geom)
                        VALUES (:day, 1, 'Battles', 'Armed clash', 'test:v', 'V', 'ق', 35.43, 36.49, 1, :dead,
                            :notes, 'desk', ST_SetSRID(ST_MakePoint(36.49, 35.43), 4326))""")
                        .param("day", LocalDate.parse(days[i]))
                        .param("dead", i)
                        .param("notes", SENTENCE)
                        .update();
            }

            Flyway.configure().dataSource(h2).locations(Migrations.locations("h2")).load().migrate();

            assertThat(PeriodRows.stored(jdbc)).hasSize(1 + 2 + 3).isEqualTo(PeriodRows.expected(jdbc));
        }
    }

    /** The newest migration step older than {@code version}: the schema just before it. */
    private static MigrationVersion lastStepBefore(DataSource db, MigrationVersion version) {
        return Arrays.stream(Flyway.configure().dataSource(db).locations(Migrations.locations("h2")).load().info().all())
                .map(MigrationInfo::getVersion).filter(v -> version.isNewerThan(v.getVersion()))
                .max(MigrationVersion::compareTo).orElseThrow();
    }
}
