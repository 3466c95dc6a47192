package org.maydan.system;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the one {@link DataSource} from {@code maydan.store}. Flyway then migrates it with the
 * shared scripts and those of its vendor (see {@link Migrations}); the H2 scripts register the
 * H2GIS functions, so both stores answer the same spatial SQL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class StoreConfiguration {

    /** H2's built-in administrator; the embedded file is private to the process that opens it. */
    static final String EMBEDDED_USER = "sa";

    /**
     * Run on every PostGIS connection. pgjdbc prepares a statement on the server after five
     * executions, and PostgreSQL may then switch to a generic plan that cannot see the dates and
     * box: measured at 1,000,000 events, the bbox-and-month page went from ~33 ms (walking the
     * date index) to ~310 ms (GiST scan and a sort). Custom plans cost a few hundred microseconds
     * of planning per query, which these reads can afford.
     */
    static final String POSTGIS_SESSION_SETUP = "SET plan_cache_mode = force_custom_plan";

    @Bean
    DataSource dataSource(StoreProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        switch (properties.store()) {
            case EMBEDDED -> {
                dataSource.setJdbcUrl(properties.embedded().url());
                dataSource.setUsername(EMBEDDED_USER);
                dataSource.setPassword("");
            }
            case POSTGIS -> {
                dataSource.setJdbcUrl(properties.postgis().url());
                dataSource.setUsername(properties.postgis().username());
                dataSource.setPassword(properties.postgis().password());
                dataSource.setConnectionInitSql(POSTGIS_SESSION_SETUP);
            }
        }
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setConnectionTimeout(properties.connectionTimeout().toMillis());
        dataSource.setPoolName("maydan-" + properties.store().name().toLowerCase(Locale.ROOT));
        return dataSource;
    }

    @Bean
    SqlDialect sqlDialect(DataSource dataSource) {
        return SqlDialect.of(dataSource);
    }
}
