package org.maydan.bench;

import java.util.List;

/**
 * One read the map makes, as SQL on the store and as the HTTP request the API answers it with,
 * so the two timings compare like with like.
 */
record BenchQuery(String name, String sql, List<Object> parameters, String apiPath) {

    /** Idlib/Hama box, as minLon, minLat, maxLon, maxLat. */
    static final double[] IDLIB_HAMA = {35.9, 35.0, 37.5, 36.5};
    static final int PAGE_LIMIT = 5000;

    static final BenchQuery BBOX_MONTH = new BenchQuery("bbox Idlib/Hama, May 2019, limit 5000",
            BenchSql.BBOX_WINDOW_PAGE,
            List.of(IDLIB_HAMA[0], IDLIB_HAMA[1], IDLIB_HAMA[2], IDLIB_HAMA[3], "2019-05-01", "2019-05-31", PAGE_LIMIT),
            "/api/events?bbox=35.9,35.0,37.5,36.5&start=2019-05-01&end=2019-05-31&limit=" + PAGE_LIMIT);

    static final BenchQuery TIMELINE_2019 = new BenchQuery("timeline per day and type, all Syria, 2019",
            BenchSql.TIMELINE,
            List.of("2019-01-01", "2019-12-31"),
            "/api/timeline?start=2019-01-01&end=2019-12-31");

    static final List<BenchQuery> ALL = List.of(BBOX_MONTH, TIMELINE_2019);
}
