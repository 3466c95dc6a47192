package org.maydan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.maydan.cli.LegacyCommand;
import org.maydan.cli.UsageException;

/**
 * {@code bench-events}: migrates the database it is given with the application's Flyway scripts,
 * empties the store and fills it with N synthetic events (COPY into {@code event}, one article
 * per synthetic source, one evidence row per event), rebuilds the secondary indexes, then times
 * the map's heavy reads and a CSV export directly in SQL and, with {@code --api}, over HTTP
 * against a running server on that database, printing p50/p95 and the API/SQL ratio.
 *
 * <p>It empties {@code article}, {@code event} and {@code evidence} of the database it is given:
 * point it at a benchmark database, never at one holding real events. Needs no Spring context.
 */
public final class BenchEventsCommand implements LegacyCommand {

    private static final int WARMUP_RUNS = 3;
    private static final Duration HTTP_TIMEOUT = Duration.ofMinutes(2);
    private static final double NANOS_PER_MILLI = 1e6;
    private static final double NANOS_PER_SECOND = 1e9;

    @Override
    public String name() {
        return "bench-events";
    }

    @Override
    public String summary() {
        return "fill a PostGIS store with N synthetic events (COPY), time map queries in SQL and over HTTP";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Path file = options.places();
        if (file != null && !Files.isReadable(file)) {
            throw new UsageException("cannot read the places CSV " + file.toAbsolutePath());
        }
        List<Community> places = file == null ? OchaCommunities.shipped() : OchaCommunities.read(file);
        out.printf("places: %,d communities from %s%n", places.size(), file == null ? "the shipped OCHA data" : file);
        try (Connection connection = connect(options)) {
            if (options.load()) {
                load(connection, options, new SyntheticEvents(places, options.seed()), options.events(), out);
            }
            out.printf("events in store: %,d%n", count(connection));
            Map<BenchQuery, Latency> sql = new LinkedHashMap<>();
            for (BenchQuery query : BenchQuery.ALL) {
                sql.put(query, timeSql(connection, query, options.runs(), out));
            }
            if (options.api() != null) {
                compareApi(options.api(), sql, options.runs(), out);
            }
        }
        return 0;
    }

    private static Connection connect(BenchOptions options) throws SQLException {
        Properties properties = new Properties();
        if (options.user() != null) {
            properties.setProperty("user", options.user());
        }
        if (options.password() != null) {
            properties.setProperty("password", options.password());
        }
        Connection connection = DriverManager.getConnection(options.jdbcUrl(), properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute(BenchSql.SESSION_SETUP);
        }
        return connection;
    }

    private static void load(Connection connection, BenchOptions options, SyntheticEvents generator, long count,
            PrintStream out) throws SQLException, IOException {
        long start = System.nanoTime();
        for (Iterator<SyntheticEvent> events = generator.distinctEvents(count); events.hasNext(); ) {
            events.next();
        }
        out.printf("generate only: %,d events in %.1f s%n", count, seconds(start));
        start = System.nanoTime();
        int applied = Flyway.configure()
                .dataSource(options.jdbcUrl(), options.user(), options.password())
                .locations(BenchSql.MIGRATIONS)
                .load()
                .migrate().migrationsExecuted;
        out.printf("Flyway: %d migrations applied in %.1f s%n", applied, seconds(start));
        // One transaction from TRUNCATE to the rebuilt indexes: PostgreSQL DDL is transactional,
        // so a run stopped half-way leaves the store as it was, indexes included.
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(BenchSql.EMPTY);
            Map<String, String> indexes = secondaryIndexes(statement);
            for (String name : indexes.keySet()) {
                statement.execute(BenchSql.DROP_INDEX + name);
            }
            insertArticles(connection);
            start = System.nanoTime();
            long copied = EventCopyLoader.load(connection, generator.distinctEvents(count));
            double copySeconds = seconds(start);
            out.printf("generate + COPY event (with day counts): %,d rows in %.1f s (%,.0f rows/s)%n", copied,
                    copySeconds, copied / copySeconds);
            start = System.nanoTime();
            long evidence = statement.executeUpdate(BenchSql.INSERT_EVIDENCE);
            out.printf("evidence: %,d rows in %.1f s%n", evidence, seconds(start));
            for (String restart : BenchSql.RESTART_IDS) {
                statement.execute(restart);
            }
            for (String create : indexes.values()) {
                start = System.nanoTime();
                statement.execute(create);
                out.printf("%s: %.1f s%n", create, seconds(start));
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
            if (options.cluster()) {
                start = System.nanoTime();
                statement.execute(BenchSql.CLUSTER);
                out.printf("%s: %.1f s%n", BenchSql.CLUSTER, seconds(start));
            }
            start = System.nanoTime();
            statement.execute(BenchSql.ANALYZE);
            out.printf("ANALYZE: %.1f s%n", seconds(start));
        }
    }

