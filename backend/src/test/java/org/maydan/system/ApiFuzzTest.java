package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maydan.event.EventStore;
import org.maydan.event.StoreVersion;
import org.maydan.event.SubEventType;
import org.maydan.fuzz.Gen;
import org.maydan.fuzz.PropertyCheck;
import org.maydan.fuzz.PropertyCheck.Outcome;
import org.maydan.fuzz.PropertyCheck.Settings;
import org.springframework.web.util.UriUtils;

/**
 * Property-based fuzzing of the whole HTTP API over real HTTP. The endpoints and their parameters
 * are read from the application's own OpenAPI description, so every endpoint is covered, including
 * those added later. Every GET with generated parameter values (numbers out of range, broken dates
 * and boxes, hostile strings, unknown and repeated parameters, hostile path segments) is answered
 * below 500, a refusal as 4xx problem JSON; every malformed article body or header is refused with
 * 4xx problem JSON; nothing changes the store. The inputs come from a fixed seed: a failure names the
 * seed that makes it again ({@code -Dmaydan.fuzz.seed}, {@code -Dmaydan.fuzz.tries}; see
 * {@link PropertyCheck}).
 */
class ApiFuzzTest {

    private static final String KEY = "fuzz-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int READ_TRIES = 1000;
    private static final int WRITE_TRIES = 500;
    /** How often a query parameter the operation declares is sent. */
    private static final double DECLARED_PARAMETER_PRESENCE = 0.3;
    /** How often a parameter the operation does not declare is sent too. */
    private static final double EXTRA_PARAMETER_PRESENCE = 0.8;
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger FAILED = new AtomicInteger();
    /** What ingest removes from every field of an article before reading it. */
    private static final Pattern INGEST_REMOVES = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final String ARTICLE_TEXT = "قصفت طائرات حربية بلدة كفرنبل اليوم.";

    private static RunningApp app;
    private static StoreVersion version;
    private static List<Operation> reads;

    /** A GET operation of the API. */
    record Operation(String path, List<String> query, List<String> pathVariables) {}

    /** A request to send: a path with its query, already encoded. */
    record Request(String pathAndQuery) {
        @Override
        public String toString() {
            return "GET " + pathAndQuery;
        }
    }

    /** A write to send. */
    record Write(String contentType, byte[] body, List<String> headers, String defect) {
        @Override
        public String toString() {
            return defect + ": " + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        }

