package org.maydan.event;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The timeline and extent reads of {@link JdbcEventStore}, the same SQL on PostGIS and H2GIS. */
final class JdbcTimeline {

    private final JdbcClient jdbc;

    JdbcTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The counts come from {@code event_day_count} (one row per day and type, kept exact by the V4
     * migration's triggers) when only dates and types are filtered, or a box that contains every
     * stored event ({@link #extent}). Otherwise (also under a minimum confidence, which the daily
     * counts do not know) they are counted from the events: a box is tested
     * on the longitude and latitude columns, which the covering index {@code event_date_point}
     * holds beside the date and type, so the count reads no event row.
     */
    List<DayCount> timeline(EventFilter filter) {
        boolean fromDailyCounts = filter.onPlaceTimeAndTypeOnly()
                && (filter.bbox() == null || extent().map(e -> filter.bbox().containsBox(e.box())).orElse(true));
        String sql;
        FilterSql where;
        if (fromDailyCounts) {
            where = FilterSql.of(filter.withoutBBox(), FilterSql.BoxTest.COLUMNS);
            sql = "SELECT event_date, sub_event_type, events AS n FROM event_day_count" + where.sql()
                    + (where.sql().isEmpty() ? " WHERE" : " AND") + " events > 0";
        } else {
            where = FilterSql.of(filter, FilterSql.BoxTest.COLUMNS);
            sql = "SELECT event_date, sub_event_type, COUNT(*) AS n FROM event" + where.sql()
                    + " GROUP BY event_date, sub_event_type";
        }
        List<DayCount> counts = new ArrayList<>(jdbc.sql(sql)
                .params(where.params())
                .query((rs, row) -> new DayCount(rs.getObject(1, LocalDate.class),
                        EventRows.subEventType(rs.getString(2)), rs.getLong(3)))
                .list());
        counts.sort(Comparator.comparing(DayCount::date).thenComparing(c -> c.type().label()));
        return counts;
    }

    /** The box from {@code event_extent} (V6) and the first and last day from the paging index. */
    Optional<EventExtent> extent() {
        return jdbc.sql("""
                SELECT min_lon, min_lat, max_lon, max_lat, (SELECT MIN(event_date) FROM event) AS first_day,
                    (SELECT MAX(event_date) FROM event) AS last_day
                FROM event_extent WHERE id = 1 AND min_lon IS NOT NULL""")
                .query((ResultSet rs) -> {
                    LocalDate first = rs.next() ? rs.getObject(5, LocalDate.class) : null;
                    return first == null ? Optional.<EventExtent>empty()
                            : Optional.of(new EventExtent(new BBox(rs.getDouble(1), rs.getDouble(2),
                                    rs.getDouble(3), rs.getDouble(4)), first, rs.getObject(6, LocalDate.class)));
                });
    }
}
