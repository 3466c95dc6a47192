package org.maydan.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of an {@link EventFilter} over the {@code event} table: one {@code WHERE} clause and its
 * named parameters, shared by every read of {@link JdbcEventStore} (pages, map columns, exports,
 * counts, the timeline) so that they select the same events. PostGIS and H2GIS accept the same
 * text.
 */
final class FilterSql {

    /** Named parameter of a page's row count, bound by {@link #page}. */
    static final String ROWS = "rows";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    private FilterSql() {
    }

    /** How a box is tested. */
    enum BoxTest {
        /**
         * {@code geom && envelope}: the planner may answer a small box from the spatial index.
         * Right for PostgreSQL, whose statistics choose between the spatial and the date index.
         */
        SPATIAL_INDEX,
        /**
         * On the {@code longitude} and {@code latitude} columns (the same test for points, edges
         * inclusive), which the covering index {@code event_date_point} holds beside the date, id
         * and type. Right for aggregates on both stores, and for everything on H2, whose planner
         * takes the spatial index for any box: at 1,000,000 events a May page of the Idlib/Hama box
         * read half the table and sorted it instead of walking May in date order.
         */
        COLUMNS
    }

    /** The filter with its box tested as {@code boxTest} says. */
    static FilterSql of(EventFilter filter, BoxTest boxTest) {
        FilterSql where = new FilterSql();
        BBox bbox = filter.bbox();
        if (bbox != null) {
            where.and(boxTest == BoxTest.SPATIAL_INDEX
                    ? "geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)"
                    : "longitude >= :minLon AND latitude >= :minLat AND longitude <= :maxLon AND latitude <= :maxLat")
                    .bind("minLon", bbox.minLon()).bind("minLat", bbox.minLat())
                    .bind("maxLon", bbox.maxLon()).bind("maxLat", bbox.maxLat());
        }
        return where.andRest(filter);
    }

    /** One page of a query: the filter, the keyset cursor and the row count. */
    static FilterSql page(EventQuery query, BoxTest boxTest) {
        FilterSql where = of(query.filter(), boxTest);
        PageCursor after = query.after();
        if (after != null) {
            where.and("(event_date, id) > (:afterDate, :afterId)")
                    .bind("afterDate", after.eventDate())
                    .bind("afterId", after.id());
        }
        return where.bind(ROWS, query.maxRows());
    }

    private FilterSql andRest(EventFilter filter) {
        if (filter.window().start() != null) {
            and("event_date >= :start").bind("start", filter.window().start());
        }
        if (filter.window().end() != null) {
            and("event_date <= :end").bind("end", filter.window().end());
        }
        if (!filter.types().types().isEmpty()) {
            and("sub_event_type IN (:types)").bind("types", filter.types().labels());
        }
        TextQuery text = filter.text();
        if (text != null) {
            and("search_text LIKE :text ESCAPE '\\'").bind("text", text.likePattern());
        }
        String source = filter.source();
        if (source != null) {
            and("EXISTS (SELECT 1 FROM evidence v JOIN article a ON a.id = v.article_id"
                    + " WHERE v.event_id = event.id AND LOWER(a.source) = :source)")
                    .bind("source", source.toLowerCase(Locale.ROOT));
        }
        if (filter.admin1() != null) {
            and("admin1 = :admin1").bind("admin1", filter.admin1());
        }
        if (filter.filtersConfidence()) {
            and("confidence >= :minConfidence").bind("minConfidence", filter.minConfidence());
        }
        return this;
    }

    FilterSql and(String condition) {
        conditions.add(condition);
        return this;
    }

    FilterSql bind(String name, @Nullable Object value) {
        params.put(name, value);
        return this;
    }

    /** {@code " WHERE ..."}, or empty without conditions. */
    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** A page of the event table in keyset order; see {@link #page}. */
    String select(String columns) {
        return "SELECT " + columns + " FROM event" + sql() + " ORDER BY event_date, id LIMIT :" + ROWS;
    }

    Map<String, Object> params() {
        return params;
    }
}