    private static Map<String, String> secondaryIndexes(Statement statement) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (ResultSet rs = statement.executeQuery(BenchSql.SECONDARY_INDEXES)) {
            while (rs.next()) {
                indexes.put(rs.getString(1), rs.getString(2));
            }
        }
        return indexes;
    }

    private static void insertArticles(Connection connection) throws SQLException {
        for (String source : SyntheticEvents.SOURCES) {
            String body = "نص تجريبي مولد آلياً لقياس الأداء: " + source;
            try (PreparedStatement insert = prepare(connection, BenchSql.INSERT_ARTICLE,
                    List.of(source, body, source, source, body))) {
                insert.execute();
            }
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(BenchSql.COUNT)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Latency timeSql(Connection connection, BenchQuery query, int runs, PrintStream out)
            throws SQLException {
        long rows = 0;
        for (int i = 0; i < WARMUP_RUNS; i++) {
            rows = runSql(connection, query.sql(), query.parameters());
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            runSql(connection, query.sql(), query.parameters());
            millis[i] = (System.nanoTime() - start) / NANOS_PER_MILLI;
        }
        Latency latency = Latency.of(millis);
        out.printf("%nSQL  %s: %,d rows, %s%n", query.name(), rows, latency);
        try (PreparedStatement explain = prepare(connection, BenchSql.EXPLAIN + query.sql(), query.parameters());
                ResultSet plan = explain.executeQuery()) {
            while (plan.next()) {
                out.println("     " + plan.getString(1));
            }
        }
        return latency;
    }

    /** Runs a query and reads every column of every row, as the API has to; returns the row count. */
    private static long runSql(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            long rows = 0;
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                rows++;
            }
            return rows;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static void compareApi(String base, Map<BenchQuery, Latency> sql, int runs, PrintStream out)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();
        for (Map.Entry<BenchQuery, Latency> entry : sql.entrySet()) {
            String path = entry.getKey().apiPath();
            if (path == null) {
                continue;
            }
            URI uri = URI.create(base.replaceAll("/+$", "") + path);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).GET().build();
            long bytes = 0;
            for (int i = 0; i < WARMUP_RUNS; i++) {
                bytes = fetch(client, request);
            }
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                fetch(client, request);
                millis[i] = (System.nanoTime() - start) / NANOS_PER_MILLI;
            }
            Latency api = Latency.of(millis);
            Latency db = entry.getValue();
            out.printf("%nAPI  %s: GET %s, %,d bytes, %s%n", entry.getKey().name(), uri, bytes, api);
            out.printf("     ratio API/SQL: p50 %.1fx  p95 %.1fx%n", api.p50() / db.p50(), api.p95() / db.p95());
        }
    }

    /** Fetches and drains the body; a non-200 answer is an error, not a timing. */
    private static long fetch(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new IOException("no server answers at " + request.uri(), e);
        }
        try (InputStream body = response.body()) {
            long bytes = body.transferTo(OutputStream.nullOutputStream());
            if (response.statusCode() != HttpURLConnection.HTTP_OK) {
                throw new IOException("GET " + request.uri() + " answered " + response.statusCode());
            }
            return bytes;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / NANOS_PER_SECOND;
    }
}
