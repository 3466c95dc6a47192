package org.maydan.frontend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for the backend's {@code /api/events}, {@code /api/events/{id}}, {@code /api/timeline}
 * and {@code /api/map-config} over fixture features, in the backend's wire formats: it filters by
 * {@code start}, {@code end} and repeated {@code type} like the real API, pages with an offset
 * cursor behind a {@code links: [{rel: next, href}]} member, answers timeline days as
 * {@code {date, total, counts: {type: n}}}, serves each fixture's {@code evidence} only on the
 * single-event endpoint, records every request, and can be told to fail an endpoint (by path, or
 * {@value #EVENT_DETAIL} for every single event) with an RFC 7807 problem.
 */
final class FakeMaydanApi implements HttpHandler {

    /** What the page shows for an event with no sub_event_type; the fake filters the same way. */
    static final String UNTYPED = "Other";
    /** Path prefix of the single-event endpoint; also the key to fail all of them at once. */
    static final String EVENT_DETAIL = "/api/events/";
    private static final String EVIDENCE = "evidence";
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final int OK = 200;
    private static final int NOT_FOUND = 404;

    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> features;
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private volatile int pageSize = Integer.MAX_VALUE;
    private volatile @Nullable String mapConfig;

    private record Failure(int status, String detail) {
    }

    FakeMaydanApi(String fixtureResource) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(fixtureResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixtureResource);
            }
            List<JsonNode> loaded = new ArrayList<>();
            json.readTree(in).path("features").forEach(loaded::add);
            features = List.copyOf(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets recorded requests, failures, paging and map config between tests. */
    void reset() {
        requests.clear();
        failures.clear();
        pageSize = Integer.MAX_VALUE;
        mapConfig = null;
    }

    void pageSize(int size) {
        pageSize = size;
    }

    void failWith(String endpoint, int status, String detail) {
        failures.put(endpoint, new Failure(status, detail));
    }

    void mapConfig(String tileUrl, String attribution) {
        ObjectNode config = json.createObjectNode().put("tileUrl", tileUrl).put("attribution", attribution);
        mapConfig = config.toString();
    }

    List<URI> requests() {
        return List.copyOf(requests);
    }

    List<URI> requestsTo(String path) {
        return requests.stream().filter(uri -> uri.getPath().equals(path)).toList();
    }

    /** The fixture features that match the filter: what a correct page must show. */
    List<JsonNode> matching(@Nullable String start, @Nullable String end, List<String> types) {
        return features.stream().filter(filter(start, end, types)).toList();
    }

    static String typeOf(JsonNode feature) {
        JsonNode type = feature.path("properties").path("sub_event_type");
        return type.isTextual() && !type.asText().isBlank() ? type.asText() : UNTYPED;
    }

    static Map<String, List<String>> query(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> params = new TreeMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Predicate<JsonNode> filter(@Nullable String start, @Nullable String end, List<String> types) {
        return feature -> {
            String date = feature.path("properties").path("event_date").asText();
            return (start == null || date.compareTo(start) >= 0)
                    && (end == null || date.compareTo(end) <= 0)
                    && (types.isEmpty() || types.contains(typeOf(feature)));
        };
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            requests.add(uri);
            String path = uri.getPath();
            Failure failure = failures.get(path.startsWith(EVENT_DETAIL) ? EVENT_DETAIL : path);
            if (failure != null) {
                ObjectNode problem = json.createObjectNode().put("title", "Bad Request")
                        .put("status", failure.status()).put("detail", failure.detail());
                SiteServer.send(exchange, failure.status(), PROBLEM_JSON, problem.toString());
                return;
            }
            Map<String, List<String>> params = query(uri);
            switch (path) {
                case "/api/events" -> SiteServer.send(exchange, OK, JSON, events(uri, params));
                case "/api/timeline" -> SiteServer.send(exchange, OK, JSON, timeline(params));
                case "/api/map-config" -> {
                    String config = mapConfig;
                    if (config == null) {
                        SiteServer.send(exchange, NOT_FOUND, PROBLEM_JSON, "{\"title\":\"Not Found\",\"status\":404}");
                    } else {
                        SiteServer.send(exchange, OK, JSON, config);
                    }
                }
                default -> {
                    JsonNode event = path.startsWith(EVENT_DETAIL) ? event(path.substring(EVENT_DETAIL.length())) : null;
                    if (event == null) {
                        SiteServer.send(exchange, NOT_FOUND, PROBLEM_JSON, "{\"title\":\"Not Found\",\"status\":404}");
                    } else {
                        SiteServer.send(exchange, OK, JSON, event.toString());
                    }
                }
            }
        }
    }

    private List<JsonNode> filtered(Map<String, List<String>> params) {
        return matching(first(params, "start"), first(params, "end"), params.getOrDefault("type", List.of()));
    }

    private @Nullable JsonNode event(String id) {
        return features.stream().filter(f -> f.path("id").asText().equals(id)).findFirst().map(f -> {
            ObjectNode event = f.deepCopy();
            ObjectNode properties = (ObjectNode) event.path("properties");
            if (!properties.has(EVIDENCE)) {
                properties.putArray(EVIDENCE);
            }
            return (JsonNode) event;
        }).orElse(null);
    }

    /** A list feature as the real API writes it: without the evidence of its sources. */
    private static JsonNode listed(JsonNode feature) {
        ObjectNode copy = feature.deepCopy();
        ((ObjectNode) copy.path("properties")).remove(EVIDENCE);
        return copy;
    }

    private String events(URI uri, Map<String, List<String>> params) {
        List<JsonNode> all = filtered(params);
        String cursor = first(params, "cursor");
        String limit = first(params, "limit");
        int offset = cursor == null ? 0 : Integer.parseInt(cursor);
        int size = Math.min(pageSize, limit == null ? Integer.MAX_VALUE : Integer.parseInt(limit));
        int to = (int) Math.min(all.size(), (long) offset + size);
        ObjectNode body = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode page = body.putArray("features");
        all.subList(offset, to).forEach(f -> page.add(listed(f)));
        body.put("numberReturned", to - offset);
        ArrayNode links = body.putArray("links");
        if (to < all.size()) {
            String query = Objects.requireNonNullElse(uri.getRawQuery(), "").replaceAll("(^|&)cursor=[^&]*", "");
            links.addObject().put("rel", "next").put("type", "application/geo+json")
                    .put("href", uri.getPath() + "?" + query + "&cursor=" + to);
        }
        return body.toString();
    }

    private String timeline(Map<String, List<String>> params) {
        Map<String, Map<String, Long>> counts = filtered(params).stream().collect(Collectors.groupingBy(
                f -> f.path("properties").path("event_date").asText(), TreeMap::new,
                Collectors.groupingBy(FakeMaydanApi::typeOf, TreeMap::new, Collectors.counting())));
        ObjectNode body = json.createObjectNode();
        ArrayNode days = body.putArray("days");
        counts.forEach((date, byType) -> {
            ObjectNode day = days.addObject().put("date", date)
                    .put("total", byType.values().stream().mapToLong(Long::longValue).sum());
            ObjectNode perType = day.putObject("counts");
            byType.forEach(perType::put);
        });
        return body.toString();
    }

    /** Sorted distinct dates of the fixture, for choosing slider positions in tests. */
    List<String> dates() {
        return features.stream().map(f -> f.path("properties").path("event_date").asText())
                .distinct().sorted(Comparator.naturalOrder()).toList();
    }
}
