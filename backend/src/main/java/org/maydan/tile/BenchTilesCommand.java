package org.maydan.tile;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.bench.BenchmarkReport;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.UsageException;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import picocli.CommandLine;

/**
 * {@code bench-tiles --jdbc URL [--events 100000,1000000] [--json FILE]}: for each event count, fills
 * the PostGIS database with that many synthetic events through {@code bench-events} (its generator
 * and COPY loader; it EMPTIES the database's events and articles), copies them into an embedded
 * H2GIS file, and times on both stores: PNG event tiles at zoom 6-12 (median, p95, per zoom; all
 * dates and one month), cached tiles, vector tiles against the bare {@code ST_AsMVT} SQL, base tiles
 * and a 2048-pixel static map. Needs no Spring context.
 */
@CommandLine.Command(name = "bench-tiles", mixinStandardHelpOptions = true,
        description = "time PNG and vector tiles, the tile cache and static maps on PostGIS and H2GIS")
public final class BenchTilesCommand implements Command {

    /** Same as the application's PostGIS connections (see StoreConfiguration). */
    static final String SESSION_SETUP = "SET plan_cache_mode = force_custom_plan";

    @CommandLine.Option(names = "--jdbc", required = true, paramLabel = "URL",
            description = "a PostGIS benchmark database (its events and articles are replaced)")
    String jdbcUrl = "";

    @CommandLine.Option(names = "--user", description = "database user (default: ${DEFAULT-VALUE})")
    String user = "maydan";

    @CommandLine.Option(names = "--password", description = "database password")
    String password = "";

    @CommandLine.Option(names = "--events", split = ",", paramLabel = "N",
            description = "event counts to fill and time, in turn (default: ${DEFAULT-VALUE})")
    List<Long> events = new ArrayList<>(List.of(100_000L, 1_000_000L));

    @CommandLine.Option(names = "--load", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "fill the database first (--no-load: time what it holds, one count)")
    boolean load = true;

    @CommandLine.Option(names = "--embedded", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "also time the embedded H2GIS store (--no-embedded: PostGIS only)")
    boolean embedded = true;

    @CommandLine.Option(names = "--embedded-dir", paramLabel = "DIR",
            description = "where the H2GIS copies are written (default: a temporary directory)")
    @Nullable Path embeddedDir;

    @CommandLine.Option(names = "--tiles-per-zoom", description = "tiles timed at each zoom (default: ${DEFAULT-VALUE})")
    int tilesPerZoom = 20;

    @CommandLine.Option(names = "--static-runs", description = "static maps timed (default: ${DEFAULT-VALUE})")
    int staticRuns = 5;

    @CommandLine.Option(names = "--places", paramLabel = "CSV", description = "communities CSV for bench-events")
    @Nullable Path places;

    @CommandLine.Option(names = "--seed", description = "tile sampling seed (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @CommandLine.Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
    @Nullable Path json;

    @Override
    public int run(PrintStream out, PrintStream err) throws Exception {
        if (tilesPerZoom < 1 || staticRuns < 1) {
            throw new UsageException("--tiles-per-zoom and --static-runs must be at least 1");
        }
        if (!load && events.size() > 1) {
            throw new UsageException("--no-load times what the database holds: give one --events count at most");
        }
        BenchmarkReport report = new BenchmarkReport("bench-tiles");
        report.put("load_average_at_start", loadAverage());
        out.printf("machine: %d cores, load average %.1f (other builds share it)%n",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        BaseMapData data = BaseMapData.load();
        BaseMapPainter painter = new BaseMapPainter(new BaseLayers(data),
                new PlaceLabels(data, Gazetteer.load(GazetteerConfig.defaults())));
        Path dir = embeddedDir != null ? embeddedDir : Files.createTempDirectory("bench-tiles");
        for (long n : events) {
            if (load) {
                fill(n, err);
            }
            try (HikariDataSource postgis = postgis()) {
                TileBench pg = new TileBench(postgis, painter, out);
                List<TileKey> tiles = pg.sampleTiles(tilesPerZoom, seed);
                out.printf("%n== PostGIS, %,d events (%d tiles at each zoom 6-12)%n", n, tilesPerZoom);
                pg.run(tiles, staticRuns, report.section("postgis_" + n));
                if (embedded) {
                    long start = System.nanoTime();
                    try (HikariDataSource h2 = EmbeddedCopy.copy(postgis, dir.resolve("tiles-" + n))) {
                        out.printf("%n== embedded H2GIS, %,d events (copied in %.0f s)%n", n,
                                (System.nanoTime() - start) / 1e9);
                        new TileBench(h2, painter, out).run(tiles, staticRuns, report.section("h2gis_" + n));
                    }
                }
            }
        }
        report.put("load_average_at_end", loadAverage());
        report.writeTo(json);
        return Commands.OK;
    }

    /** Runs {@code bench-events} to fill the database, keeping only its summary on failure. */
    private void fill(long n, PrintStream err) {
        List<String> args = new ArrayList<>(List.of("bench-events", "--jdbc", jdbcUrl, "--user", user,
                "--password", password, "--events", Long.toString(n), "--runs", "1"));
        if (places != null) {
            args.addAll(List.of("--places", places.toString()));
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int code;
        try (PrintStream quiet = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            code = new Commands().run(args.toArray(String[]::new), quiet, quiet);
        }
        if (code != Commands.OK) {
            err.print(log.toString(StandardCharsets.UTF_8));
            throw new IllegalStateException("bench-events could not fill " + jdbcUrl + " (exit " + code + ")");
        }
    }

    private HikariDataSource postgis() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setConnectionInitSql(SESSION_SETUP);
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }

    private static double loadAverage() {
        return Math.round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                * 10) / 10.0;
    }
}
