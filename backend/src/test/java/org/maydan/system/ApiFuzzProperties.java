package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.maydan.event.EventStore;
import org.maydan.event.StoreVersion;
import org.maydan.event.SubEventType;
import org.springframework.web.util.UriUtils;

/**
 * Property-based fuzzing of the whole HTTP API over real HTTP. The endpoints and their parameters
 * are read from the application's own OpenAPI description, so every endpoint is covered, including
 * those added later. Every GET with generated parameter values (numbers out of range, broken dates
 * and boxes, hostile strings, unknown and repeated parameters, hostile path segments) is answered
 * below 500, a refusal as 4xx problem JSON; every malformed article body or header is refused with
 * 4xx problem JSON; nothing changes the store.
 */
class ApiFuzzProperties {

    private static final String KEY = "fuzz-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger FAILED = new AtomicInteger();

    private static RunningApp app;
    private static StoreVersion version;
    private static List<Operation> reads;

    /** A GET operation of the API. */
    record Operation(String path, List<String> query, List<String> pathVariables) {}

    /** A request to send: a path with its query, already encoded. */
    record Request(String pathAndQuery) {
        @Override
        public String toString() {
            return pathAndQuery;
        }
    }

    /** A write to send. */
    record Write(String contentType, byte[] body, List<String> headers, String defect) {
        @Override
        public String toString() {
            return defect + ": " + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        }
    }

    @BeforeContainer
    static void start() throws Exception {
        app = RunningApp.embedded(Files.createTempDirectory("maydan-fuzz-"), "--maydan.write.api-key=" + KEY,
                "--maydan.limits.rate.writes=1000000/1m", "--maydan.limits.rate.exports=1000000/1m",
                "--maydan.limits.rate.static-maps=1000000/1m", "--maydan.limits.rate.tiles=1000000/1m");
        reads = operations(app.getJson("/v3/api-docs"));
        assertThat(reads).extracting(Operation::path).contains("/api/events", "/api/timeline", "/api/places");
        version = app.context().getBean(EventStore.class).version();
    }

    @AfterContainer
    static void stop() {
        System.out.printf("API fuzzing: %d requests tried, %d failed, over %d GET operations and POST /api/articles%n",
                TRIED.get(), FAILED.get(), reads == null ? 0 : reads.size());
        if (app != null) {
            app.close();
        }
    }

    @Property(tries = 1000)
    void everyReadIsAnsweredBelow500AndARefusalIsProblemJson(@ForAll("reads") Request request) throws Exception {
        TRIED.incrementAndGet();
        HttpResponse<String> answer = app.get(request.pathAndQuery());
        try {
            assertThat(answer.statusCode()).as(request + " -> " + answer.body()).isLessThan(500);
            if (answer.statusCode() >= 400) {
                assertProblem(answer);
            }
            assertThat(app.context().getBean(EventStore.class).version()).isEqualTo(version);
        } catch (AssertionError e) {
            FAILED.incrementAndGet();
            throw e;
        }
    }

    @Property(tries = 500)
    void everyMalformedWriteIsRefusedWith4xxProblemJsonAndChangesNothing(@ForAll("writes") Write write)
            throws Exception {
        TRIED.incrementAndGet();
        HttpResponse<String> answer = app.post("/api/articles", write.contentType(), write.body(),
                write.headers().toArray(String[]::new));
        try {
            assertThat(answer.statusCode() / 100).as(write + " -> " + answer.statusCode() + " " + answer.body())
                    .isEqualTo(4);
            assertProblem(answer);
            assertThat(app.context().getBean(EventStore.class).version()).isEqualTo(version);
        } catch (AssertionError e) {
            FAILED.incrementAndGet();
            throw e;
        }
    }

    private static void assertProblem(HttpResponse<String> answer) throws Exception {
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(answer.statusCode());
        assertThat(problem.path("title").asText()).isNotBlank();
    }

