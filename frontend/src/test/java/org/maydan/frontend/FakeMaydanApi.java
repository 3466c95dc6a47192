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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for the backend's event, place and map-config API over fixture or synthetic events, in
 * the backend's wire formats: {@code /api/events} (GeoJSON pages behind {@code links: [{rel: next}]}),
 * {@code /api/events/columns} (the columnar payload, with ETag, gzip and the too-many-rows 400),
 * {@code /api/events/{id}} (with evidence), {@code /api/timeline}, {@code /api/places?q=} and
 * {@code /api/map-config}. It filters by start, end, repeated type, q and source like the real
 * API, records every request, and can be told to fail an endpoint (by path, or {@value #EVENT_DETAIL}
 * for every single event) with an RFC 7807 problem. {@code /api/test-tiles/...} answers a tiny PNG.
 */
final class FakeMaydanApi implements HttpHandler {

    static final String UNTYPED = FakeEvent.UNTYPED;
    /** Path prefix of the single-event endpoint; also the key to fail all of them at once. */
    static final String EVENT_DETAIL = "/api/events/";
    static final String COLUMNS = "/api/events/columns";
    static final String TEST_TILES = "/api/test-tiles/";
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String NOT_FOUND_BODY = "{\"title\":\"Not Found\",\"status\":404}";
    private static final String PLACES_FIXTURE = "fixtures/places.json";
    private static final int OK = 200;
    private static final int BAD_REQUEST = 400;
    private static final int NOT_FOUND = 404;
    private static final int PLACE_LIMIT = 8;

    private final ObjectMapper json = new ObjectMapper();
    private final List<FakeEvent> loaded;
    private volatile List<FakeEvent> events;
    private final List<JsonNode> places;
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Map<String, byte[]> columnsCache = new ConcurrentHashMap<>();
    private volatile int pageSize = Integer.MAX_VALUE;
    private volatile int columnsMaxRows = Integer.MAX_VALUE;
    private volatile boolean columnsServed = true;
    private volatile @Nullable String mapConfig;

    private record Failure(int status, String detail) {
    }

    FakeMaydanApi(String fixtureResource) {
        this(read(fixtureResource).path("features"));
    }

    private FakeMaydanApi(JsonNode features) {
        List<FakeEvent> loaded = new ArrayList<>();
        features.forEach(f -> loaded.add(FakeEvent.of(f)));
        this.loaded = List.copyOf(loaded);
        this.events = this.loaded;
        this.places = placesFixture();
    }

    FakeMaydanApi(List<FakeEvent> events) {
        this.loaded = List.copyOf(events);
        this.events = this.loaded;
        this.places = placesFixture();
    }

    private List<JsonNode> placesFixture() {
        List<JsonNode> list = new ArrayList<>();
        read(PLACES_FIXTURE).forEach(list::add);
        return List.copyOf(list);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = FakeMaydanApi.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets recorded requests, failures, paging, limits and map config between tests. */
    void reset() {
        requests.clear();
        failures.clear();
        pageSize = Integer.MAX_VALUE;
        columnsMaxRows = Integer.MAX_VALUE;
        columnsServed = true;
        mapConfig = null;
        events = loaded;
        columnsCache.clear();
    }

    /** Gives the events a confidence each, in order (as the geoparser will); the rest keep none. */
    void confidences(double... values) {
        List<FakeEvent> scored = new ArrayList<>(loaded);
        for (int i = 0; i < values.length && i < scored.size(); i++) {
            FakeEvent e = scored.get(i);
            scored.set(i, new FakeEvent(e.id(), e.date(), e.precision(), e.type(), e.placeEn(), e.placeAr(), e.lon(),
                    e.lat(), e.fatalities(), values[i], e.dateApproximate(), e.source(), e.text(), e.feature()));
        }
        events = List.copyOf(scored);
        columnsCache.clear();
    }

    void pageSize(int size) {
        pageSize = size;
    }

    /** Above this many matching events the columns endpoint answers 400, as the server's cap does. */
    void columnsMaxRows(int rows) {
        columnsMaxRows = rows;
    }

    /** Answers the columns endpoint with 404, like a server from before it existed. */
    void withoutColumns() {
        columnsServed = false;
    }

    void failWith(String endpoint, int status, String detail) {
        failures.put(endpoint, new Failure(status, detail));
    }

    void mapConfig(String tileUrl, String attribution) {
        mapConfig(json.createObjectNode().put("tileUrl", tileUrl).put("attribution", attribution));
    }

    void mapConfig(ObjectNode config) {
        mapConfig = config.toString();
    }

    List<URI> requests() {
        return List.copyOf(requests);
    }

    List<URI> requestsTo(String path) {
        return requests.stream().filter(uri -> uri.getPath().equals(path)).toList();
    }

    /** The events that match the filter: what a correct page must show. */
    List<FakeEvent> matching(@Nullable String start, @Nullable String end, List<String> types) {
        return events.stream().filter(filter(start, end, types, null, null)).toList();
    }

    List<FakeEvent> events() {
        return events;
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

    private static Predicate<FakeEvent> filter(@Nullable String start, @Nullable String end, List<String> types,
            @Nullable String q, @Nullable String source) {
        return e -> {
            String date = e.date().toString();
            return (start == null || date.compareTo(start) >= 0)
                    && (end == null || date.compareTo(end) <= 0)
                    && (types.isEmpty() || types.contains(e.type()))
                    && (q == null || e.mentions(q))
                    && (source == null || e.publishedBy(source));
        };
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            requests.add(uri);
            String path = uri.getPath();
            Failure failure = failures.get(path.startsWith(EVENT_DETAIL) && !path.equals(COLUMNS) ? EVENT_DETAIL : path);
            if (failure != null) {
                problem(exchange, failure.status(), failure.detail());
                return;
            }
            Map<String, List<String>> params = query(uri);
            if (path.startsWith(TEST_TILES)) {
                SiteServer.sendBytes(exchange, OK, "image/png", TestTile.PNG);
                return;
            }
            switch (path) {
                case "/api/events" -> SiteServer.send(exchange, OK, JSON, page(uri, params));
                case COLUMNS -> columns(exchange, params);
                case "/api/timeline" -> SiteServer.send(exchange, OK, JSON, timeline(params));
                case "/api/places" -> SiteServer.send(exchange, OK, JSON, places(first(params, "q")));
                case "/api/map-config" -> {
                    String config = mapConfig;
                    SiteServer.send(exchange, config == null ? NOT_FOUND : OK, config == null ? PROBLEM_JSON : JSON,
                            config == null ? NOT_FOUND_BODY : config);
                }
                default -> {
                    JsonNode event = path.startsWith(EVENT_DETAIL) ? event(path.substring(EVENT_DETAIL.length())) : null;
                    SiteServer.send(exchange, event == null ? NOT_FOUND : OK, event == null ? PROBLEM_JSON : JSON,
                            event == null ? NOT_FOUND_BODY : event.toString());
                }
            }
        }
    }

    private void problem(HttpExchange exchange, int status, String detail) throws IOException {
        ObjectNode problem = json.createObjectNode().put("title", "Bad Request").put("status", status).put("detail", detail);
        SiteServer.send(exchange, status, PROBLEM_JSON, problem.toString());
    }

    private List<FakeEvent> filtered(Map<String, List<String>> params) {
        return events.stream().filter(filter(first(params, "start"), first(params, "end"),
                params.getOrDefault("type", List.of()), first(params, "q"), first(params, "source"))).toList();
    }

    private @Nullable JsonNode event(String id) {
        return events.stream().filter(e -> String.valueOf(e.id()).equals(id)).findFirst()
                .map(FakeEvent::detailed).orElse(null);
    }

    private void columns(HttpExchange exchange, Map<String, List<String>> params) throws IOException {
        if (!columnsServed) {
            SiteServer.send(exchange, NOT_FOUND, PROBLEM_JSON, NOT_FOUND_BODY);
            return;
        }
        List<FakeEvent> matched = filtered(params);
        if (matched.size() > columnsMaxRows) {
            problem(exchange, BAD_REQUEST, String.format(Locale.ROOT,
                    "%d events match; at most %d are sent at once. Narrow the dates or filters.", matched.size(), columnsMaxRows));
            return;
        }
        // Built and gzipped once per query, so the benchmark times the page rather than the fake.
        String key = Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), "");
        byte[] gzipped = columnsCache.computeIfAbsent(key,
                k -> SiteServer.gzip(ColumnsPayload.write(matched).getBytes(StandardCharsets.UTF_8)));
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(gzipped)) + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        SiteServer.sendGzipped(exchange, JSON, gzipped);
    }

    private String page(URI uri, Map<String, List<String>> params) {
        List<FakeEvent> all = filtered(params);
        String cursor = first(params, "cursor");
        String limit = first(params, "limit");
        int offset = cursor == null ? 0 : Integer.parseInt(cursor);
        int size = Math.min(pageSize, limit == null ? Integer.MAX_VALUE : Integer.parseInt(limit));
        int to = (int) Math.min(all.size(), (long) offset + size);
        ObjectNode body = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode page = body.putArray("features");
        all.subList(offset, to).forEach(e -> page.add(e.listed()));
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
                e -> e.date().toString(), TreeMap::new,
                Collectors.groupingBy(FakeEvent::type, TreeMap::new, Collectors.counting())));
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

    /** Places whose Arabic or Latin name, or one of their other spellings, contains q. */
    private String places(@Nullable String q) {
        ArrayNode found = json.createArrayNode();
        if (q == null || q.isBlank()) {
            return found.toString();
        }
        String wanted = q.strip().toLowerCase(Locale.ROOT);
        places.stream().filter(p -> {
            List<String> names = new ArrayList<>(List.of(p.path("nameEn").asText(), p.path("nameAr").asText()));
            p.path("spellings").forEach(s -> names.add(s.asText()));
            return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(wanted));
        }).limit(PLACE_LIMIT).forEach(found::add);
        return found.toString();
    }

    /** Sorted distinct dates of the events, for choosing slider positions in tests. */
    List<String> dates() {
        return events.stream().map(e -> e.date().toString()).distinct().sorted().toList();
    }
}
