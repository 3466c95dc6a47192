package org.maydan.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.PathMatcher;

/**
 * The kinds of request that the limits of {@link LimitProperties} single out, told apart by method,
 * path and parameters. Paths are patterns, so endpoints that are added later under them (tiles,
 * the static map) are limited from their first day.
 */
enum RequestKind {

    /** A write under {@code /api/**}. */
    WRITE,
    /** A download of the filtered events. */
    EXPORT,
    /** A map tile. */
    TILE,
    /** A rendered map image. */
    STATIC_MAP,
    /** A timeline over a box: counted from the events, not from the daily counts. */
    TIMELINE_IN_BOX,
    /** Everything else. */
    OTHER;

    static final String API = "/api/**";
    static final String EXPORT_PATH = "/api/events/export";
    static final String TILES = "/tiles/**";
    static final String STATIC_MAP_PATH = "/api/map.png";
    static final String TIMELINE_PATH = "/api/timeline";
    static final String BBOX = "bbox";

    private static final PathMatcher PATHS = new AntPathMatcher();
    private static final Set<String> READS = Set.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(),
            HttpMethod.OPTIONS.name());

    /** The kind of {@code request}. */
    static RequestKind of(HttpServletRequest request) {
        String path = path(request);
        if (!READS.contains(request.getMethod())) {
            return PATHS.match(API, path) ? WRITE : OTHER;
        }
        if (path.equals(EXPORT_PATH)) {
            return EXPORT;
        }
        if (PATHS.match(TILES, path)) {
            return TILE;
        }
        if (path.equals(STATIC_MAP_PATH)) {
            return STATIC_MAP;
        }
        if (path.equals(TIMELINE_PATH) && request.getParameter(BBOX) != null) {
            return TIMELINE_IN_BOX;
        }
        return OTHER;
    }

    /** The request's path inside the application, without the context path. */
    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context.isEmpty() ? uri : uri.substring(Math.min(context.length(), uri.length()));
    }
}
