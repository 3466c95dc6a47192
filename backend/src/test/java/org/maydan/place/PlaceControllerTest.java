package org.maydan.place;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.PlaceName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PlaceController.class)
class PlaceControllerTest {

    @TestConfiguration
    static class SmallGazetteer {
        @Bean
        Gazetteer gazetteer() {
            AdminPath hama = new AdminPath("SY05", "Hama", "حماة", "SY0502", "As-Suqaylabiyah",
                    "SY050204", "Madiq Castle");
            Place village = new Place("pcode:T1", PlaceKind.VILLAGE, "كفرنبودة", "Kafr Nabudah",
                    List.of(new PlaceName("ar", "كفرنبودة"), new PlaceName("en", "Kafr Nabudah")),
                    35.43, 36.49, null, hama, "SY", 5000L, "test", "facts", List.of());
            return Gazetteer.of(List.of(village));
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void searchFindsLatinSpellingsRankedWithKindAndAdmin() throws Exception {
        mvc.perform(get("/api/places").param("q", "Kfar Nabouda"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("pcode:T1"))
                .andExpect(jsonPath("$[0].kind").value("village"))
                .andExpect(jsonPath("$[0].admin.admin1Pcode").value("SY05"))
                .andExpect(jsonPath("$[0].lat").value(35.43));
    }

    @Test
    void filtersByKind() throws Exception {
        mvc.perform(get("/api/places").param("q", "كفرنبودة").param("kind", "city"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankQueryIsBadRequest(String q) throws Exception {
        mvc.perform(get("/api/places").param("q", q)).andExpect(status().isBadRequest());
    }

    @Test
    void overlongQueryIsBadRequest() throws Exception {
        mvc.perform(get("/api/places").param("q", "ا".repeat(201)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void placeById() throws Exception {
        mvc.perform(get("/api/places/pcode:T1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.nameAr").value("كفرنبودة"));
        mvc.perform(get("/api/places/pcode:nope")).andExpect(status().isNotFound());
    }
}
