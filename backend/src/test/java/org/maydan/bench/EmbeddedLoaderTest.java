package org.maydan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.maydan.event.SearchText;
import org.maydan.system.Migrations;

/**
 * Fills an in-memory embedded store, migrated with the application's own H2 scripts, the way
 * {@code bench-events --embedded} fills the file: every event once, the triggers' day counts and
 * extent exact, one evidence row per event, identities past the ids given.
 */
class EmbeddedLoaderTest {

    private static final int COUNT = 3_000;

    /** One community inside each campaign box of {@link Campaign#SYRIA_2017_2020}, plus one in Homs. */
    static final List<Community> PLACES = List.of(
            new Community("C1", "Raqqa", "الرقة", "Ar-Raqqa", "الرقة", "SY1101", "Raqqa", "الرقة", 35.95, 39.0),
            new Community("C2", "Afrin", "عفرين", "Aleppo", "حلب", "SY0203", "Afrin", "عفرين", 36.5, 36.85),
            new Community("C3", "Douma", "دوما", "Rural Damascus", "ريف دمشق", "SY0301", "Douma", "دوما", 33.55, 36.4),
            new Community("C4", "Nawa", "نوى", "Dar'a", "درعا", "SY1201", "Izra", "ازرع", 32.9, 36.0),
            new Community("C5", "Hajin", "هجين", "Deir-ez-Zor", "دير الزور", "SY0903", "Abu Kamal", "البوكمال", 34.7,
                    40.8),
            new Community("C6", "Kafr Nabudah", "كفرنبودة", "Hama", "حماة", "SY0503", "As-Suqaylabiyah", "السقيلبية",
                    35.43, 36.49),
            new Community("C7", "Saraqib", "سراقب", "Idleb", "إدلب", "SY0700", "Idleb", "إدلب", 35.86, 36.8),
            new Community("C8", "Talbiseh", "تلبيسة", "Homs", "حمص", "SY0400", "Ar-Rastan", "الرستن", 34.84, 36.73));

    @Test
    void eventsInDateOrderAreTheDistinctEventsWithIdsFollowingTheirDates() {
        List<SyntheticEvent> byDate = new SyntheticEvents(PLACES, 3).distinctEventsByDate(COUNT);
        List<SyntheticEvent> drawn = new ArrayList<>();
        new SyntheticEvents(PLACES, 3).distinctEvents(COUNT).forEachRemaining(drawn::add);

        assertThat(byDate).extracting(s -> s.event().id()).containsExactlyElementsOf(
                LongStream.rangeClosed(1, COUNT).boxed().toList());
        assertThat(byDate).extracting(s -> s.event().eventDate()).isSorted();
        assertThat(byDate).extracting(s -> s.placeRef() + s.event().subEventType() + s.event().eventDate())
                .containsExactlyInAnyOrderElementsOf(drawn.stream()
                        .map(s -> s.placeRef() + s.event().subEventType() + s.event().eventDate()).toList());
    }

    @Test
    void theEmbeddedStoreHoldsEveryEventWithItsCountsExtentAndEvidence() throws SQLException {
        String url = "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, BenchStore.EMBEDDED_USER, "").locations(Migrations.locations("h2")).load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, BenchStore.EMBEDDED_USER, "")) {
            StoreLoads.embedded(connection, url, new SyntheticEvents(PLACES, 3).distinctEventsByDate(COUNT), System.out);
            SyntheticEvent first = new SyntheticEvents(PLACES, 3).distinctEventsByDate(COUNT).get(0);

            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("""
                            SELECT (SELECT COUNT(*) FROM event), (SELECT SUM(events) FROM event_day_count),
                                   (SELECT COUNT(*) FROM evidence), (SELECT min_lon FROM event_extent),
                                   (SELECT MIN(longitude) FROM event),
                                   (SELECT search_text FROM event WHERE id = 1)""")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(COUNT);
                assertThat(rs.getLong(2)).isEqualTo(COUNT);
                assertThat(rs.getLong(3)).isEqualTo(COUNT);
                assertThat(rs.getDouble(4)).isEqualTo(rs.getDouble(5));
                assertThat(rs.getString(6)).isEqualTo(SearchText.fold(first.event().notes()));
            }
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("INSERT INTO article (content_hash, source, body) VALUES ('x', 'desk', 'نص')");
                try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM article")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("identities continue after the loaded ids")
                            .isEqualTo(SyntheticEvents.SOURCES.size() + 1);
                }
            }
        }
    }
}
