package org.maydan.map;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Which request paths this server's controllers answer, read from Spring MVC's handler mappings,
 * so {@code /api/map-config} can tell the page about optional services without the page probing
 * them (a probe that 404s is an error in the browser's console).
 */
final class ServedEndpoints {

    private final List<PathPattern> patterns;

    private ServedEndpoints(List<PathPattern> patterns) {
        this.patterns = patterns;
    }

    static ServedEndpoints of(RequestMappingHandlerMapping mapping) {
        return new ServedEndpoints(mapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPathPatternsCondition() != null)
                .flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
                .toList());
    }

    /**
     * True when some handler's pattern matches the path (relative to the root, query ignored).
     * Use for paths with variables, such as tiles.
     */
    boolean matches(String relativePath) {
        PathContainer path = PathContainer.parsePath(absolute(relativePath));
        return patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }

    /**
     * True when a handler is mapped to exactly this path; a pattern with a variable in its place
     * ({@code /api/events/{id}} for {@code /api/events/columns}) does not count.
     */
    boolean hasExactly(String relativePath) {
        String wanted = absolute(relativePath);
        return patterns.stream().anyMatch(pattern -> pattern.getPatternString().equals(wanted));
    }

    /** A concrete path for a tile template: {@code {z}/{x}/{y}} become 0 and the query is dropped. */
    static String samplePath(String template) {
        int query = template.indexOf('?');
        return (query < 0 ? template : template.substring(0, query))
                .replace("{z}", "0").replace("{x}", "0").replace("{y}", "0");
    }

    private static String absolute(String relativePath) {
        int query = relativePath.indexOf('?');
        String path = query < 0 ? relativePath : relativePath.substring(0, query);
        return path.startsWith("/") ? path : "/" + path;
    }
}
