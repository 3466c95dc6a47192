package org.maydan.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * One store the benchmark fills and times: PostGIS by JDBC URL, or the embedded H2GIS file.
 *
 * @param key the store's name in the report: {@code postgis} or {@code embedded}
 * @param url its JDBC URL
 * @param user login, if any
 * @param password password, if any
 */
record BenchStore(String key, String url, @Nullable String user, @Nullable String password) {

    /** H2's built-in administrator, as the application opens the embedded file. */
    static final String EMBEDDED_USER = "sa";

    static BenchStore postgis(String url, @Nullable String user, @Nullable String password) {
        return new BenchStore("postgis", url, user, password);
    }

    static BenchStore embedded(String fileUrl) {
        return new BenchStore("embedded", fileUrl, EMBEDDED_USER, "");
    }

    /** The same store reached by another URL, e.g. with other settings. */
    BenchStore withUrl(String other) {
        return new BenchStore(key, other, user, password);
    }

    boolean isPostgis() {
        return url.startsWith("jdbc:postgresql:");
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = DriverManager.getConnection(url, properties);
        if (isPostgis()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(BenchSql.POSTGIS_SESSION_SETUP);
            }
        }
        return connection;
    }

    String explain() {
        return isPostgis() ? BenchSql.POSTGIS_EXPLAIN : BenchSql.H2_EXPLAIN;
    }

    /** The settings that point the application at this store. */
    List<String> serverSettings() {
        if (isPostgis()) {
            return List.of("--maydan.store=postgis", "--maydan.postgis.url=" + url,
                    "--maydan.postgis.username=" + (user == null ? "" : user),
                    "--maydan.postgis.password=" + (password == null ? "" : password));
        }
        return List.of("--maydan.store=embedded", "--maydan.embedded.url=" + url);
    }
}
