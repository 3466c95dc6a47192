package org.maydan.event;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;

/** The store contract on the embedded H2GIS store, in memory. */
class H2gisStoreContractTest extends JdbcStoreContractTest {

    @Override
    protected DataSource openDatabase() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:contract-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        return dataSource;
    }

    @Override
    protected String vendor() {
        return "h2";
    }
}
