package org.maydan.event;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.maydan.article.JdbcArticleStore;
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

    /** Flyway's vendor folder: {@code h2} or {@code postgresql}. */
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
                .locations("classpath:db/migration/" + vendor())
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

    @Override
    protected Stores emptyStores() {
        for (String table : new String[] {"evidence", "event", "article"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        return new Stores(new JdbcArticleStore(jdbc, dialect), new JdbcEventStore(jdbc, dialect));
    }
}
