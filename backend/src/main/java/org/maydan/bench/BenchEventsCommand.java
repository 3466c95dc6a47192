package org.maydan.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.UsageException;
import picocli.CommandLine;

/**
 * {@code bench-events}: fills PostGIS ({@code --jdbc}) and/or the embedded H2GIS store
 * ({@code --embedded DIR}) with N synthetic events over the real OCHA communities, then times the
 * reads of the map, analysts and GIS clients in SQL and over HTTP against the application, in one
 * run per store: each API/SQL ratio, OGC items against {@code /api/events}, a conditional repeat,
 * and requests per second at many clients for small requests.
 *
 * <p>The HTTP side is the application started in this JVM on the filled store, unless
 * {@code --api URL} names a running server on the PostGIS database. It EMPTIES the articles and
 * events of the databases it is given: point it at benchmark databases, never at real ones.
 */
@CommandLine.Command(name = "bench-events", mixinStandardHelpOptions = true,
        description = "fill PostGIS and/or the embedded store with N synthetic events; time reads in SQL and over HTTP")
public final class BenchEventsCommand implements Command {

    static final long MAX_EVENTS = 100_000_000;
    static final String EMBEDDED_FILE = "maydan";
    static final String H2_NO_RESULT_REUSE = ";OPTIMIZE_REUSE_RESULTS=FALSE";
    /**
     * A larger page cache while the embedded file is filled (the load's only connection: the file
     * closes with it, and the timings reopen it with the application's settings).
     */
    static final String H2_LOAD_CACHE = ";CACHE_SIZE=524288";

    @CommandLine.Option(names = "--jdbc", paramLabel = "URL", description = "a PostGIS benchmark database (EMPTIED)")
    @Nullable String jdbc;

    @CommandLine.Option(names = "--user", description = "PostGIS login")
    @Nullable String user;

    @CommandLine.Option(names = "--password", description = "PostGIS password")
    @Nullable String password;

    @CommandLine.Option(names = "--embedded", paramLabel = "DIR",
            description = "also fill and time an embedded store in DIR (its file " + EMBEDDED_FILE + ".mv.db is REPLACED)")
    @Nullable Path embedded;

    @CommandLine.Option(names = "--events", defaultValue = "1000000", description = "events to load (default ${DEFAULT-VALUE})")
    long events;

    @CommandLine.Option(names = "--places", paramLabel = "CSV",
            description = "OCHA communities CSV (default: the OCHA communities shipped in the gazetteer)")
    @Nullable Path places;

    @CommandLine.Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Option(names = "--runs", defaultValue = "30", description = "timed runs per query (default ${DEFAULT-VALUE})")
    int runs;

    @CommandLine.Option(names = "--load", defaultValue = "true", arity = "1",
            description = "fill the stores first; false times what they hold (default ${DEFAULT-VALUE})")
    boolean load;

    @CommandLine.Option(names = "--cluster", defaultValue = "true", arity = "1",
            description = "CLUSTER PostGIS events by date after the load (default ${DEFAULT-VALUE})")
    boolean cluster;

    @CommandLine.Option(names = "--api", paramLabel = "URL",
            description = "a running server on the --jdbc database to time, instead of starting one in this JVM")
    @Nullable String api;

    @CommandLine.Option(names = "--clients", defaultValue = "16", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @CommandLine.Option(names = "--seconds", defaultValue = "10",
            description = "seconds of each throughput run (default ${DEFAULT-VALUE})")
    double seconds;

    @CommandLine.Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
    @Nullable Path json;

    @Override
    public int run(PrintStream out, PrintStream err) throws Exception {
        if (jdbc == null && embedded == null) {
            throw new UsageException("give --jdbc URL (PostGIS), --embedded DIR, or both");
        }
        if (events < 1 || events > MAX_EVENTS || runs < 1 || clients < 1 || seconds <= 0) {
            throw new UsageException("--events must be 1.." + MAX_EVENTS + "; --runs, --clients and --seconds positive");
        }
        if (api != null && jdbc == null) {
            throw new UsageException("--api times a server on the --jdbc database; give --jdbc too");
        }
        if (load && places != null && !Files.isReadable(places)) {
            throw new UsageException("cannot read the places CSV " + places.toAbsolutePath());
        }
        BenchmarkReport report = new BenchmarkReport("bench-events").put("events", events).put("runs", runs)
                .put("clients", clients);
        List<SyntheticEvent> generated = load ? generate(places, out) : null;
        if (jdbc != null) {
            bench(BenchStore.postgis(jdbc, user, password), generated, api, out, report.section("postgis"));
        }
        if (embedded != null) {
            Files.createDirectories(embedded);
            if (load) {
                Files.deleteIfExists(embedded.resolve(EMBEDDED_FILE + ".mv.db"));
                Files.deleteIfExists(embedded.resolve(EMBEDDED_FILE + ".trace.db"));
            }
            // H2 answers a repeated identical query from its last result while the data are
            // unchanged; a benchmark repeats, so that would time a cache, not the database.
            String url = "jdbc:h2:file:" + embedded.resolve(EMBEDDED_FILE).toAbsolutePath() + H2_NO_RESULT_REUSE;
            bench(BenchStore.embedded(url), generated, null, out, report.section("embedded"));
        }
        report.writeTo(json);
        return Commands.OK;
    }

    /** The events both stores are filled with, generated once, in date order (see {@link SyntheticEvents#distinctEventsByDate}). */
    private List<SyntheticEvent> generate(@Nullable Path communities, PrintStream out) throws IOException {
        List<Community> list = communities == null ? OchaCommunities.shipped() : OchaCommunities.read(communities);
        out.printf("places: %,d communities from %s%n", list.size(),
                communities == null ? "the shipped OCHA data" : communities);
        long start = System.nanoTime();
        List<SyntheticEvent> generated = new SyntheticEvents(list, seed).distinctEventsByDate(events);
        out.printf("generate: %,d events in date order in %.1f s%n", generated.size(), StoreLoads.seconds(start));
        return generated;
    }

    private void bench(BenchStore store, @Nullable List<SyntheticEvent> generated, @Nullable String runningApi,
            PrintStream out, Map<String, Object> figures) throws Exception {
        out.printf("%n==== %s: %s%n", store.key(), store.url());
        if (generated != null) {
            long start = System.nanoTime();
            BenchStore loading = store.isPostgis() ? store : store.withUrl(store.url() + H2_LOAD_CACHE);
            try (Connection connection = loading.connect()) {
                if (store.isPostgis()) {
                    StoreLoads.postgis(connection, store.url(), store.user(), store.password(), generated, cluster,
                            out);
                } else {
                    StoreLoads.embedded(connection, loading.url(), generated, out);
                }
            }
            figures.put("load_s", StoreLoads.seconds(start));
        }
        try (Connection connection = store.connect()) {
            long stored = count(connection);
            out.printf("events in store: %,d%n", stored);
            figures.put("events_in_store", stored);
            ReadTimings timings = new ReadTimings(runs, out, figures);
            if (runningApi != null) {
                timings.compare(connection, store, new HttpBench(runningApi), clients, seconds);
                return;
            }
            long start = System.nanoTime();
            try (BenchServer server = BenchServer.start(store.serverSettings())) {
                out.printf("%nserver in this JVM at %s, started in %.1f s%n", server.baseUrl(),
                        StoreLoads.seconds(start));
                timings.compare(connection, store, new HttpBench(server.baseUrl()), clients, seconds);
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
}
