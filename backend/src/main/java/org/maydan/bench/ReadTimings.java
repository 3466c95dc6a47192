package org.maydan.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the reads of {@link BenchQuery#ALL} on one store: each query in SQL (reading every column
 * of every row, as the API must), then each request over HTTP with the ratio API/SQL, the OGC
 * items page against {@code /api/events}, a conditional repeat, and the throughput of small
 * requests at many clients. Every figure goes to the report section of the store.
 */
final class ReadTimings {

    private static final int WARMUP_RUNS = 3;
    private static final double NANOS_PER_MILLI = 1e6;
    private static final double WARMUP_SECONDS = 2;

    private final int runs;
    private final PrintStream out;
    private final Map<String, Object> report;

    ReadTimings(int runs, PrintStream out, Map<String, Object> report) {
        this.runs = runs;
        this.out = out;
        this.report = report;
    }

    Map<BenchQuery, Latency> sql(Connection connection, BenchStore store) throws SQLException {
        Map<BenchQuery, Latency> timings = new LinkedHashMap<>();
        for (BenchQuery given : BenchQuery.ALL) {
            BenchQuery query = store.isPostgis() ? given : given.withSql(BenchSql.onH2(given.sql()));
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
            try (PreparedStatement plan = prepare(connection, store.explain() + query.sql(), query.parameters());
                    ResultSet lines = plan.executeQuery()) {
                while (lines.next()) {
                    out.println("     " + lines.getString(1).replace("\n", "\n     "));
                }
            }
            timings.put(given, latency);
            section(given).put("rows", rows);
            section(given).put("sql_p50_ms", latency.p50());
            section(given).put("sql_p95_ms", latency.p95());
        }
        return timings;
    }

    /** The API's timings against the SQL ones, then the conditional repeat and the throughput. */
    void api(HttpBench http, Map<BenchQuery, Latency> sql, int clients, double seconds)
            throws IOException, InterruptedException {
        Map<BenchQuery, Latency> api = new LinkedHashMap<>();
        for (BenchQuery query : BenchQuery.ALL) {
            long[] bytes = new long[1];
            Latency latency = http.time(query.apiPath(), WARMUP_RUNS, runs, bytes);
            Latency db = sql.get(query);
            api.put(query, latency);
            out.printf("%nAPI  %s: GET %s, %,d bytes, %s%n", query.name(), query.apiPath(), bytes[0], latency);
            out.printf("     ratio API/SQL: p50 %.2fx  p95 %.2fx%n", latency.p50() / db.p50(), latency.p95() / db.p95());
            Map<String, Object> figures = section(query);
            figures.put("api_path", query.apiPath());
            figures.put("bytes", bytes[0]);
            figures.put("api_p50_ms", latency.p50());
            figures.put("api_p95_ms", latency.p95());
            figures.put("ratio_p50", latency.p50() / db.p50());
        }
        double ogcToApi = api.get(BenchQuery.OGC_ITEMS).p50() / api.get(BenchQuery.FULL_PAGE).p50();
        out.printf("%nOGC items / /api/events (same page): p50 %.2fx%n", ogcToApi);
        report.put("ogc_items_over_api_events_p50", ogcToApi);
        conditionalRepeat(http);
        Map<String, Object> throughput = new LinkedHashMap<>();
        for (String path : BenchQuery.SMALL_REQUESTS) {
            HttpBench.Throughput t = http.load(path, clients, seconds, WARMUP_SECONDS);
            out.printf("%n%d clients, GET %s: %s%n", clients, path, t);
            throughput.put(path, Map.of("requests_per_s", t.requestsPerSecond(), "p50_ms", t.p50(),
                    "p99_ms", t.p99(), "requests", t.requests(), "errors", t.errors()));
        }
        report.put("throughput_" + clients + "_clients", throughput);
    }

    /** A repeat with the ETag of the first answer must be a 304 without a body. */
    private void conditionalRepeat(HttpBench http) throws IOException, InterruptedException {
        String path = BenchQuery.FULL_PAGE.apiPath();
        HttpBench.Fetched first = http.fetch(path, null);
        long start = System.nanoTime();
        HttpBench.Fetched again = http.fetch(path, first.etag());
        double millis = (System.nanoTime() - start) / NANOS_PER_MILLI;
        out.printf("%nRepeat with If-None-Match %s: %d, %d bytes, %.1f ms%n", first.etag(), again.status(),
                again.bytes(), millis);
        report.put("repeat_with_etag_status", again.status());
        report.put("repeat_with_etag_ms", millis);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(BenchQuery query) {
        Map<String, Object> queries = (Map<String, Object>) report.computeIfAbsent("queries",
                k -> new LinkedHashMap<String, Object>());
        return (Map<String, Object>) queries.computeIfAbsent(query.key(), k -> new LinkedHashMap<String, Object>());
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
}
