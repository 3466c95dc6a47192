package org.maydan.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.article.ArticleStore;
import org.maydan.article.InMemoryArticleStore;
import org.maydan.event.EventStore;
import org.maydan.event.InMemoryEventStore;
import org.maydan.system.RequestRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriUtils;

/**
 * {@code POST /api/articles} on the in-memory stores and the dictionary geoparser: JSON and
 * text/plain bodies, idempotent resends, the API key, and problem JSON for what it refuses. The
 * context, and so the stores, are shared by the tests: each sends texts no other test sends.
 */
@WebMvcTest(controllers = ArticleController.class)
@Import(ArticleApiWebTest.Ingest.class)
@TestPropertySource(properties = {"maydan.write.api-key=" + ArticleApiWebTest.KEY,
        "maydan.write.keys.desk-b=" + ArticleApiWebTest.DESK_B_KEY})
class ArticleApiWebTest {

    static final String KEY = "k3y-for-tests-only";
    static final String DESK_B_KEY = "another-k3y-for-desk-b";
    private static final String STRIKE = "قصفت طائرات حربية بلدة كفرنبل صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.";
    private static final String CLASH = "اندلعت اشتباكات عنيفة في محيط سراقب أمس.";
    private static final AtomicInteger SENT = new AtomicInteger();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper mapper;