        /** The exact request; characters that hide in a terminal (controls, bidi marks, lone surrogates) escaped. */
        String exact() {
            return defect + ": POST /api/articles, Content-Type: " + contentType + ", headers " + headers + ", body "
                    + PropertyCheck.visible(new String(body, StandardCharsets.UTF_8));
        }
    }

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.embedded(Files.createTempDirectory("maydan-fuzz-"), "--maydan.write.api-key=" + KEY,
                "--maydan.limits.rate.writes=1000000/1m", "--maydan.limits.rate.exports=1000000/1m",
                "--maydan.limits.rate.static-maps=1000000/1m", "--maydan.limits.rate.tiles=1000000/1m");
        reads = operations(app.getJson("/v3/api-docs"));
        assertThat(reads).extracting(Operation::path).contains("/api/events", "/api/timeline", "/api/places");
        version = app.context().getBean(EventStore.class).version();
    }

    @AfterAll
    static void stop() {
        System.out.printf("API fuzzing: %d requests tried, %d failed, over %d GET operations and POST /api/articles%n",
                TRIED.get(), FAILED.get(), reads == null ? 0 : reads.size());
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyReadIsAnsweredBelow500AndARefusalIsProblemJson() {
        Outcome outcome = PropertyCheck.forAll(reads(reads), Request::toString).check(
                "every read is answered below 500, a refusal as problem JSON", Settings.fromSystemProperties(READ_TRIES),
                request -> {
                    HttpResponse<String> answer = app.get(request.pathAndQuery());
                    assertThat(answer.statusCode()).as(request + " -> " + answer.body()).isLessThan(500);
                    if (answer.statusCode() >= 400) {
                        assertProblem(answer);
                    }
                    assertThat(app.context().getBean(EventStore.class).version()).isEqualTo(version);
                });
        count(outcome).assertPassed();
    }

    @Test
    void everyMalformedWriteIsRefusedWith4xxProblemJsonAndChangesNothing() {
        Outcome outcome = PropertyCheck.forAll(writes(), Write::exact).check(
                "every malformed write is refused with 4xx problem JSON and changes nothing",
                Settings.fromSystemProperties(WRITE_TRIES), write -> {
                    HttpResponse<String> answer = app.post("/api/articles", write.contentType(), write.body(),
                            write.headers().toArray(String[]::new));
                    assertThat(answer.statusCode() / 100).as(write + " -> " + answer.statusCode() + " " + answer.body())
                            .isEqualTo(4);
                    assertProblem(answer);
                    assertThat(app.context().getBean(EventStore.class).version()).isEqualTo(version);
                });
        count(outcome).assertPassed();
    }

    private static Outcome count(Outcome outcome) {
        TRIED.addAndGet(outcome.tried());
        FAILED.addAndGet(outcome.failed());
        return outcome;
    }

    private static void assertProblem(HttpResponse<String> answer) throws Exception {
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(answer.statusCode());
        assertThat(problem.path("title").asText()).isNotBlank();
    }

    /**
     * A GET of one of these operations: a generated value for every path variable, for each declared
     * query parameter sometimes, and often one parameter it does not declare (or an empty or odd name).
     */
    static Gen<Request> reads(List<Operation> operations) {
        Gen<String> values = values();
        Gen<Optional<String>> extraNames = Gen.of("", "colour", "bbx", "limit", "type", "%", "a b")
                .optional(EXTRA_PARAMETER_PRESENCE);
        return Gen.of(operations).flatMap(op -> choices -> {
            List<String> segments = values.list(op.pathVariables().size()).generate(choices);
            List<Optional<String>> queryValues = values.optional(DECLARED_PARAMETER_PRESENCE)
                    .list(op.query().size()).generate(choices);
            Optional<String> extra = extraNames.generate(choices);
            String extraValue = values.generate(choices);
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
        });
    }

    private static String param(String name, String value) {
        return UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8) + "="
                + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }

    /** Parameter values: valid ones, near misses and hostile strings. */
    static Gen<String> values() {
        Gen<String> numbers = Gen.oneOf(
                Gen.integers().map(String::valueOf),
                Gen.longs().map(String::valueOf),
                Gen.doubles().map(String::valueOf),
                Gen.of("0", "-1", "1e999", "NaN", "Infinity", "-0", "0x10", "１٢3", "9999999999999999999999", "1,5"));
        Gen<String> dates = Gen.oneOf(
                Gen.of("2019-05-06", "2019-13-45", "2019-02-30", "0000-00-00", "99999-01-01", "2019-05-06T25:00",
                        "2019/05/06", "٢٠١٩-٠٥-٠٦", "-2019-05-06", "+1000000000-01-01"),
                Gen.combine(Gen.integers(-1, 10000), Gen.integers(-1, 14), Gen.integers(-1, 33),
                        (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d)));
        Gen<String> boxes = Gen.oneOf(numbers, Gen.doubles(-400, 400).map(String::valueOf))
                .list(0, 6).map(parts -> String.join(",", parts));
        Gen<String> labels = Gen.oneOf(
                Gen.of(SubEventType.values()).map(SubEventType::label),
                Gen.of("full", "compact", "csv", "geojson", "gpkg", "village", "SY05", "pcode:C3209", "geonames:1"));
        Gen<String> hostile = Gen.oneOf(
                Gen.strings(Gen.anyChar(), 0, 40),
                Gen.strings(Gen.oneOf(Gen.chars('\u0600', '\u06FF'), Gen.of(' ', '\u202E', '\u2066', '\u200F')), 0, 40),
                Gen.of("' OR 1=1 --", "\"; DROP TABLE event; --", "../../etc/passwd", "%00", "<script>alert(1)</script>",
                        "${jndi:ldap://x}", "{\"a\":1}", "\u0000", " ", "", "null", "undefined", "eyJhZnRlciI6MX0",
                        "AAAAAAAA", "*", "%", "\\"),
                Gen.strings(Gen.alpha(), 2000, 6000));
        return Gen.oneOf(numbers, dates, boxes, labels, hostile);
    }

    /** Article writes with one thing wrong: the body, a header, the content type or the key. */
    static Gen<Write> writes() {
        Gen<Write> brokenJson = Gen.combine(
                Gen.of(Defect.values()), values(), Gen.<Object>of(Map.of("x", 1), List.of(1, "a"), 3.5, true),
                (defect, value, other) -> new Write("application/json", defect.apply(value, other),
                        List.of("X-API-Key", KEY), defect.name()));
        Gen<Write> garbage = Gen.strings(Gen.anyChar(), 0, 300)
                .map(s -> new Write("application/json", s.getBytes(StandardCharsets.UTF_8), List.of("X-API-Key", KEY),
                        "not JSON")).filter(w -> !looksLikeArticle(w.body()));
        Gen<Write> badText = Gen.combine(Gen.of("X-Maydan-Published", "X-Maydan-Url"), values(),
                (header, value) -> new Write("text/plain; charset=UTF-8", ARTICLE_TEXT.getBytes(StandardCharsets.UTF_8),
                        List.of("X-API-Key", KEY, "X-Maydan-Source", "desk", header,
                                UriUtils.encode(value.isBlank() ? "x" : value, StandardCharsets.UTF_8)), "bad " + header))
                .filter(w -> !acceptableHeader(w.headers()));
        Gen<Write> blankText = Gen.of("", " ", "\n\t", "\u0000", "\u202E")
                .map(s -> new Write("text/plain; charset=UTF-8", s.getBytes(StandardCharsets.UTF_8),
                        List.of("X-API-Key", KEY, "X-Maydan-Source", "desk"), "blank text"));
        Gen<Write> wrongType = Gen.of("application/xml", "multipart/form-data; boundary=x", "image/png",
                "application/x-www-form-urlencoded", "text/html").map(type -> new Write(type,
                "<a>قصف</a>".getBytes(StandardCharsets.UTF_8), List.of("X-API-Key", KEY), "unsupported " + type));
        Gen<Write> wrongKey = values().map(key -> new Write("application/json",
                ("{\"text\":\"" + ARTICLE_TEXT + "\",\"source\":\"desk\"}").getBytes(StandardCharsets.UTF_8),
                List.of("X-API-Key", key.isBlank() || key.equals(KEY) ? "wrong" : sanitizeHeader(key)), "wrong key"));
        return Gen.oneOf(brokenJson, garbage, badText, blankText, wrongType, wrongKey);
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

    /** Whether the server takes this published date: a date, or nothing once cleaned (no date then). */
    private static boolean isDate(String value) {
        String cleaned = cleanedAsIngestDoes(value).strip();
        try {
            LocalDate.parse(cleaned);
            return true;
        } catch (RuntimeException e) {
            return cleaned.isEmpty();
        }
    }

    /**
     * The value as ingest cleans every field before it reads it (README, "what ingest cleans"): without
     * control characters but tab, line feed and carriage return, and without bidi embedding, override
     * and isolate controls. A field with nothing else left is absent, which is no error: a generated
     * "bad" value like NUL or U+202E alone is no bad value.
     */
    private static String cleanedAsIngestDoes(String value) {
        return INGEST_REMOVES.matcher(value).replaceAll("");
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
        String value = cleanedAsIngestDoes(UriUtils.decode(headers.get(5), StandardCharsets.UTF_8)).strip();
        if (value.isEmpty()) {
            return true;
        }
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
