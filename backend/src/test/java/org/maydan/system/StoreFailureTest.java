package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maydan.ingest.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The drivers' own exceptions, as Spring translates them, are recognised: a statement cancelled by
 * its timeout on H2 and on PostgreSQL, a refused connection.
 */
class StoreFailureTest {

    private static final int TIMEOUT_SECONDS = 1;

    @Test
    void aStatementCancelledByItsTimeoutOnH2IsATimeout() {
        try (HikariDataSource h2 = pool("jdbc:h2:mem:timeout", "sa", "")) {
            JdbcTemplate jdbc = new JdbcTemplate(h2);
            jdbc.setQueryTimeout(TIMEOUT_SECONDS);

            Throwable error = catchThrowable(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 1000000) a, SYSTEM_RANGE(1, 1000000) b", Long.class));

            assertThat(StoreFailure.of(error)).as(String.valueOf(error)).hasValue(StoreFailure.TIMEOUT);
        }
    }

    @Test
    void aStatementCancelledByItsTimeoutOnPostgresqlIsATimeout() {
        String url = System.getenv("MAYDAN_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("MAYDAN_TEST_PG_URL is not set; in CI the PostGIS tests are required");
            }
            System.err.println("SKIPPED: MAYDAN_TEST_PG_URL is not set, so the PostgreSQL timeout is not tried");
            return;
        }
        try (HikariDataSource pg = pool(url, TestDatabase.postgisUser(), TestDatabase.postgisPassword())) {
            JdbcTemplate jdbc = new JdbcTemplate(pg);
            jdbc.setQueryTimeout(TIMEOUT_SECONDS);

            Throwable error = catchThrowable(() -> jdbc.queryForObject("SELECT pg_sleep(5)", Object.class));

            assertThat(StoreFailure.of(error)).as(String.valueOf(error)).hasValue(StoreFailure.TIMEOUT);
        }
    }

    @Test
    void aRefusedConnectionMeansTheStoreIsUnavailable() {
        try (HikariDataSource nowhere = pool("jdbc:postgresql://127.0.0.1:1/none", "none", "none")) {
            nowhere.setConnectionTimeout(1000);
            nowhere.setInitializationFailTimeout(-1);

            Throwable error = catchThrowable(() -> JdbcClient.create(nowhere).sql("SELECT 1").query(Long.class).single());

            assertThat(StoreFailure.of(error)).as(String.valueOf(error)).hasValue(StoreFailure.UNAVAILABLE);
        }
    }

    @Test
    void otherErrorsAreNone() {
        assertThat(StoreFailure.of(new SQLException("syntax error", "42601"))).isEqualTo(Optional.empty());
        assertThat(StoreFailure.of(new IllegalStateException("a bug"))).isEmpty();
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(1);
        return pool;
    }
}
