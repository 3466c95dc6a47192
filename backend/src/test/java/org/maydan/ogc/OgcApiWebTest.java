package org.maydan.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.article.InMemoryArticleStore;
import org.maydan.article.NewArticle;
import org.maydan.event.EventConfiguration;
import org.maydan.event.EventPlace;
import org.maydan.event.EventStore;
import org.maydan.event.Evidence;
import org.maydan.event.FeatureCollectionWriter;
import org.maydan.event.InMemoryEventStore;
import org.maydan.event.NewEvent;
import org.maydan.event.Span;
import org.maydan.event.StoreCaching;
import org.maydan.event.SubEventType;
import org.maydan.system.ApiProblems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The OGC API – Features resources on the in-memory fake: documents, links, parameters and paging. */
@WebMvcTest(controllers = OgcController.class)
@Import({OgcLinks.class, FeatureCollectionWriter.class, StoreCaching.class, EventConfiguration.class,
        OgcApiWebTest.FakeStore.class})
@TestPropertySource(properties = {"maydan.events.default-limit=2", "maydan.events.max-limit=3"})
class OgcApiWebTest {

    private static final String ITEMS = "/collections/events/items";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper mapper;

    /** Five events in Idleb and Hama, April and May 2019. */
    @TestConfiguration
    static class FakeStore {

        @Bean
        EventStore eventStore() {
            InMemoryArticleStore articles = new InMemoryArticleStore();
            InMemoryEventStore events = new InMemoryEventStore(articles);
            long a = articles.save(new NewArticle(null, "عنوان", "desk A", LocalDate.parse("2019-05-01"), "نص")).id();
            EventPlace saraqib = new EventPlace("ocha:C3916", "Saraqib", "سراقب", "Idleb", null, 35.861105, 36.806110);
            EventPlace kafrNabudah = new EventPlace("ocha:C3209", "Kafr Nabudah", "كفر نبودة", "Hama", null, 35.432232,
                    36.490839);
            record(events, a, 0, SubEventType.AIR_DRONE_STRIKE, saraqib, "2019-04-28", 0.9);
            record(events, a, 40, SubEventType.ARMED_CLASH, kafrNabudah, "2019-05-06", 0.3);
            record(events, a, 80, SubEventType.AIR_DRONE_STRIKE, kafrNabudah, "2019-05-06", null);
            record(events, a, 120, SubEventType.AIR_DRONE_STRIKE, saraqib, "2019-05-20", 0.6);
            record(events, a, 160, SubEventType.SHELLING_ARTILLERY_MISSILE, saraqib, "2019-05-31", 0.5);
            return events;
        }

        private static void record(EventStore events, long article, int at, SubEventType type, EventPlace place,
                String day, Double confidence) {
            String sentence = "قصف على البلدة.";
            events.record(new NewEvent(type, place, LocalDate.parse(day), NewEvent.EXACT, NewEvent.EXACT, confidence,
                            false),
                    new Evidence(article, sentence, new Span(at, at + sentence.length()), new Span(at, at + 3), null, 1));
        }
    }

