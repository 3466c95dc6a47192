package org.maydan.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One read the map, an analyst or a GIS client makes, as the SQL the store sends and as the HTTP
 * request the API answers it with, so the two timings compare like with like.
 *
 * @param key a short name for the JSON report
 * @param name what is read, for people
 * @param sql the store's query on PostGIS; {@link BenchSql#onH2} makes the embedded store's
 * @param parameters its positional parameters
 * @param apiPath the request
 */
record BenchQuery(String key, String name, String sql, List<Object> parameters, String apiPath) {

    /** Idlib/Hama box, as minLon, minLat, maxLon, maxLat: two governorates, half of the synthetic events. */
    static final double[] IDLIB_HAMA = {35.9, 35.0, 37.5, 36.5};
    static final String IDLIB_HAMA_PARAMETER = "bbox=35.9,35.0,37.5,36.5";
    static final int PAGE_LIMIT = 5000;
    /** The API reads one row beyond the limit to learn whether a next page exists. */
    static final int PAGE_ROWS = PAGE_LIMIT + 1;
    /** The export cap the API applies by default ({@code maydan.exports.max-rows}). */
    static final int EXPORT_CAP = 1_000_000;
    /** The columns cap the API applies by default ({@code maydan.events.columns-max-rows}), plus the row that tells. */
    static final int COLUMNS_ROWS = 1_000_001;
    static final LocalDate JAN_1 = LocalDate.of(2019, 1, 1);
    static final LocalDate MAY_1 = LocalDate.of(2019, 5, 1);
    static final LocalDate MAY_31 = LocalDate.of(2019, 5, 31);
    static final LocalDate DEC_31 = LocalDate.of(2019, 12, 31);

    private static final String MAY = "start=2019-05-01&end=2019-05-31";
    private static final List<Object> BOX_MAY = List.of(IDLIB_HAMA[0], IDLIB_HAMA[1], IDLIB_HAMA[2], IDLIB_HAMA[3],
            MAY_1, MAY_31, PAGE_ROWS);

    static final BenchQuery FULL_PAGE = new BenchQuery("full_page", "bbox Idlib/Hama, May 2019, limit 5000, full",
            BenchSql.BBOX_WINDOW_PAGE, BOX_MAY, "/api/events?" + IDLIB_HAMA_PARAMETER + "&" + MAY + "&limit=" + PAGE_LIMIT);

    static final BenchQuery COMPACT_PAGE = new BenchQuery("compact_page",
            "bbox Idlib/Hama, May 2019, limit 5000, compact", BenchSql.BBOX_WINDOW_POINTS, BOX_MAY,
            FULL_PAGE.apiPath() + "&props=compact");

    static final BenchQuery OGC_ITEMS = new BenchQuery("ogc_items", "OGC items, bbox Idlib/Hama, May 2019, limit 5000",
            BenchSql.BBOX_WINDOW_PAGE, BOX_MAY, "/collections/events/items?" + IDLIB_HAMA_PARAMETER
                    + "&datetime=2019-05-01/2019-05-31&limit=" + PAGE_LIMIT);

    static final BenchQuery TIMELINE = new BenchQuery("timeline", "timeline per day and type, all Syria, 2019",
            BenchSql.TIMELINE, List.of(JAN_1, DEC_31), "/api/timeline?start=2019-01-01&end=2019-12-31");

    static final BenchQuery TIMELINE_BOX = new BenchQuery("timeline_bbox",
            "timeline per day and type, bbox Idlib/Hama, 2019", BenchSql.TIMELINE_BOX,
            List.of(IDLIB_HAMA[0], IDLIB_HAMA[1], IDLIB_HAMA[2], IDLIB_HAMA[3], JAN_1, DEC_31),
            "/api/timeline?" + IDLIB_HAMA_PARAMETER + "&start=2019-01-01&end=2019-12-31");

    static final BenchQuery EXPORT_CSV = new BenchQuery("export_csv", "export all Syria, May 2019, CSV",
            BenchSql.WINDOW_EXPORT, List.of(MAY_1, MAY_31, EXPORT_CAP), "/api/events/export?format=csv&" + MAY);

    static final BenchQuery COLUMNS = new BenchQuery("columns", "map columns, all Syria, January to May 2019",
            BenchSql.WINDOW_MARKERS, List.of(JAN_1, MAY_31, COLUMNS_ROWS),
            "/api/events/columns?start=2019-01-01&end=2019-05-31");

    static final List<BenchQuery> ALL = List.of(FULL_PAGE, COMPACT_PAGE, TIMELINE, TIMELINE_BOX, EXPORT_CSV, COLUMNS,
            OGC_ITEMS);

    /** The same read with the SQL the other store sends. */
    BenchQuery withSql(String other) {
        return new BenchQuery(key, name, other, parameters, apiPath);
    }

    /** Small requests timed for throughput at many clients: a page of ten, the timeline, an OGC page of ten. */
    static final List<String> SMALL_REQUESTS = List.of(
            "/api/events?" + IDLIB_HAMA_PARAMETER + "&" + MAY + "&limit=10",
            TIMELINE.apiPath(),
            "/collections/events/items?" + IDLIB_HAMA_PARAMETER + "&datetime=2019-05-01/2019-05-31&limit=10");
}
