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
import org.jspecify.annotations.Nullable;

/**
 * Times the reads of {@link BenchQuery#ALL} on one store: each query in SQL (reading every column
 * of every row, as the API must) and the same request over HTTP, with the ratio API/SQL; the OGC
 * items page against {@code /api/events}; a conditional repeat; and the throughput of small
 * requests at many clients. Every figure goes to the report section of the store.
 */
final class ReadTimings {

    private static final int MIN_WARMUP_RUNS = 5;
    private static final double NANOS_PER_MILLI = 1e6;
    private static final double WARMUP_SECONDS = 5;

    private final int runs;
    private final PrintStream out;
    private final Map<String, Object> report;

    ReadTimings(int runs, PrintStream out, Map<String, Object> report) {
        this.runs = runs;
        this.out = out;
        this.report = report;
    }

    /**
     * Each query in SQL, with its plan, and, when {@code http} is given, over HTTP, the two runs
     * interleaved so that a busy machine slows both alike; the ratios compare p50 with p50.
     */
    void compare(Connection connection, BenchStore store, @Nullable HttpBench http, int clients, double seconds)
            throws SQLException, IOException, InterruptedException {
        if (http != null) {
            // The JIT compiles the server's paths while every request runs a few times; timing the
            // first read before the others have run would time the compiler.
            for (int round = 0; round < warmups(); round++) {
                for (BenchQuery query : BenchQuery.ALL) {
                    http.fetch(query.apiPath(), null);
                }
            }
        }
        for (BenchQuery given : BenchQuery.ALL) {
            BenchQuery query = store.isPostgis() ? given : given.withSql(BenchSql.onH2(given.sql()));
            long rows = 0;
            long[] bytes = new long[1];
            for (int i = 0; i < warmups(); i++) {
                rows = runSql(connection, query.sql(), query.parameters());
                if (http != null) {
                    bytes[0] = http.fetch(query.apiPath(), null).bytes();
                }
            }
            double[] sqlMillis = new double[runs];
            double[] apiMillis = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                runSql(connection, query.sql(), query.parameters());
                sqlMillis[i] = (System.nanoTime() - start) / NANOS_PER_MILLI;
                if (http != null) {
                    start = System.nanoTime();
                    http.fetch(query.apiPath(), null);
                    apiMillis[i] = (System.nanoTime() - start) / NANOS_PER_MILLI;
                }
            }
            Latency db = Latency.of(sqlMillis);
            out.printf("%n%s%nSQL  %,d rows, %s%n", query.name(), rows, db);
            Map<String, Object> figures = section(given);
            figures.put("rows", rows);
            figures.put("sql_p50_ms", db.p50());
            figures.put("sql_p95_ms", db.p95());
            if (http != null) {
                Latency latency = Latency.of(apiMillis);
                out.printf("API  GET %s, %,d bytes, %s%n", query.apiPath(), bytes[0], latency);
                double paired = pairedRatio(apiMillis, sqlMillis);
                out.printf("     ratio API/SQL: p50 %.2fx  p95 %.2fx  median of paired runs %.2fx%n",
                        latency.p50() / db.p50(), latency.p95() / db.p95(), paired);
                figures.put("ratio_paired_median", paired);
                figures.put("api_path", query.apiPath());
                figures.put("bytes", bytes[0]);
                figures.put("api_p50_ms", latency.p50());
                figures.put("api_p95_ms", latency.p95());
                figures.put("ratio_p50", latency.p50() / db.p50());
            }
            try (PreparedStatement plan = prepare(connection, store.explain() + query.sql(), query.parameters());
                    ResultSet lines = plan.executeQuery()) {
                while (lines.next()) {
                    out.println("     " + lines.getString(1).replace("\n", "\n     "));
                }
            }
        }
        if (http == null) {
            return;
        }
        ogcAgainstApi(http);
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

    /**
     * The median of each API run over the SQL run just before it: runs next to each other share
     * the machine's load of the moment, which on a busy machine moves both by more than the
     * difference timed.
     */
    static double pairedRatio(double[] api, double[] sql) {
        double[] ratios = new double[api.length];
        for (int i = 0; i < api.length; i++) {
            ratios[i] = api[i] / sql[i];
        }
        return Latency.percentile(ratios, 50);
    }

    /** Enough runs before timing for the JIT to compile the server's and the driver's hot paths. */
    private int warmups() {
        return Math.max(MIN_WARMUP_RUNS, runs / 2);
    }

    /** The OGC items page against the same page of {@code /api/events}, the two requests interleaved. */
    private void ogcAgainstApi(HttpBench http) throws IOException {
        double[] ogc = new double[runs];
        double[] api = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            http.fetch(BenchQuery.FULL_PAGE.apiPath(), null);
            api[i] = (System.nanoTime() - start) / NANOS_PER_MILLI;
            start = System.nanoTime();
            http.fetch(BenchQuery.OGC_ITEMS.apiPath(), null);
            ogc[i] = (System.nanoTime() - start) / NANOS_PER_MILLI;
        }
        double p50 = Latency.of(ogc).p50() / Latency.of(api).p50();
        double paired = pairedRatio(ogc, api);
        out.printf("%nOGC items / /api/events, the same page interleaved: p50 %.2fx, median of paired runs %.2fx%n",
                p50, paired);
        report.put("ogc_items_over_api_events_p50", p50);
        report.put("ogc_items_over_api_events_paired", paired);
    }

    /** A repeat with the ETag of the first answer must be a 304 without a body. */
    private void conditionalRepeat(HttpBench http) throws IOException, InterruptedException {
        String path = BenchQuery.FULL_PAGE.apiPath();
        LeanHttpClient.Answer first = http.fetch(path, null);
        long start = System.nanoTime();
        LeanHttpClient.Answer again = http.fetch(path, first.etag());
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
