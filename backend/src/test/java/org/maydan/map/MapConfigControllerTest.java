package org.maydan.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MapConfigController.class)
class MapConfigControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void defaultsToOpenStreetMapTilesWithTheirCredit() throws Exception {
        mvc.perform(get("/api/map-config"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tileUrl").value("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .andExpect(jsonPath("$.attribution").value(org.hamcrest.Matchers.containsString(
                        "https://www.openstreetmap.org/copyright")));
    }

    @Test
    void refusesQueryParameters() throws Exception {
        mvc.perform(get("/api/map-config").param("style", "dark"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("style"));
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
    }

    @Test
    void servesTheConfiguredTilesAndCredit() {
        context.withPropertyValues("maydan.map.tile-url=https://{s}.tiles.example.org/{z}/{x}/{y}.png",
                        "maydan.map.attribution=Example tiles")
                .run(started -> assertThat(new MapConfigController(started.getBean(MapProperties.class)).mapConfig())
                        .isEqualTo(new MapConfig("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "Example tiles")));
    }
}
