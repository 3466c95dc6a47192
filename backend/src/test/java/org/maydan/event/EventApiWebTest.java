package org.maydan.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.maydan.event.Fixtures.KABANI;
import static org.maydan.event.Fixtures.KAFR_NABUDAH;
import static org.maydan.event.Fixtures.LATTAKIA;
import static org.maydan.event.Fixtures.SARAQIB;
import static org.maydan.event.Fixtures.article;
import static org.maydan.event.Fixtures.event;
import static org.maydan.event.Fixtures.evidence;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.article.InMemoryArticleStore;
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
import org.springframework.test.web.servlet.ResultActions;

/** The event API's web layer on the in-memory fake: parameter checking, problem JSON, GeoJSON shape, paging. */
@WebMvcTest(controllers = {EventController.class, TimelineController.class, EventColumnsController.class})
@Import({FeatureCollectionWriter.class, StoreCaching.class, EventConfiguration.class, EventApiWebTest.FakeStore.class})
@TestPropertySource(properties = {"maydan.events.default-limit=2", "maydan.events.max-limit=50",
        "maydan.events.columns-max-rows=4", "maydan.events.cache-control=max-age=60, must-revalidate"})
class EventApiWebTest {

    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ObjectMapper mapper;

    @Autowired
    private EventStore store;

    /**
     * Five events: four inside Syria's north-west box, one on the coast; April to June 2019.
     * Confidences: 0.9 (merged from 0.9 and 0.7), 0.6 with its date left open (Kabani), none
     * (Saraqib in May), 0.2 (Lattakia), 0.35 (Saraqib in April).
     */
    @TestConfiguration
    static class FakeStore {

