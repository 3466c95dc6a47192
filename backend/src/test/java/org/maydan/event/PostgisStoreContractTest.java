package org.maydan.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maydan.ingest.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store contract on a real PostGIS, reached through {@code MAYDAN_TEST_PG_URL},
 * {@code MAYDAN_TEST_PG_USER} and {@code MAYDAN_TEST_PG_PASSWORD} ({@code .ci/run} sets them).
 * Without them the suite fails in CI ({@code CI=true}) and is skipped, loudly, elsewhere. It works
 * in its own schema, dropped and recreated at start, so it can share a database.
 */
class PostgisStoreContractTest extends JdbcStoreContractTest {

    static final String SCHEMA = "maydan_contract";

    @Override
    protected DataSource openDatabase() {
        String url = System.getenv("MAYDAN_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String why = "MAYDAN_TEST_PG_URL is not set, so the PostGIS store contract tests cannot run.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + " In CI they are required: run them through .ci/run.");
            }
            System.err.println("""

                    ************************************************************************
                    *  SKIPPED: PostGIS store contract tests.
                    *  %s
                    *  Run .ci/run, or set MAYDAN_TEST_PG_URL, MAYDAN_TEST_PG_USER and
                    *  MAYDAN_TEST_PG_PASSWORD to a database with the postgis extension.
                    ************************************************************************
                    """.formatted(why));
            Assumptions.abort(why);
        }
        HikariDataSource admin = pool(url);
        JdbcClient jdbc = JdbcClient.create(admin);
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        jdbc.sql("CREATE SCHEMA " + SCHEMA).update();
        admin.close();
        return pool(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public");
    }

    /** The SQL folding of the V6 migration, for rows stored before it, must be the Java one. */
    @ParameterizedTest
    @ValueSource(strings = {"قَصَفَتْ الطائراتُ", "أإآؤئ ة ى", "ـــمـــدفـــعـــيـــة", "Élan ÇA Ø straße", "١٢٣ 100% _x_",
        "ٱلْمَدِينَة ﷲ"})
    void theMigrationsFoldingIsTheJavaOne(String text) throws Exception {
        assertThat(jdbc().sql("SELECT maydan_fold(:text)").param("text", text).query(String.class).single())
                .isEqualTo(SearchText.fold(text));
        String migration = new String(getClass().getResourceAsStream("/db/migration/postgresql/V6__read_path.sql")
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(migration).contains(SearchText.markClass());
    }

    @Override
    protected String vendor() {
        return "postgresql";
    }

    @Override
    protected String[] schemas() {
        return new String[] {SCHEMA};
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(TestDatabase.postgisUser());
        dataSource.setPassword(TestDatabase.postgisPassword());
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }
}
