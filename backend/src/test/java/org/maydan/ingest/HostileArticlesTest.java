package org.maydan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maydan.article.ArticleStore;
import org.maydan.event.EventStore;
import org.maydan.event.StoreVersion;
import org.maydan.frontend.HeadlessChromium;
import org.maydan.frontend.MapPageProbe;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.system.RunningApp;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;

/**
 * The hostile-article corpus ({@code src/test/resources/hostile}, plus large cases generated here)
 * sent to {@code POST /api/articles} of the whole application: each article is stored, with its
 * text cleaned and its evidence, events and places capped, or refused with a 4xx problem JSON
 * that leaves the store unchanged; never a 500. What is stored shows on the map page as text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileArticlesTest {

    private static final String KEY = "hostile-test-key";
    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final int MAX_TEXT = 1_000_000;
    private static final int MAX_EVIDENCE = 2000;
    private static final int MAX_EVENTS = 200;
    /** Lower than the default 500: the shipped gazetteer has some 350 distinct Syrian names. */
    private static final int MAX_PLACES = 100;
    private static final int NESTING = 5000;
    private static final int PLACE_NAMES = 100_000;
    private static final int DISTINCT_NAMES = 1000;
    /** Bidi embedding, override and isolate controls, and control characters but tab and line ends. */
    private static final String UNCLEAN = "[\\u202A-\\u202E\\u2066-\\u2069\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]";
    private static final List<String> VILLAGES = List.of("كفرنبل", "سراقب", "كفرنبودة", "خان شيخون", "معرة النعمان",
            "اللطامنة", "قلعة المضيق", "كبانة", "جسر الشغور", "حيش", "التمانعة", "الهبيط", "مورك", "كفرزيتا");
    private static final List<String> MONTHS = List.of("نيسان", "أيار", "حزيران");

    private Path dir;
    private RunningApp app;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger tried = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final List<String> failed = new ArrayList<>();
    private final Map<String, JsonNode> answers = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    void start() throws IOException {
        dir = Files.createTempDirectory("maydan-hostile-");
        app = RunningApp.embedded(dir, "--maydan.write.api-key=" + KEY, "--maydan.sample-data.enabled=false",
                "--maydan.limits.rate.writes=100000/1m", "--maydan.ingest.max-places-per-article=" + MAX_PLACES);
    }

    @AfterAll
    void stop() {
        System.out.printf("hostile articles: %d tried, %d stored, %d refused with 4xx, %d failed %s%n",
                tried.get(), stored.get(), refused.get(), failed.size(), failed);
        if (app != null) {
            app.close();
        }
    }

    /** A hostile request: its name, content type, body and the status class expected (2 or 4). */
    record Case(String name, String contentType, byte[] body, int statusClass) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Arguments> files() throws IOException {
        return Stream.of(
                file("html-and-script.json", 2), file("bidi-override.json", 2), file("nul-and-controls.json", 2),
                file("lone-surrogates.json", 2), file("url-with-quotes-and-arabic.json", 2), file("invalid-utf8.txt", 2),
                file("javascript-url.json", 4), file("wrong-types.json", 4), file("bad-date.json", 4))
                .map(Arguments::of);
    }

    Stream<Arguments> generated() throws IOException {
        return Stream.of(
                json("1 MB of one word", "ب".repeat(MAX_TEXT - 10), 2),
                json("a 20,000-character sentence", "قال المصدر " + "إن الوضع صعب ".repeat(700)
                        + "قصفت طائرات حربية بلدة كفرنبل صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين" + " ثم قال".repeat(1500)
                        + ".", 2),
                json("100,000 place names", placeNames(), 2),
                json("thousands of events", thousandsOfEvents(), 2),
                json("a text over the limit", "ت".repeat(MAX_TEXT + 1), 4),
                new Case("deeply nested JSON", JSON, ("{\"text\":" + "[".repeat(NESTING) + "]".repeat(NESTING) + "}")
                        .getBytes(StandardCharsets.UTF_8), 4),
                new Case("not JSON at all", JSON, "<article>قصف</article>".getBytes(StandardCharsets.UTF_8), 4),
                new Case("an empty text body", TEXT, new byte[0], 4))
                .map(Arguments::of);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachHostileFileIsStoredCleanOrRefusedWith4xx(Case hostile) throws Exception {
        send(hostile);
    }

    @Order(2)
    @Test
    void whatAHostileArticleSaysShowsOnThePageAsText() throws Exception {
        JsonNode html = answers.get("html-and-script.json").path("events").path("features").get(0);
        JsonNode details = app.getJson("/api/events/" + html.path("id").asLong());
        String sentence = details.path("properties").path("evidence").get(0).path("sentence").asText();
        assertThat(sentence).contains("<img src=x onerror=alert(1)>", "<script>alert(2)</script>");
        HeadlessChromium chromium = HeadlessChromium.start();
        try {
            WebDriver browser = chromium.driver();
            JsonNode xy = html.path("geometry").path("coordinates");
            browser.get(String.format(Locale.ROOT, "http://127.0.0.1:%d/#start=2019-05-06&end=2019-05-06&map=15/%.5f/%.5f",
                    app.port(), xy.get(1).asDouble(), xy.get(0).asDouble()));
            WebDriverWait wait = new WebDriverWait(browser, RunningApp.PATIENCE);
            MapPageProbe.openFromList(browser, html.path("properties").path("location").asText(), RunningApp.PATIENCE);
            By popup = By.cssSelector(".leaflet-popup-content");
            wait.until(d -> !d.findElements(popup).isEmpty() && d.findElement(popup).getText().contains("<script>"));

            assertThat(browser.findElement(popup).getText()).contains("<img src=x onerror=alert(1)>",
                    "<script>alert(2)</script>");
            Object injected = ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelectorAll('.leaflet-popup-content img, .leaflet-popup-content script,"
                    + " .leaflet-popup-content b, .leaflet-popup-content i').length");
            assertThat(((Number) injected).intValue()).as("no element from article text").isZero();
            assertThat(chromium.browserErrors().stream().filter(e -> !e.contains("tile")).toList()).isEmpty();
        } finally {
            chromium.close();
        }
    }

    @Order(3)
    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void eachGeneratedHostileArticleIsStoredWithinTheCapsOrRefusedWith4xx(Case hostile) throws Exception {
        send(hostile);
    }

    @Order(4)
    @Test
    void theStoredArticlesAreCleanAndWithinTheCaps() throws Exception {
        ArticleStore articles = app.context().getBean(ArticleStore.class);
        List<Long> ids = articles.ids(0, 1000);
        assertThat(ids).hasSize(stored.get());
        for (long id : ids) {
            var article = articles.find(id).orElseThrow();
            assertThat(article.text()).as("article " + id).doesNotContainPattern(UNCLEAN);
            assertThat(article.source()).doesNotContainPattern(UNCLEAN);
            assertThat(articles.places(id)).hasSizeLessThanOrEqualTo(MAX_PLACES);
            assertThat(app.context().getBean(EventStore.class).eventsOf(id)).hasSizeLessThanOrEqualTo(MAX_EVENTS);
        }
        long names = answers.get("100,000 place names").path("article").path("id").asLong();
        assertThat(articles.places(names)).as("capped").hasSize(MAX_PLACES);
        long bidi = answers.get("bidi-override.json").path("events").path("features").get(0).path("id").asLong();
        JsonNode event = app.getJson("/api/events/" + bidi).path("properties");
        assertThat(event.path("fatalities").asInt()).isEqualTo(21);
        assertThat(event.path("evidence").get(0).path("sentence").asText()).contains("مقتل 21 مدنياً")
                .doesNotContainPattern(UNCLEAN);
    }

    private void send(Case hostile) throws Exception {
        tried.incrementAndGet();
        StoreVersion before = version();
        HttpResponse<String> answer = app.post("/api/articles", hostile.contentType(), hostile.body(), "X-API-Key", KEY,
                "X-Maydan-Source", "hostile%20desk");
        int status = answer.statusCode();
        try {
            assertThat(status / 100).as(hostile.name() + " answered " + status + ": " + abbreviate(answer.body()))
                    .isEqualTo(hostile.statusClass());
            if (status >= 400) {
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(version()).as("a refusal changes nothing").isEqualTo(before);
                refused.incrementAndGet();
                return;
            }
            JsonNode result = json.readTree(answer.body());
            answers.put(hostile.name(), result);
            assertThat(answer.body()).doesNotContainPattern(UNCLEAN);
            assertThat(result.path("events").path("features").size()).isLessThanOrEqualTo(MAX_EVENTS);
            for (JsonNode feature : result.path("events").path("features")) {
                JsonNode details = app.getJson("/api/events/" + feature.path("id").asLong());
                details.path("properties").path("evidence").forEach(e ->
                        assertThat(e.path("sentence").asText()).hasSizeLessThanOrEqualTo(MAX_EVIDENCE));
            }
            stored.incrementAndGet();
        } catch (AssertionError e) {
            failed.add(hostile.name());
            throw e;
        }
    }

    private StoreVersion version() {
        return app.context().getBean(EventStore.class).version();
    }

    private static Case file(String name, int statusClass) throws IOException {
        try (InputStream in = new ClassPathResource("hostile/" + name).getInputStream()) {
            return new Case(name, name.endsWith(".txt") ? TEXT : JSON, in.readAllBytes(), statusClass);
        }
    }

    private Case json(String name, String text, int statusClass) throws IOException {
        Map<String, String> body = Map.of("text", text, "published", "2019-06-01", "source", "hostile desk",
                "url", "https://example.org/hostile/" + name.replace(' ', '-').replace(",", ""));
        return new Case(name, JSON, json.writeValueAsBytes(body), statusClass);
    }

    /**
     * The shortest Arabic names of the shipped gazetteer's Syrian places, {@value #DISTINCT_NAMES} of
     * them, cycled to 100,000 names within the text limit.
     */
    private static String placeNames() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Gazetteer.load(GazetteerConfig.defaults()).places().stream()
                .filter(p -> p.country().equals("SY") && p.kind() != PlaceKind.COUNTRY && !p.nameAr().isBlank())
                .map(p -> p.nameAr())
                .sorted(java.util.Comparator.comparingInt(String::length))
                .forEach(names::add);
        List<String> distinct = List.copyOf(names).subList(0, Math.min(names.size(), DISTINCT_NAMES));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < PLACE_NAMES; i++) {
            text.append(i > 0 ? "، " : "").append(distinct.get(i % distinct.size()));
        }
        assertThat(distinct.size()).as("distinct names").isGreaterThan(MAX_PLACES);
        assertThat(text.length()).isLessThanOrEqualTo(MAX_TEXT);
        return text.toString();
    }

    /** A report of an air strike, a clash and shelling in each village on every day of three months. */
    private static String thousandsOfEvents() {
        StringBuilder text = new StringBuilder();
        for (String month : MONTHS) {
            for (int day = 1; day <= 28; day++) {
                for (String village : VILLAGES) {
                    text.append("قصفت طائرات حربية بلدة ").append(village).append(" في ").append(day).append(' ')
                            .append(month).append(". اندلعت اشتباكات في محيط ").append(village).append(" في ")
                            .append(day).append(' ').append(month).append(". ");
                }
            }
        }
        return text.toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