    /** Ingest over fakes; the stores start empty for each test. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Ingest {

        @Bean
        ArticleIngest articleIngest() {
            ArticleStore articles = new InMemoryArticleStore();
            EventStore events = new InMemoryEventStore(articles);
            IngestProperties properties = new IngestProperties(300, 1);
            return new ArticleIngest(articles, events, new Pipeline(DictionaryGeoparser.standard()),
                    new TransactionTemplate(new NoTransactions()), properties);
        }

        @Bean
        ArticleInput articleInput() {
            return new ArticleInput(new IngestProperties(300, 1));
        }
    }

    @Test
    void aNewJsonArticleIsAnswered201WithItsEventsAndAResend200WithTheSame() throws Exception {
        String body = json(Map.of("title", "غارات", "text", unique(STRIKE), "published", "2019-05-06",
                "url", "https://example.org/a/1", "source", "desk A"));

        String first = mvc.perform(authorized(post(ArticleController.PATH).contentType(MediaType.APPLICATION_JSON)
                        .content(body)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("created"))
                .andExpect(jsonPath("$.new_events").value(1))
                .andExpect(jsonPath("$.article.source").value("desk A"))
                .andExpect(jsonPath("$.article.added_by").value("default"))
                .andExpect(jsonPath("$.events.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.events.features[0].properties.sub_event_type").value("Air/drone strike"))
                .andExpect(jsonPath("$.events.features[0].properties.location").value("Kafr Nabl"))
                .andExpect(jsonPath("$.events.features[0].properties.fatalities").value(3))
                .andExpect(jsonPath("$.events.features[0].properties.source_count").value(1))
                .andExpect(jsonPath("$.events.features[0].properties.sources[0]").value("desk A"))
                .andExpect(jsonPath("$.events.features[0].properties.fatalities_disputed").value(false))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        mvc.perform(authorized(post(ArticleController.PATH).contentType(MediaType.APPLICATION_JSON).content(body)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("existing"))
                .andExpect(jsonPath("$.events.features[0].id").value(
                        mapper.readTree(first).path("events").path("features").get(0).path("id").asLong()));
    }

    @Test
    void textPlainTakesItsMetadataFromPercentEncodedHeadersOrQueryParameters() throws Exception {
        mvc.perform(authorized(post(ArticleController.PATH).contentType("text/plain;charset=UTF-8")
                        .header(ArticleController.TITLE_HEADER, UriUtils.encode("اشتباكات سراقب", StandardCharsets.UTF_8))
                        .header(ArticleController.PUBLISHED_HEADER, "2019-05-06T09:00:00+03:00")
                        .header(ArticleController.SOURCE_HEADER, "desk B")
                        .content(unique(CLASH).getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.article.title").value("اشتباكات سراقب"))
                .andExpect(jsonPath("$.article.published").value("2019-05-06"))
                .andExpect(jsonPath("$.events.features[0].properties.event_date").value("2019-05-05"));

        mvc.perform(authorized(post(ArticleController.PATH + "?url=https://example.org/b/2&published=2019-07-01")
                        .contentType(MediaType.TEXT_PLAIN).content(unique(STRIKE).getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.article.source").value("example.org"))
                .andExpect(jsonPath("$.article.url").value("https://example.org/b/2"));
    }

    @Test
    void reprocessIsAskedForWithAParameter() throws Exception {
        String body = json(Map.of("text", unique(STRIKE), "published", "2019-06-01", "source", "desk A"));
        mvc.perform(authorized(post(ArticleController.PATH).contentType(MediaType.APPLICATION_JSON).content(body)))
                .andExpect(status().isCreated());

        mvc.perform(authorized(post(ArticleController.PATH + "?reprocess=true").contentType(MediaType.APPLICATION_JSON)
                        .content(body)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("reprocessed"))
                .andExpect(jsonPath("$.events.features.length()").value(1));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -             | -                          | 401
            X-API-Key     | wrong                      | 401
            X-API-Key     | k3y-for-tests-only         | 201
            Authorization | Bearer k3y-for-tests-only  | 201
            Authorization | bearer k3y-for-tests-only  | 201
            Authorization | Bearer wrong               | 401
            Authorization | Basic k3y-for-tests-only   | 401
            Authorization | Bearer                     | 401
            """)
    void writesNeedTheApiKeyAsBearerOrXApiKey(String headerName, String value, int expected) throws Exception {
        MockHttpServletRequestBuilder request = post(ArticleController.PATH).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("text", unique(STRIKE), "source", "desk A")));
        if (headerName != null) {
            request.header(headerName, value);
        }

        var result = mvc.perform(request).andExpect(status().is(expected));
        if (expected == 401) {
            result.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(RequestRefusedException.UNAUTHORIZED.toString()))
                    .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
        }
    }

    @Test
    void readsNeedNoKey() throws Exception {
        mvc.perform(get(ArticleController.PATH)).andExpect(status().is(not(401)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no text          | application/json | {"source": "desk A"}                                       | 400 | text
            blank text       | application/json | {"text": "  ", "source": "desk A"}                        | 400 | text
            bad date         | application/json | {"text": "نص", "source": "desk A", "published": "6 May"} | 400 | published
            no source or url | application/json | {"text": "نص"}                                            | 400 | source
            relative url     | application/json | {"text": "نص", "url": "/a/1"}                              | 400 | url
            not json         | application/json | {"text":                                                  | 400 | -
            xml              | application/xml  | <article/>                                                | 415 | -
            """)
    void badBodiesAreProblems(String name, String mediaType, String body, int expected, String parameter)
            throws Exception {
        var result = mvc.perform(authorized(post(ArticleController.PATH).contentType(mediaType).content(body)))
                .andExpect(status().is(expected))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        if (!parameter.equals("-")) {
            result.andExpect(jsonPath("$.parameter").value(parameter));
        }
    }

    @Test
    void theArticleRecordsTheNameOfTheKeyThatAddedIt() throws Exception {
        mvc.perform(post(ArticleController.PATH).header("X-API-Key", DESK_B_KEY).contentType(MediaType.TEXT_PLAIN)
                        .header(ArticleController.SOURCE_HEADER, "desk B")
                        .content(unique(CLASH).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.article.added_by").value("desk-b"));
    }

    @Test
    void aTextOverTheLimitIs413() throws Exception {
        mvc.perform(authorized(post(ArticleController.PATH).contentType(MediaType.TEXT_PLAIN)
                        .header(ArticleController.SOURCE_HEADER, "desk A")
                        .content(STRIKE.repeat(5).getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value(RequestRefusedException.TOO_LARGE.toString()))
                .andExpect(jsonPath("$.detail", containsString("at most 300")));
    }

    @Test
    void anUndeclaredParameterIsRefused() throws Exception {
        mvc.perform(authorized(post(ArticleController.PATH + "?reprocesss=true").contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("text", unique(STRIKE), "source", "desk A")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("reprocesss"));
    }

    /** The text with a tail no other request has, so that it is a new article. */
    private static String unique(String text) {
        return text + " " + "ح".repeat(SENT.incrementAndGet());
    }

    static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + KEY);
    }

    private String json(Map<String, String> members) throws Exception {
        return mapper.writeValueAsString(members);
    }
}