        @Bean
        EventStore eventStore() {
            InMemoryArticleStore articles = new InMemoryArticleStore();
            InMemoryEventStore events = new InMemoryEventStore(articles);
            long a = articles.save(article("desk A", "نص أول")).id();
            long b = articles.save(article("desk B", "نص ثان")).id();
            events.record(event(SubEventType.AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06", 0.9, false), evidence(a, 3));
            events.record(event(SubEventType.AIR_DRONE_STRIKE, KAFR_NABUDAH, "2019-05-06", 0.7, false), evidence(b, 4));
            events.record(event(SubEventType.ARMED_CLASH, KABANI, "2019-05-19", 0.6, true), evidence(a, 40, 7));
            events.record(event(SubEventType.AIR_DRONE_STRIKE, SARAQIB, "2019-05-25"), evidence(a, 80, null));
            events.record(event(SubEventType.AIR_DRONE_STRIKE, LATTAKIA, "2019-05-10", 0.2, false),
                    evidence(a, 120, null));
            events.record(event(SubEventType.SHELLING_ARTILLERY_MISSILE, SARAQIB, "2019-04-20", 0.35, false),
                    evidence(b, 40, 1));
            return events;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bbox=1,2,3                      | bbox   | four numbers minLon,minLat,maxLon,maxLat
            bbox=36,35,37,36,38             | bbox   | four numbers
            bbox=a,35,37,36                 | bbox   | bbox value 'a' is not a number
            bbox=36,-91,37,36               | bbox   | minLat -91.0 is outside [-90, 90]
            bbox=181,35,182,36              | bbox   | minLon 181.0 is outside [-180, 180]
            bbox=36,35,37,NaN               | bbox   | maxLat NaN is outside
            bbox=37,35,36,36                | bbox   | minLon 37.0 is greater than maxLon 36.0
            bbox=36,36,37,35                | bbox   | minLat 36.0 is greater than maxLat 35.0
            start=2019-02-30                | start  | start must be an ISO date
            end=yesterday                   | end    | end must be an ISO date
            start=2019-05-31&end=2019-05-01 | start  | start 2019-05-31 is after end 2019-05-01
            type=Bombing                    | type   | unknown type 'Bombing'; known: Air/drone strike,
            limit=0                         | limit  | limit must be between 1 and 50; got 0
            limit=51                        | limit  | limit must be between 1 and 50; got 51
            limit=ten                       | limit  | limit must be an integer
            cursor=not-a-cursor             | cursor | cursor is not one this server issued
            min_confidence=high             | min_confidence | min_confidence must be a number from 0 to 1
            min_confidence=1.5              | min_confidence | min_confidence must be from 0 to 1; got 1.5
            props=tiny                      | props  | props must be one of full, compact; got 'tiny'
            colour=red                      | colour | unknown parameter 'colour'; allowed: admin1, bbox, cursor, end, limit, min_confidence, props, q, source, start, type
            """)
    void badEventParametersGetProblemJsonNamingTheParameter(String query, String parameter, String detail)
            throws Exception {
        expectBadParameter(mvc.perform(get("/api/events?" + query)), parameter, detail);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bbox=36,35,37                   | bbox   | four numbers
            start=2019-05-31&end=2019-05-01 | start  | is after end
            type=Armed clash&type=Riot      | type   | unknown type 'Riot'
            limit=10                        | limit  | unknown parameter 'limit'; allowed: admin1, bbox, end, min_confidence, q, source, start, type
            """)
    void badTimelineParametersGetProblemJsonNamingTheParameter(String query, String parameter, String detail)
            throws Exception {
        expectBadParameter(mvc.perform(get("/api/timeline?" + query)), parameter, detail);
    }

    @Test
    void anIdThatIsNotANumberIsABadParameter() throws Exception {
        expectBadParameter(mvc.perform(get("/api/events/abc")), "id", "parameter 'id' must be an integer, got 'abc'");
    }

    @Test
    void anUnknownEventIsNotFoundProblemJson() throws Exception {
        mvc.perform(get("/api/events/999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ApiProblems.NOT_FOUND.toString()))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("no event with id 999"));
    }

    @Test
    void eventsAreAGeoJsonFeatureCollectionWithAcledProperties() throws Exception {
        JsonNode page = page("/api/events?bbox=35.9,35.0,37.5,36.5&start=2019-05-01&end=2019-05-31&limit=10");

        assertThat(page.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(page.path("numberReturned").asInt()).isEqualTo(3);
        assertThat(page.path("links")).isEmpty();
        JsonNode first = page.path("features").get(0);
        assertThat(first.path("type").asText()).isEqualTo("Feature");
        assertThat(first.path("id").asLong()).isEqualTo(1);
        assertThat(first.path("geometry").path("type").asText()).isEqualTo("Point");
        assertThat(first.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(36.490839);
        assertThat(first.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(35.432232);
        JsonNode properties = first.path("properties");
        assertThat(properties.path("event_date").asText()).isEqualTo("2019-05-06");
        assertThat(properties.path("event_type").asText()).isEqualTo("Explosions/Remote violence");
        assertThat(properties.path("sub_event_type").asText()).isEqualTo("Air/drone strike");
        assertThat(properties.path("location").asText()).isEqualTo("Kafr Nabudah");
        assertThat(properties.path("location_ar").asText()).isEqualTo("كفر نبودة");
        assertThat(properties.path("admin1").asText()).isEqualTo("Hama");
        assertThat(properties.path("fatalities").asInt()).isEqualTo(4);
        assertThat(properties.path("notes").asText()).isEqualTo(Fixtures.SENTENCE);
        assertThat(properties.path("source").asText()).isEqualTo("desk A; desk B");
        assertThat(properties.has("evidence")).as("lists carry no evidence").isFalse();
    }

    @Test
    void aListedFeatureIsTheSingleEventFeatureWithoutItsEvidence() throws Exception {
        for (JsonNode listed : page("/api/events?limit=50").path("features")) {
            JsonNode single = mapper.readTree(mvc.perform(get("/api/events/" + listed.path("id").asLong()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
            ((com.fasterxml.jackson.databind.node.ObjectNode) single.path("properties")).remove("evidence");

            assertThat(listed).isEqualTo(single);
            assertThat(fieldNames(listed.path("properties"))).containsExactlyElementsOf(fieldNames(single.path("properties")));
        }
    }

    @Test
    void compactFeaturesCarryOnlyIdDateTypeFatalitiesConfidenceAndDateApproximation() throws Exception {
        JsonNode compact = page("/api/events?bbox=35.9,35.0,37.5,36.5&start=2019-05-01&end=2019-05-31&props=compact");
        JsonNode full = page("/api/events?bbox=35.9,35.0,37.5,36.5&start=2019-05-01&end=2019-05-31");

        assertThat(compact.path("numberReturned")).isEqualTo(full.path("numberReturned"));
        assertThat(compact.path("links").get(0).path("href").asText()).as("the next page stays compact")
                .isEqualTo(full.path("links").get(0).path("href").asText().replace("&cursor=", "&props=compact&cursor="));
        for (int i = 0; i < full.path("features").size(); i++) {
            JsonNode small = compact.path("features").get(i);
            JsonNode large = full.path("features").get(i);
            assertThat(small.path("id")).isEqualTo(large.path("id"));
            assertThat(small.path("geometry")).isEqualTo(large.path("geometry"));
            assertThat(fieldNames(small.path("properties")))
                    .containsExactly("id", "event_date", "sub_event_type", "fatalities", "confidence", "date_approximate");
            small.path("properties").fields().forEachRemaining(
                    field -> assertThat(field.getValue()).isEqualTo(large.path("properties").path(field.getKey())));
        }
    }

    @Test
    void theTypeFilterIsRepeatable() throws Exception {
        JsonNode page = page("/api/events?type=Armed clash&type=Shelling/artillery/missile attack");

        assertThat(page.path("features").findValuesAsText("sub_event_type"))
                .containsExactly("Shelling/artillery/missile attack", "Armed clash");
    }

    @Test
    void nextLinksWalkEveryPageKeepingTheFilters() throws Exception {
        List<String> dates = new ArrayList<>();
        String url = "/api/events?bbox=35.9,35.0,37.5,36.5";
        int pages = 0;
        while (url != null) {
            JsonNode page = page(url);
            page.path("features").forEach(f -> dates.add(f.path("properties").path("event_date").asText()));
            JsonNode links = page.path("links");
            url = links.isEmpty() ? null : links.get(0).path("href").asText();
            if (url != null) {
                assertThat(links.get(0).path("rel").asText()).isEqualTo("next");
                assertThat(url).startsWith("/api/events?bbox=35.9,35.0,37.5,36.5&cursor=");
            }
            pages++;
        }

        assertThat(dates).containsExactly("2019-04-20", "2019-05-06", "2019-05-19", "2019-05-25");
        assertThat(pages).as("default limit 2").isEqualTo(2);
    }

    @Test
    void oneEventCarriesEachSourcesEvidence() throws Exception {
        mvc.perform(get("/api/events/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.properties.fatalities").value(4))
                .andExpect(jsonPath("$.properties.evidence.length()").value(2))
                .andExpect(jsonPath("$.properties.evidence[0].source").value("desk A"))
                .andExpect(jsonPath("$.properties.evidence[0].fatalities").value(3))
                .andExpect(jsonPath("$.properties.evidence[0].sentence_span[0]").value(0))
                .andExpect(jsonPath("$.properties.evidence[0].place_span[1]").value(26))
                .andExpect(jsonPath("$.properties.evidence[1].source").value("desk B"))
                .andExpect(jsonPath("$.properties.evidence[1].fatalities").value(4));
    }

    @Test
    void timelineCountsPerDayAndTypeUnderTheFilters() throws Exception {
        mvc.perform(get("/api/timeline?bbox=35.9,35.0,37.5,36.5&start=2019-05-01&end=2019-05-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days.length()").value(3))
                .andExpect(jsonPath("$.days[0].date").value("2019-05-06"))
                .andExpect(jsonPath("$.days[0].total").value(1))
                .andExpect(jsonPath("$.days[0].counts['Air/drone strike']").value(1))
                .andExpect(jsonPath("$.days[1].counts['Armed clash']").value(1));
        mvc.perform(get("/api/timeline?start=2030-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"days\":[]}", true));
        mvc.perform(get("/api/timeline?type=Air/drone strike&type=Shelling/artillery/missile attack&end=2019-05-06"))
                .andExpect(content().json("""
                        {"days":[{"date":"2019-04-20","total":1,"counts":{"Shelling/artillery/missile attack":1}},
                                 {"date":"2019-05-06","total":1,"counts":{"Air/drone strike":1}}]}""", true));
    }

    @Test
    void theColumnsAreParallelArraysInPageOrderWithDictionaries() throws Exception {
        JsonNode columns = json(mvc.perform(get("/api/events/columns?bbox=35.9,35.0,37.5,36.5"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andReturn());

        assertThat(fieldNames(columns)).containsExactly("count", "types", "places", "id", "day", "precision", "type",
                "place", "lon", "lat", "fatalities", "confidence", "date_approximate");
        assertThat(columns.path("count").asInt()).isEqualTo(4);
        assertThat(columns.path("types").toString())
                .isEqualTo("[\"Shelling/artillery/missile attack\",\"Air/drone strike\",\"Armed clash\"]");
        assertThat(columns.path("places").toString())
                .isEqualTo("[[\"Saraqib\",\"سراقب\"],[\"Kafr Nabudah\",\"كفر نبودة\"],[\"Kabani\",\"كباني\"]]");
        assertThat(columns.path("id").toString()).isEqualTo("[5,1,2,3]");
        assertThat(columns.path("day").toString()).as("days since 1970-01-01").isEqualTo("[18006,18022,18035,18041]");
        assertThat(columns.path("precision").toString()).isEqualTo("[1,1,2,1]");
        assertThat(columns.path("type").toString()).isEqualTo("[0,1,2,1]");
        assertThat(columns.path("place").toString()).isEqualTo("[0,1,2,0]");
        assertThat(columns.path("lon").toString()).as("five decimals").isEqualTo("[36.80611,36.49084,36.23314,36.80611]");
        assertThat(columns.path("lat").toString()).isEqualTo("[35.86111,35.43223,35.71871,35.86111]");
        assertThat(columns.path("fatalities").toString()).isEqualTo("[1,4,7,null]");
        assertThat(columns.path("confidence").toString()).isEqualTo("[0.35,0.9,0.6,null]");
        assertThat(columns.path("date_approximate").toString()).isEqualTo("[0,0,1,0]");
    }

    @ParameterizedTest(name = "min_confidence={0}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | 5,1,2,3
            0.35 | 5,1,2
            0.6  | 1,2
            0.95 | ''
            """)
    void aMinimumConfidenceFiltersTheListTheColumnsAndTheTimelineAlike(String minimum, String ids) throws Exception {
        String filter = "bbox=35.9,35.0,37.5,36.5&min_confidence=" + minimum;
        List<String> expected = ids.isEmpty() ? List.of() : List.of(ids.split(","));

        JsonNode list = page("/api/events?limit=50&" + filter);
        JsonNode columns = json(mvc.perform(get("/api/events/columns?" + filter)).andExpect(status().isOk()).andReturn());
        JsonNode timeline = json(mvc.perform(get("/api/timeline?" + filter)).andExpect(status().isOk()).andReturn());

        List<String> listed = new ArrayList<>();
        list.path("features").forEach(f -> listed.add(f.path("id").asText()));
        List<String> columnIds = new ArrayList<>();
        columns.path("id").forEach(id -> columnIds.add(id.asText()));
        assertThat(listed).containsExactlyElementsOf(expected);
        assertThat(columnIds).containsExactlyElementsOf(expected);
        assertThat(timeline.path("days").findValues("total").stream().mapToInt(JsonNode::asInt).sum())
                .isEqualTo(expected.size());
    }

    @Test
    void aFeatureSaysHowSureItIsAndWhetherItsDateIsOnlyTheLatestPossibleDay() throws Exception {
        JsonNode kabani = json(mvc.perform(get("/api/events/2")).andExpect(status().isOk()).andReturn())
                .path("properties");
        JsonNode saraqib = json(mvc.perform(get("/api/events/3")).andExpect(status().isOk()).andReturn())
                .path("properties");

        assertThat(kabani.path("confidence").asDouble()).isEqualTo(0.6);
        assertThat(kabani.path("date_approximate").asBoolean()).isTrue();
        assertThat(kabani.path("time_precision").asInt()).isEqualTo(2);
        assertThat(saraqib.path("confidence").isNull()).as("stored without one").isTrue();
        assertThat(saraqib.path("date_approximate").asBoolean()).isFalse();
    }

    @Test
    void theColumnsTakeEveryFilterOfTheList() throws Exception {
        JsonNode columns = json(mvc.perform(get("/api/events/columns?type=Air/drone strike&source=desk b&q=قصفت"))
                .andExpect(status().isOk()).andReturn());
        JsonNode page = page("/api/events?type=Air/drone strike&source=desk b&q=قصفت&limit=50");

        assertThat(columns.path("id").toString()).isEqualTo("[1]");
        assertThat(page.path("features")).extracting(f -> f.path("id").asLong()).containsExactly(1L);
    }

    @Test
    void moreMatchingEventsThanTheColumnsCapAreRefused() throws Exception {
        mvc.perform(get("/api/events/columns"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("more than 4 events")))
                .andExpect(jsonPath("$.detail", containsString("maydan.events.columns-max-rows")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/events?limit=3
            /api/events/columns?start=2019-05-01
            /api/timeline?bbox=35.9,35.0,37.5,36.5
            """)
    void readsCarryTheStoreVersionAndARepeatWithItsTagIsNotModified(String url) throws Exception {
        MvcResult first = mvc.perform(get(url)).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        String lastModified = first.getResponse().getHeader("Last-Modified");

        assertThat(etag).startsWith("W/\"").isEqualTo("W/" + store.version().etag());
        assertThat(lastModified).isNotBlank();
        assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=60, must-revalidate");
        mvc.perform(get(url).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""))
                .andExpect(header().string("ETag", etag));
        mvc.perform(get(url).header("If-None-Match", "W/\"stale\""))
                .andExpect(status().is2xxSuccessful());
    }

    private JsonNode json(MvcResult result) throws Exception {
        MvcResult done = result.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(result)).andReturn() : result;
        return mapper.readTree(done.getResponse().getContentAsByteArray());
    }

    private JsonNode page(String url) throws Exception {
        MvcResult started = mvc.perform(get(url)).andReturn();
        MvcResult done = started.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(started)).andReturn() : started;
        assertThat(done.getResponse().getStatus()).as(url).isEqualTo(200);
        assertThat(done.getResponse().getContentType()).isEqualTo("application/geo+json");
        return mapper.readTree(done.getResponse().getContentAsByteArray());
    }

    private static void expectBadParameter(ResultActions result, String parameter, String detail) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ApiProblems.BAD_PARAMETER.toString()))
                .andExpect(jsonPath("$.title").value("Bad request parameter"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }

    /** The member names of a JSON object, in document order. */
    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