    @Provide
    Arbitrary<Request> reads() {
        return Arbitraries.of(reads).flatMap(op -> Combinators.combine(
                        values().list().ofSize(op.pathVariables().size()),
                        values().optional(0.3).list().ofSize(op.query().size()),
                        Arbitraries.of("", "colour", "bbx", "limit", "type", "%", "a b").optional(0.8),
                        values())
                .as((segments, queryValues, extra, extraValue) -> {
                    String path = op.path();
                    for (int i = 0; i < segments.size(); i++) {
                        String segment = segments.get(i).isEmpty() ? "0" : segments.get(i);
                        path = path.replace("{" + op.pathVariables().get(i) + "}",
                                UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
                    }
                    List<String> query = new ArrayList<>();
                    for (int i = 0; i < queryValues.size(); i++) {
                        String name = op.query().get(i);
                        queryValues.get(i).ifPresent(v -> query.add(param(name, v)));
                    }
                    extra.ifPresent(name -> query.add(param(name.isEmpty() ? "x" : name, extraValue)));
                    return new Request(path + (query.isEmpty() ? "" : "?" + String.join("&", query)));
                }));
    }

    private static String param(String name, String value) {
        return UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8) + "="
                + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }

    /** Parameter values: valid ones, near misses and hostile strings. */
    static Arbitrary<String> values() {
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("0", "-1", "1e999", "NaN", "Infinity", "-0", "0x10", "１٢3", "9999999999999999999999", "1,5"));
        Arbitrary<String> dates = Arbitraries.oneOf(
                Arbitraries.of("2019-05-06", "2019-13-45", "2019-02-30", "0000-00-00", "99999-01-01", "2019-05-06T25:00",
                        "2019/05/06", "٢٠١٩-٠٥-٠٦", "-2019-05-06", "+1000000000-01-01"),
                Combinators.combine(Arbitraries.integers().between(-1, 10000), Arbitraries.integers().between(-1, 14),
                        Arbitraries.integers().between(-1, 33)).as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d)));
        Arbitrary<String> boxes = Arbitraries.oneOf(numbers, Arbitraries.doubles().between(-400, 400).map(String::valueOf))
                .list().ofMinSize(0).ofMaxSize(6).map(parts -> String.join(",", parts));
        Arbitrary<String> labels = Arbitraries.oneOf(
                Arbitraries.of(SubEventType.values()).map(SubEventType::label),
                Arbitraries.of("full", "compact", "csv", "geojson", "gpkg", "village", "SY05", "pcode:C3209", "geonames:1"));
        Arbitrary<String> hostile = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(" \u202E\u2066\u200F").ofMaxLength(40),
                Arbitraries.of("' OR 1=1 --", "\"; DROP TABLE event; --", "../../etc/passwd", "%00", "<script>alert(1)</script>",
                        "${jndi:ldap://x}", "{\"a\":1}", "\u0000", " ", "", "null", "undefined", "eyJhZnRlciI6MX0",
                        "AAAAAAAA", "*", "%", "\\"),
                Arbitraries.strings().alpha().ofMinLength(2000).ofMaxLength(6000));
        return Arbitraries.oneOf(numbers, dates, boxes, labels, hostile);
    }

    @Provide
    Arbitrary<Write> writes() {
        Arbitrary<Write> brokenJson = Combinators.combine(
                Arbitraries.of(Defect.values()), values(), Arbitraries.of(Map.of("x", 1), List.of(1, "a"), 3.5, true))
                .as((defect, value, other) -> new Write("application/json", defect.apply(value, other),
                        List.of("X-API-Key", KEY), defect.name()));
        Arbitrary<Write> garbage = Arbitraries.strings().all().ofMaxLength(300)
                .map(s -> new Write("application/json", s.getBytes(StandardCharsets.UTF_8), List.of("X-API-Key", KEY),
                        "not JSON")).filter(w -> !looksLikeArticle(w.body()));
        Arbitrary<Write> badText = Combinators.combine(Arbitraries.of("X-Maydan-Published", "X-Maydan-Url"), values())
                .as((header, value) -> new Write("text/plain; charset=UTF-8",
                        "قصفت طائرات حربية بلدة كفرنبل اليوم.".getBytes(StandardCharsets.UTF_8),
                        List.of("X-API-Key", KEY, "X-Maydan-Source", "desk", header,
                                UriUtils.encode(value.isBlank() ? "x" : value, StandardCharsets.UTF_8)), "bad " + header))
                .filter(w -> !acceptableHeader(w.headers()));
        Arbitrary<Write> blankText = Arbitraries.of("", " ", "\n\t", "\u0000", "\u202E")
                .map(s -> new Write("text/plain; charset=UTF-8", s.getBytes(StandardCharsets.UTF_8),
                        List.of("X-API-Key", KEY, "X-Maydan-Source", "desk"), "blank text"));
        Arbitrary<Write> wrongType = Arbitraries.of("application/xml", "multipart/form-data; boundary=x", "image/png",
                "application/x-www-form-urlencoded", "text/html").map(type -> new Write(type,
                "<a>قصف</a>".getBytes(StandardCharsets.UTF_8), List.of("X-API-Key", KEY), "unsupported " + type));
        Arbitrary<Write> wrongKey = values().map(key -> new Write("application/json",
                "{\"text\":\"قصفت طائرات حربية بلدة كفرنبل اليوم.\",\"source\":\"desk\"}".getBytes(StandardCharsets.UTF_8),
                List.of("X-API-Key", key.isBlank() || key.equals(KEY) ? "wrong" : sanitizeHeader(key)), "wrong key"));
        return Arbitraries.oneOf(brokenJson, garbage, badText, blankText, wrongType, wrongKey);
    }

    /** One thing wrong with an otherwise valid JSON article. */
    enum Defect {
        TEXT_MISSING, TEXT_NOT_A_STRING, TEXT_BLANK, PUBLISHED_NOT_A_DATE, URL_NOT_HTTP, NO_SOURCE_NOR_URL,
        TITLE_TOO_LONG, SOURCE_TOO_LONG, BODY_NOT_AN_OBJECT;

        byte[] apply(String value, Object other) {
            ObjectNode article = JSON.createObjectNode().put("title", "عنوان").put("text", "قصفت طائرات حربية بلدة سراقب اليوم.")
                    .put("published", "2019-05-06").put("url", "https://example.org/fuzz/" + value.hashCode())
                    .put("source", "desk");
            switch (this) {
                case TEXT_MISSING -> article.remove("text");
                case TEXT_NOT_A_STRING -> article.set("text", JSON.valueToTree(other));
                case TEXT_BLANK -> article.put("text", value.isBlank() ? value : " \t ");
                case PUBLISHED_NOT_A_DATE -> article.put("published", isDate(value) ? "2019-02-30" : value);
                case URL_NOT_HTTP -> article.put("url", "ftp://" + value);
                case NO_SOURCE_NOR_URL -> {
                    article.remove("source");
                    article.remove("url");
                }
                case TITLE_TOO_LONG -> article.put("title", "ع".repeat(1001) + value);
                case SOURCE_TOO_LONG -> article.put("source", "م".repeat(201) + value);
                case BODY_NOT_AN_OBJECT -> {
                    return (JSON.valueToTree(other).toString()).getBytes(StandardCharsets.UTF_8);
                }
                default -> throw new IllegalStateException(name());
            }
            return article.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static boolean isDate(String value) {
        try {
            java.time.LocalDate.parse(value);
            return true;
        } catch (RuntimeException e) {
            return value.isBlank();
        }
    }

    private static boolean looksLikeArticle(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() && node.hasNonNull("text");
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether a generated metadata header happens to be valid, so the write would succeed. */
    private static boolean acceptableHeader(List<String> headers) {
        String name = headers.get(4);
        String value = UriUtils.decode(headers.get(5), StandardCharsets.UTF_8).strip();
        if (name.equals("X-Maydan-Published")) {
            return isDate(value) || value.length() > 10 && value.contains("T");
        }
        return value.startsWith("http://") || value.startsWith("https://");
    }

    private static String sanitizeHeader(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }

    /** The GET operations of an OpenAPI description with their query and path parameters. */
    static List<Operation> operations(JsonNode api) {
        List<Operation> operations = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                return;
            }
            List<String> query = new ArrayList<>();
            List<String> variables = new ArrayList<>();
            get.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("query")) {
                    query.add(p.path("name").asText());
                } else if (p.path("in").asText().equals("path")) {
                    variables.add(p.path("name").asText());
                }
            });
            operations.add(new Operation(path.getKey(), query, variables));
        });
        return operations;
    }
}
