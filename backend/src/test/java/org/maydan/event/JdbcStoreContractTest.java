package org.maydan.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maydan.event.Fixtures.KABANI;
import static org.maydan.event.Fixtures.KAFR_NABUDAH;
import static org.maydan.event.Fixtures.article;
import static org.maydan.event.Fixtures.event;
import static org.maydan.event.Fixtures.evidence;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maydan.article.JdbcArticleStore;
import org.maydan.system.Migrations;
import org.maydan.system.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store contract on a real database: migrated once per class with the application's own Flyway
 * scripts for the vendor, emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStoreContractTest extends StoreContractTest {

    private JdbcClient jdbc;
    private DataSource dataSource;
    private SqlDialect dialect;

    /** A connection pool to an empty database or schema of the vendor. */
    protected abstract DataSource openDatabase();

    /** Flyway's vendor name: {@code h2} or {@code postgresql}. */
    protected abstract String vendor();

    /** Flyway schemas to migrate, or none for the connection's default. */
    protected String[] schemas() {
        return new String[0];
    }

    @BeforeAll
    void migrate() {
        dataSource = openDatabase();
        Flyway.configure()
                .dataSource(dataSource)
                .locations(Migrations.locations(vendor()))
                .schemas(schemas())
                .load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
        dialect = SqlDialect.of(dataSource);
    }

    @AfterAll
    void close() throws Exception {
        if (dataSource instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Test
    void dayCountsFollowEveryInsertUpdateAndDeleteOfEvents() {
        Stores stores = emptyStores();
        long article = stores.articles().save(article("desk A", "نص")).id();
        EventStore store = stores.events();
        store.record(event(SubEventType.AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-01"), evidence(article, 0, null));
        store.record(event(SubEventType.AIR_DRONE_STRIKE, KABANI, "2019-05-01"), evidence(article, 40, null));
        store.record(event(SubEventType.ARMED_CLASH, KABANI, "2019-05-02"), evidence(article, 80, null));

        jdbc.sql("UPDATE event SET event_date = DATE '2019-05-03' WHERE sub_event_type = 'Armed clash'").update();
        jdbc.sql("DELETE FROM event WHERE place_ref = :ref AND sub_event_type = 'Air/drone strike'")
                .param("ref", KABANI.ref()).update();

        assertThat(store.timeline(EventFilter.NONE)).containsExactly(
                new DayCount(LocalDate.parse("2019-05-01"), SubEventType.AIR_DRONE_STRIKE, 1),
                new DayCount(LocalDate.parse("2019-05-03"), SubEventType.ARMED_CLASH, 1));
        assertThat(counted()).isEqualTo(jdbc.sql("""
                SELECT event_date, sub_event_type, COUNT(*) FROM event
                GROUP BY event_date, sub_event_type ORDER BY event_date, sub_event_type""")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3)).list());
    }

    @Test
    void aBoxContainingEveryEventIsCountedFromTheDailyCountsAndASmallerOneFromTheEvents() {
        Stores stores = emptyStores();
        long article = stores.articles().save(article("desk A", "نص")).id();
        EventStore store = stores.events();
        store.record(event(SubEventType.AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-01"), evidence(article, 0, null));
        store.record(event(SubEventType.AIR_DRONE_STRIKE, KABANI, "2019-05-01"), evidence(article, 40, null));
        // Marks which source answered: the daily counts now say ten more than the events.
        jdbc.sql("UPDATE event_day_count SET events = events + 10").update();

        List<DayCount> world = store.timeline(new EventFilter(new BBox(-180, -90, 180, 90), TimeWindow.ALWAYS,
                EventTypeFilter.ALL));
        List<DayCount> inland = store.timeline(new EventFilter(new BBox(36.3, 35.0, 37.5, 36.5), TimeWindow.ALWAYS,
                EventTypeFilter.ALL));

        LocalDate may1 = LocalDate.parse("2019-05-01");
        assertThat(world).containsExactly(new DayCount(may1, SubEventType.AIR_DRONE_STRIKE, 12));
        assertThat(inland).containsExactly(new DayCount(may1, SubEventType.AIR_DRONE_STRIKE, 1));
    }

    @Test
    void everyEventKeepsItsSentencesFoldedForTheTextFilter() {
        Stores stores = emptyStores();
        long a = stores.articles().save(article("desk A", "نص")).id();
        long b = stores.articles().save(article("desk B", "نص آخر")).id();
        long id = stores.events().record(event(SubEventType.AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-01"),
                evidence(a, 0, "قَصْفٌ على البلدة", null));
        stores.events().record(event(SubEventType.AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-01"),
                evidence(b, 0, "Strike ON the town", null));

        assertThat(jdbc.sql("SELECT search_text FROM event WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("قصف على البلدة\nstrike on the town");
    }

    private List<String> counted() {
        return jdbc.sql("""
                SELECT event_date, sub_event_type, events FROM event_day_count WHERE events > 0
                ORDER BY event_date, sub_event_type""")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3)).list();
    }

    /** The database, for tests that look under the store. */
    protected JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    protected Stores emptyStores() {
        for (String table : new String[] {"evidence", "event", "article", "event_day_count"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        // The extent only grows with events; a test starts from none.
        jdbc.sql("UPDATE event_extent SET min_lon = NULL, min_lat = NULL, max_lon = NULL, max_lat = NULL").update();
        return new Stores(new JdbcArticleStore(jdbc, dialect), new JdbcEventStore(jdbc, dialect));
    }
}
