package org.maydan.ingest;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.maydan.article.JdbcArticleStore;
import org.maydan.event.JdbcEventStore;
import org.maydan.system.Migrations;
import org.maydan.system.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A migrated database for ingest tests with the application's JDBC stores over it: embedded H2GIS
 * in memory, or PostGIS in its own schema through {@code MAYDAN_TEST_PG_URL/_USER/_PASSWORD}
 * (skipped without them, failed in CI). Public for other packages' tests that need a real store
 * (tiles); each passes its own PostGIS schema.
 */
public final class TestDatabase implements AutoCloseable {

    /** Connections, enough for the concurrency tests' threads. */
    static final int POOL_SIZE = 10;
    private static final String PG_SCHEMA = "maydan_ingest";

    private final HikariDataSource dataSource;
    public final JdbcClient jdbc;
    public final SqlDialect dialect;
    public final JdbcArticleStore articles;
    public final JdbcEventStore events;
    final TransactionTemplate transaction;

    private TestDatabase(HikariDataSource dataSource, String vendor, String... schemas) {
        this.dataSource = dataSource;
        Flyway.configure().dataSource(dataSource).locations(Migrations.locations(vendor)).schemas(schemas)
                .load().migrate();
        dialect = SqlDialect.of(dataSource);
        jdbc = JdbcClient.create(dataSource);
        articles = new JdbcArticleStore(jdbc, dialect);
        events = new JdbcEventStore(jdbc, dialect);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public static TestDatabase h2() {
        return new TestDatabase(pool("jdbc:h2:mem:ingest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""),
                "h2");
    }

    static TestDatabase postgis() {
        return postgis(PG_SCHEMA);
    }

    /** PostGIS in {@code schema}, dropped and created anew. */
    public static TestDatabase postgis(String schema) {
        String url = postgisUrl();
        String user = postgisUser();
        String password = postgisPassword();
        try (HikariDataSource admin = pool(url, user, password)) {
            JdbcClient jdbc = JdbcClient.create(admin);
            jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
            jdbc.sql("CREATE SCHEMA " + schema).update();
        }
        return new TestDatabase(pool(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public",
                user, password), "postgresql", schema);
    }

    /** The test PostGIS database's role ({@code MAYDAN_TEST_PG_USER}, default maydan). */
    public static String postgisUser() {
        return System.getenv().getOrDefault("MAYDAN_TEST_PG_USER", "maydan");
    }

    /** The test PostGIS role's password ({@code MAYDAN_TEST_PG_PASSWORD}). */
    public static String postgisPassword() {
        return System.getenv().getOrDefault("MAYDAN_TEST_PG_PASSWORD", "");
    }

    /** The test PostGIS database's URL; skips the test without one (fails it in CI). */
    public static String postgisUrl() {
        String url = System.getenv("MAYDAN_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String why = "MAYDAN_TEST_PG_URL is not set, so the PostGIS ingest tests cannot run.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + " In CI they are required: run them through .ci/run.");
            }
            System.err.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
        return url;
    }

    /** Deletes every row. */
    public void empty() {
        for (String table : new String[] {"evidence", "event", "article"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(POOL_SIZE);
        return dataSource;
    }
}
