package org.maydan.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

class MapConfigControllerTest {

    // Controllers nested in a test class are not component-scanned; @Import registers the stand-ins.

    /** A server without the optional services: only the map package and an event-by-id route. */
    @Nested
    @WebMvcTest(MapConfigController.class)
    @Import({EventById.class, EmbedPage.class})
    class WithoutOptionalServices {

        @Autowired
        MockMvc mvc;

        @Test
        void defaultsToOpenStreetMapTilesWithTheirCredit() throws Exception {
            mvc.perform(get("/api/map-config"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.tileUrl").value(MapProperties.OSM_TILES))
                    .andExpect(jsonPath("$.attribution").value(Matchers.containsString(
                            "https://www.openstreetmap.org/copyright")))
                    .andExpect(jsonPath("$.base").value("online"));
        }

        @Test
        void offersNeitherOfflineTilesNorServicesItDoesNotHave() throws Exception {
            mvc.perform(get("/api/map-config"))
                    .andExpect(jsonPath("$.offlineTileUrl").value(Matchers.nullValue()))
                    .andExpect(jsonPath("$.services.eventColumns").value(Matchers.nullValue()))
                    .andExpect(jsonPath("$.services.eventTiles").value(Matchers.nullValue()))
                    .andExpect(jsonPath("$.services.eventTileJson").value(Matchers.nullValue()))
                    .andExpect(jsonPath("$.services.staticMap").value(Matchers.nullValue()))
                    .andExpect(jsonPath("$.services.embed").value("embed"));
        }

        @Test
        void refusesQueryParameters() throws Exception {
            mvc.perform(get("/api/map-config").param("style", "dark"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("style"));
        }

        @Test
        void embedIsTheEmbedPage() throws Exception {
            mvc.perform(get("/embed")).andExpect(forwardedUrl("/embed.html"));
        }
    }

    /** A server where the event and tile packages have added their endpoints. */
    @Nested
    @WebMvcTest(MapConfigController.class)
    @Import({EventById.class, OptionalServices.class})
    class WithOptionalServices {

        @Autowired
        MockMvc mvc;

        @Test
        void offersEachServiceItHasAndTheOfflineTiles() throws Exception {
            mvc.perform(get("/api/map-config"))
                    .andExpect(jsonPath("$.offlineTileUrl").value(MapProperties.OFFLINE_TILES))
                    .andExpect(jsonPath("$.services.eventColumns").value("api/events/columns"))
                    .andExpect(jsonPath("$.services.eventTiles").value("tiles/events/{z}/{x}/{y}.png"))
                    .andExpect(jsonPath("$.services.eventTileJson").value("tiles/events.json"))
                    .andExpect(jsonPath("$.services.staticMap").value("api/map.png"));
        }
    }

    @RestController
    static class EventById {
        @GetMapping("/api/events/{id}")
        String event(@PathVariable String id) {
            return id;
        }
    }

    @RestController
    static class OptionalServices {
        @GetMapping("/api/events/columns")
        String columns() {
            return "{}";
        }

        @GetMapping({"/tiles/{layer}/{z}/{x}/{y}.png", "/tiles/{layer}.json"})
        String tile(@PathVariable String layer) {
            return layer;
        }

        @GetMapping("/api/map.png")
        String image() {
            return "";
        }
    }

    @EnableConfigurationProperties(MapProperties.class)
    static class Binding {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(Binding.class);

    @ParameterizedTest
    @ValueSource(strings = {"https://tiles.example.org/tile.png", "https://tiles.example.org/{z}/{x}.png", " "})
    void aTileUrlWithoutZxyPlaceholdersStopsTheStart(String tileUrl) {
        context.withPropertyValues("maydan.map.tile-url=" + tileUrl)
                .run(started -> assertThat(started).hasFailed());
        context.withPropertyValues("maydan.map.offline-tile-url=" + tileUrl)
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void bindsTheConfiguredTilesCreditsAndStartingBaseMap() {
        context.withPropertyValues("maydan.map.tile-url=https://{s}.tiles.example.org/{z}/{x}/{y}.png",
                        "maydan.map.attribution=Example tiles",
                        "maydan.map.offline-tile-url=https://offline.example.org/{z}/{x}/{y}.png",
                        "maydan.map.base=offline")
                .run(started -> assertThat(started.getBean(MapProperties.class)).satisfies(p -> {
                    assertThat(p.tileUrl()).isEqualTo("https://{s}.tiles.example.org/{z}/{x}/{y}.png");
                    assertThat(p.attribution()).isEqualTo("Example tiles");
                    assertThat(p.offlineTileUrl()).isEqualTo("https://offline.example.org/{z}/{x}/{y}.png");
                    assertThat(p.base()).isEqualTo(MapProperties.BaseMap.OFFLINE);
                }));
    }
}
