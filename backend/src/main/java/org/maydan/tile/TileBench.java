package org.maydan.tile;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Envelope;
import org.maydan.event.EventFilter;
import org.maydan.event.JdbcEventStore;
import org.maydan.event.StoreVersion;
import org.maydan.system.SqlDialect;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timings of {@code bench-tiles} on one store: PNG event tiles rendered without the cache,
 * cached tiles as the HTTP handler serves them (version check and cache hit), vector tiles against
 * the bare SQL, base tiles, and a static map. Tiles are drawn where events are (the tile of a random
 * stored event at each zoom), so dense areas weigh as they do for a user looking at the map.
 */
final class TileBench {

    static final int FIRST_ZOOM = 6;
    static final int LAST_ZOOM = 12;
    static final int WARMUP_TILES = 10;
    /** The window of the month filter: a month in the middle of the synthetic data. */
    static final EventFilter ONE_MONTH = EventFilter.parse(null, "2019-05-01", "2019-05-31", null);
    static final Envelope SYRIA = new Envelope(35.5, 42.5, 32.2, 37.4);
    static final int STATIC_MAP_PX = 2048;

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final TileStore store;
    private final TileService service;
    private final BaseMapPainter painter;
    private final PrintStream out;

    TileBench(DataSource dataSource, BaseMapPainter painter, PrintStream out) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        this.store = new JdbcTileStore(jdbc, dialect);
        this.painter = painter;
        this.service = new TileService(store, new JdbcEventStore(jdbc, dialect), painter,
                new TileCache(TileBenchDefaults.CACHE_MEGABYTES), "bench");
        this.out = out;
    }

    /** {@code perZoom} tiles at each zoom from 6 to 12, each holding a random stored event. */
    List<TileKey> sampleTiles(int perZoom, long seed) throws SQLException {
        List<double[]> points = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT longitude, latitude FROM event WHERE id = ?")) {
            long max = maxId(c);
            Random random = new Random(seed);
            while (points.size() < perZoom * (LAST_ZOOM - FIRST_ZOOM + 1)) {
                s.setLong(1, 1 + (long) (random.nextDouble() * max));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        points.add(new double[] {rs.getDouble(1), rs.getDouble(2)});
                    }
                }
            }
        }
        List<TileKey> tiles = new ArrayList<>();
        int i = 0;
        for (int z = FIRST_ZOOM; z <= LAST_ZOOM; z++) {
            for (int k = 0; k < perZoom; k++, i++) {
                double n = Math.pow(2, z) / WebMercator.TILE_SIZE;
                tiles.add(new TileKey(z, (int) (WebMercator.x(points.get(i)[0]) * n),
                        (int) (WebMercator.y(points.get(i)[1]) * n)));
            }
        }
        return tiles;
    }

    /** Every figure for this store into {@code section}. */
    void run(List<TileKey> tiles, int staticRuns, Map<String, Object> section) throws SQLException {
        for (int i = 0; i < WARMUP_TILES; i++) {
            service.renderEvents(tiles.get(i % tiles.size()), 1, EventFilter.NONE);
        }
        for (Map.Entry<String, EventFilter> filter : Map.of("all_dates", EventFilter.NONE, "one_month", ONE_MONTH)
                .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            pngTiles(tiles, filter.getKey(), filter.getValue(), section);
        }
        cachedTiles(tiles, section);
        vectorTiles(tiles, section);
        Timings base = new Timings();
        for (TileKey tile : tiles) {
            base.time(() -> service.renderBase(tile, 1, Lang.AR));
        }
        report("base PNG tile, Arabic (uncached)", "base_png", base, section);
        StaticMaps maps = new StaticMaps(store, painter, TileBenchDefaults.PROPERTIES);
        StaticMapRequest request = new StaticMapRequest(SYRIA, STATIC_MAP_PX, STATIC_MAP_PX, 1, EventFilter.NONE,
                Lang.EN);
        maps.render(request);
        Timings map = new Timings();
        for (int i = 0; i < staticRuns; i++) {
            map.time(() -> maps.render(request));
        }
        report("static map 2048 x 2048 px, all of Syria, all dates", "static_map_2048", map, section);
    }

    private void pngTiles(List<TileKey> tiles, String name, EventFilter filter, Map<String, Object> section) {
        Timings all = new Timings();
        Map<Integer, Timings> byZoom = new LinkedHashMap<>();
        for (TileKey tile : tiles) {
            long start = System.nanoTime();
            service.renderEvents(tile, 1, filter);
            double ms = (System.nanoTime() - start) / 1e6;
            all.add(ms);
            byZoom.computeIfAbsent(tile.z(), z -> new Timings()).add(ms);
        }
        report("event PNG tile, " + name.replace('_', ' ') + ", zoom 6-12 (uncached)", "png_" + name, all, section);
        Map<String, Object> zooms = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder("     by zoom (median ms):");
        byZoom.forEach((z, t) -> {
            zooms.put("z" + z, Timings.round(t.median()));
            line.append(String.format(java.util.Locale.ROOT, " z%d %.1f", z, t.median()));
        });
        section.put("png_" + name + "_median_by_zoom_ms", zooms);
        out.println(line);
    }

    private void cachedTiles(List<TileKey> tiles, Map<String, Object> section) {
        StoreVersion version = service.eventsVersion();
        tiles.forEach(tile -> service.eventsPng(tile, 1, EventFilter.NONE, version));
        Timings cached = new Timings();
        for (TileKey tile : tiles) {
            cached.time(() -> service.eventsPng(tile, 1, EventFilter.NONE, service.eventsVersion()));
        }
        report("cached event PNG tile (store version check + cache hit)", "png_cached", cached, section);
    }

    private void vectorTiles(List<TileKey> tiles, Map<String, Object> section) throws SQLException {
        Timings ours = new Timings();
        Timings bare = new Timings();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < tiles.size(); i++) {
                TileKey tile = tiles.get(i);
                // Alternate which goes first, so neither always finds the pages the other read.
                if (i % 2 == 0) {
                    timeBare(c, tile, bare);
                }
                ours.time(() -> {
                    service.eventsVersion();
                    return store.vectorTile(tile, EventFilter.NONE);
                });
                if (i % 2 == 1) {
                    timeBare(c, tile, bare);
                }
            }
        }
        report("vector tile, all dates (store version + MVT, uncached)", "mvt", ours, section);
        if (bare.runs() > 0) {
            report("bare ST_AsMVT SQL over plain JDBC, same tiles", "mvt_bare_sql", bare, section);
            double ratio = ours.median() / bare.median();
            section.put("mvt_over_bare_sql_median_ratio", Timings.round(ratio));
            out.printf("     ratio ours/bare SQL: median %.2fx  p95 %.2fx%n", ratio, ours.p95() / bare.p95());
        }
    }

    /** The vector tile SQL alone, positional parameters bound by hand; PostGIS only. */
    private void timeBare(Connection c, TileKey tile, Timings bare) throws SQLException {
        if (dialect != SqlDialect.POSTGRESQL) {
            return;
        }
        String sql = TileSql.vectorTile(EventFilter.NONE);
        MapSqlParameterSource params = new MapSqlParameterSource(VectorTiles.parameters(tile, EventFilter.NONE));
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        Object[] values = NamedParameterUtils.buildValueArray(parsed, params, null);
        long start = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement(NamedParameterUtils.substituteNamedParameters(parsed, params))) {
            for (int p = 0; p < values.length; p++) {
                s.setObject(p + 1, values[p]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                rs.getBytes(1);
            }
        }
        bare.add((System.nanoTime() - start) / 1e6);
    }

    private void report(String what, String name, Timings t, Map<String, Object> section) {
        out.printf("  %-58s %s%n", what, t);
        t.into(section, name);
    }

    private static long maxId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(id) FROM event"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
