package org.maydan.bench;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One read the map or an analyst makes, as the SQL the store sends and as the HTTP request the
 * API answers it with, so the two timings compare like with like.
 *
 * @param apiPath the request, or {@code null} for a query timed in SQL only
 */
record BenchQuery(String name, String sql, List<Object> parameters, @Nullable String apiPath) {

    /** Idlib/Hama box, as minLon, minLat, maxLon, maxLat. */
    static final double[] IDLIB_HAMA = {35.9, 35.0, 37.5, 36.5};
    static final int PAGE_LIMIT = 5000;
    /** The API reads one row beyond the limit to learn whether a next page exists. */
    static final int PAGE_ROWS = PAGE_LIMIT + 1;
    /** The export cap the API applies by default ({@code maydan.exports.max-rows}). */
    static final int EXPORT_CAP = 1_000_000;
    static final LocalDate MAY_1 = LocalDate.of(2019, 5, 1);
    static final LocalDate MAY_31 = LocalDate.of(2019, 5, 31);
    static final LocalDate YEAR_START = LocalDate.of(2019, 1, 1);
    static final LocalDate YEAR_END = LocalDate.of(2019, 12, 31);

    private static final String BBOX_MONTH_PATH = "/api/events?bbox=35.9,35.0,37.5,36.5&start=2019-05-01"
            + "&end=2019-05-31&limit=" + PAGE_LIMIT;
    private static final List<Object> BBOX_MONTH_PARAMETERS = List.of(IDLIB_HAMA[0], IDLIB_HAMA[1], IDLIB_HAMA[2],
            IDLIB_HAMA[3], MAY_1, MAY_31, PAGE_ROWS);

    static final BenchQuery BBOX_MONTH = new BenchQuery("bbox Idlib/Hama, May 2019, limit 5000",
            BenchSql.BBOX_WINDOW_PAGE, BBOX_MONTH_PARAMETERS, BBOX_MONTH_PATH);

    static final BenchQuery BBOX_MONTH_COMPACT = new BenchQuery("bbox Idlib/Hama, May 2019, limit 5000, compact",
            BenchSql.BBOX_WINDOW_POINTS, BBOX_MONTH_PARAMETERS, BBOX_MONTH_PATH + "&props=compact");

    static final BenchQuery TIMELINE_2019 = new BenchQuery("timeline per day and type, all Syria, 2019",
            BenchSql.TIMELINE, List.of(YEAR_START, YEAR_END), "/api/timeline?start=2019-01-01&end=2019-12-31");

    static final BenchQuery TIMELINE_2019_FROM_EVENTS = new BenchQuery(
            "timeline 2019 aggregated from events (before V4)", BenchSql.TIMELINE_FROM_EVENTS,
            List.of(YEAR_START, YEAR_END), null);

    static final BenchQuery EXPORT_MONTH_CSV = new BenchQuery("export all Syria, May 2019, CSV",
            BenchSql.WINDOW_EXPORT, List.of(MAY_1, MAY_31, EXPORT_CAP),
            "/api/events/export?format=csv&start=2019-05-01&end=2019-05-31");

    static final List<BenchQuery> ALL = List.of(BBOX_MONTH, BBOX_MONTH_COMPACT, TIMELINE_2019,
            TIMELINE_2019_FROM_EVENTS, EXPORT_MONTH_CSV);
}