    @Test
    void theLandingPageLinksTheApiDefinitionConformanceAndCollectionsForJsonClients() throws Exception {
        mvc.perform(get("/").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.links[?(@.rel == 'service-desc')].href").value("http://localhost/v3/api-docs"))
                .andExpect(jsonPath("$.links[?(@.rel == 'service-desc')].type")
                        .value("application/vnd.oai.openapi+json;version=3.0"))
                .andExpect(jsonPath("$.links[?(@.rel == 'conformance')].href").value("http://localhost/conformance"))
                .andExpect(jsonPath("$.links[?(@.rel == 'data')].href").value("http://localhost/collections"));
        mvc.perform(get("/?f=json")).andExpect(jsonPath("$.title").value("Maydan"));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8
            */*
            ''
            """)
    void browsersAndPlainClientsStillGetTheMapAtTheRoot(String accept) throws Exception {
        mvc.perform(get("/").header("Accept", accept))
                .andExpect(status().isOk())
                .andExpect(forwardedUrl("/index.html"));
    }

    @Test
    void conformanceDeclaresCoreGeoJsonAndOpenApi() throws Exception {
        mvc.perform(get("/conformance"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conformsTo.length()").value(3))
                .andExpect(jsonPath("$.conformsTo[0]").value("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"));
    }

    @Test
    void theEventsCollectionGivesItsExtentAndItemsLink() throws Exception {
        for (String path : List.of("/collections/events", "/collections")) {
            JsonNode doc = json(mvc.perform(get(path)).andExpect(status().isOk()).andReturn());
            JsonNode collection = path.equals("/collections") ? doc.path("collections").get(0) : doc;
            assertThat(collection.path("id").asText()).isEqualTo("events");
            assertThat(collection.path("extent").path("spatial").path("bbox").toString())
                    .isEqualTo("[[36.490839,35.432232,36.80611,35.861105]]");
            assertThat(collection.path("extent").path("temporal").path("interval").toString())
                    .isEqualTo("[[\"2019-04-28T00:00:00Z\",\"2019-05-31T23:59:59Z\"]]");
            assertThat(collection.path("links").findValuesAsText("rel")).contains("self", "items");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            f=json                                           | 1,2,3,4,5
            datetime=2019-05-06                              | 2,3
            datetime=2019-05-06T23:30:00+02:00               | 2,3
            datetime=2019-05-06/2019-05-20                   | 2,3,4
            datetime=2019-05-20/..                           | 4,5
            datetime=../2019-05-06                           | 1,2,3
            datetime=/2019-04-30                             | 1
            sub_event_type=Air/drone strike                  | 1,3,4
            sub_event_type=Armed clash&sub_event_type=Shelling/artillery/missile attack | 2,5
            admin1=Hama                                      | 2,3
            bbox=36.6,35.8,36.9,35.9&admin1=Idleb            | 1,4,5
            bbox=36.6,35.8,36.9,35.9&bbox-crs=http://www.opengis.net/def/crs/OGC/1.3/CRS84 | 1,4,5
            min_confidence=0.5                               | 1,4,5
            min_confidence=0.5&admin1=Idleb&datetime=2019-05-01/.. | 4,5
            """)
    void itemsFollowingNextLinksAreTheFilteredEventsInOrder(String query, String ids) throws Exception {
        List<Long> seen = new ArrayList<>();
        JsonNode page = json(mvc.perform(get(ITEMS + "?limit=2&" + query)).andExpect(status().isOk()).andReturn());
        while (page != null) {
            page.path("features").forEach(f -> seen.add(f.path("id").asLong()));
            assertThat(page.path("links").findValuesAsText("rel")).contains("self");
            assertThat(page.path("timeStamp").asText()).isNotBlank();
            JsonNode next = null;
            for (JsonNode link : page.path("links")) {
                if (link.path("rel").asText().equals("next")) {
                    next = json(mvc.perform(get(URI.create(link.path("href").asText()))).andExpect(status().isOk())
                            .andReturn());
                }
            }
            page = next;
        }
        assertThat(seen).containsExactlyElementsOf(
                List.of(ids.split(",")).stream().map(Long::parseLong).toList());
    }

    @Test
    void aLimitAboveTheMaximumIsLoweredToIt() throws Exception {
        JsonNode page = json(mvc.perform(get(ITEMS + "?limit=10000")).andExpect(status().isOk()).andReturn());

        assertThat(page.path("numberReturned").asInt()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            datetime=yesterday                    | datetime
            datetime=2019-05-31/2019-05-01        | datetime
            bbox-crs=EPSG:3857                    | bbox-crs
            limit=0                               | limit
            bbox=1,2,3                            | bbox
            sub_event_type=Bombing                | type
            f=html                                | f
            filter=admin1='Idleb'                 | filter
            min_confidence=2                      | min_confidence
            """)
    void badItemsParametersGetProblemJson(String query, String parameter) throws Exception {
        mvc.perform(get(ITEMS + "?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ApiProblems.BAD_PARAMETER.toString()))
                .andExpect(jsonPath("$.parameter").value(parameter));
    }

    @Test
    void anItemIsTheListedFeatureWithSelfAndCollectionLinks() throws Exception {
        JsonNode listed = json(mvc.perform(get(ITEMS + "?limit=3")).andReturn()).path("features").get(1);

        JsonNode item = json(mvc.perform(get(ITEMS + "/2"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andReturn());

        assertThat(item.path("properties")).isEqualTo(listed.path("properties"));
        assertThat(item.path("geometry")).isEqualTo(listed.path("geometry"));
        assertThat(item.path("links").findValuesAsText("rel")).containsExactly("self", "collection");
        mvc.perform(get(ITEMS + "/99"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("no event with id 99")));
    }

    private JsonNode json(MvcResult result) throws Exception {
        MvcResult done = result.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(result)).andReturn() : result;
        return mapper.readTree(done.getResponse().getContentAsByteArray());
    }
}
