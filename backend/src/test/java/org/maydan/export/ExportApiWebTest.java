package org.maydan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.article.InMemoryArticleStore;
import org.maydan.article.NewArticle;
import org.maydan.event.EventPlace;
import org.maydan.event.EventConfiguration;
import org.maydan.event.EventStore;
import org.maydan.event.Evidence;
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

/** The export endpoint's web layer on the in-memory fake: formats, headers, filters, the cap, problem JSON. */
@WebMvcTest(controllers = ExportController.class)
@Import({ExportService.class, ExportConfiguration.class, StoreCaching.class, EventConfiguration.class,
        ExportApiWebTest.FakeStore.class})
@TestPropertySource(properties = "maydan.exports.max-rows=3")
class ExportApiWebTest {

    private static final String SENTENCE = "سقطت قذائف على أطراف البلدة مساء أمس.";

    @Autowired
    private MockMvc mvc;

    /**
     * Four events, three of them in May 2019, one reported by two desks (confidences 0.8 and 0.6),
     * one undated by its text (0.45), one without a confidence.
     */
    @TestConfiguration
    static class FakeStore {

        @Bean
        EventStore eventStore() {
            InMemoryArticleStore articles = new InMemoryArticleStore();
            InMemoryEventStore events = new InMemoryEventStore(articles);
            long a = articles.save(new NewArticle(null, null, "desk A", null, "نص أول")).id();
            long b = articles.save(new NewArticle(null, null, "desk B", null, "نص ثان")).id();
            EventPlace saraqib = new EventPlace("pcode:C3916", "Saraqib", "سراقب", "Idleb", "Idleb", 35.861105, 36.806110);
            EventPlace kabani = new EventPlace("pcode:C3751", "Kabani", "كباني", "Lattakia", null, 35.718709, 36.233140);
            events.record(event(SubEventType.SHELLING_ARTILLERY_MISSILE, saraqib, "2019-05-02", 0.8, false),
                    evidence(a, 0, 5));
            events.record(event(SubEventType.SHELLING_ARTILLERY_MISSILE, saraqib, "2019-05-02", 0.6, false),
                    evidence(b, 0, 7));
            events.record(event(SubEventType.ARMED_CLASH, kabani, "2019-05-09", 0.45, true), evidence(a, 40, null));
            events.record(event(SubEventType.AIR_DRONE_STRIKE, kabani, "2019-05-20"), evidence(a, 80, 1));
            events.record(event(SubEventType.AIR_DRONE_STRIKE, saraqib, "2019-06-01"), evidence(a, 120, 2));
            return events;
        }

        private static NewEvent event(SubEventType type, EventPlace place, String date) {
            return new NewEvent(type, place, LocalDate.parse(date), NewEvent.EXACT, NewEvent.EXACT);
        }

        private static NewEvent event(SubEventType type, EventPlace place, String date, double confidence,
                boolean approximate) {
            return new NewEvent(type, place, LocalDate.parse(date), approximate ? 2 : NewEvent.EXACT, NewEvent.EXACT,
                    confidence, approximate);
        }

        private static Evidence evidence(long article, int start, Integer fatalities) {
            return new Evidence(article, SENTENCE, new Span(start, start + SENTENCE.length()),
                    new Span(start + 5, start + 10), null, fatalities);
        }
    }

    @Test
    void csvIsADownloadWithAcledHeaderAndOneRowPerEventOfTheFilter() throws Exception {
        byte[] body = mvc.perform(get("/api/events/export?format=csv&start=2019-05-01&end=2019-05-31"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"maydan-events.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> lines = List.of(new String(body, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).startsWith(CsvExportWriter.BYTE_ORDER_MARK + "event_id_cnty,event_date,year,");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("SYR-MAYDAN-1,2019-05-02,2019,1,Explosions/Remote violence,"
                        + "Shelling/artillery/missile attack,Idleb,Idleb,Saraqib,35.861105,36.80611,1,desk A; desk B,")
                .endsWith(",7,سراقب,2,0.8,false");
        assertThat(lines.get(2)).as("no figure is 0, as in ACLED").endsWith(",0,كباني,1,0.45,true");
        assertThat(lines.get(3)).as("no confidence stored").endsWith(",1,كباني,1,,false");
    }

    @Test
    void aMinimumConfidenceLeavesOutWeakerEventsAndThoseWithoutOne() throws Exception {
        byte[] body = mvc.perform(get("/api/events/export?format=csv&start=2019-05-01&end=2019-05-31"
                        + "&min_confidence=0.5"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        List<String> lines = List.of(new String(body, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("SYR-MAYDAN-1,").endsWith(",0.8,false");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            geojson | application/geo+json            | maydan-events.geojson
            GPKG    | application/geopackage+sqlite3  | maydan-events.gpkg
            """)
    void eachFormatHasItsMediaTypeAndFileName(String format, String mediaType, String fileName) throws Exception {
        mvc.perform(get("/api/events/export?type=Air/drone strike&format=" + format))
                .andExpect(status().isOk())
                .andExpect(content().contentType(mediaType))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            format=xlsx              | format | unknown export format 'xlsx'; expected one of csv, geojson, gpkg
            format=csv&bbox=1,2,3    | bbox   | four numbers
            format=csv&limit=10      | limit  | unknown parameter 'limit'; allowed: admin1, bbox, end, format, min_confidence, q, source, start, type
            """)
    void badParametersGetProblemJson(String query, String parameter, String detail) throws Exception {
        mvc.perform(get("/api/events/export?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ApiProblems.BAD_PARAMETER.toString()))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }

    @Test
    void aFilterMatchingMoreThanTheCapIsRefusedBeforeAnythingIsWritten() throws Exception {
        mvc.perform(get("/api/events/export?format=csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("more than 3 events")))
                .andExpect(header().doesNotExist("Content-Disposition"));
    }
}
