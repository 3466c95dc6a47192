package org.maydan.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.gazetteer.AdminBoundaries;

/**
 * The outline the page ships is exactly what {@link AdminOutline} derives from the OCHA
 * governorate polygons shipped with the gazetteer, small, and in the right place. With
 * {@code -Dmaydan.outline.write=true} the test rewrites it.
 */
class ShippedOutlineTest {

    /** The page downloads this on every visit; an outline is not worth more. */
    private static final long MAX_BYTES = 40_000;
    private static final int GOVERNORATES = 14;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String derived;
    private static Path shipped;

    @BeforeAll
    static void derive() throws IOException {
        derived = AdminOutline.derive(AdminBoundaries.shipped());
        shipped = Path.of("..").resolve(AdminOutline.SHIPPED);
        if (Boolean.getBoolean("maydan.outline.write")) {
            Files.createDirectories(shipped.getParent());
            Files.writeString(shipped, derived);
        }
    }

    @Test
    void theShippedFileIsTheDerivationOfTheOchaBoundaries() throws IOException {
        assertThat(Files.readString(shipped)).isEqualTo(derived);
        assertThat(Files.size(shipped)).isLessThan(MAX_BYTES);
    }

    @Test
    void everyGovernorateHasALabelWithItsArabicName() throws IOException {
        List<JsonNode> labels = new ArrayList<>();
        JSON.readTree(derived).path("features").forEach(f -> {
            if (f.path("properties").path("kind").asText().equals("label")) {
                labels.add(f.path("properties"));
            }
        });

        assertThat(labels).hasSize(GOVERNORATES)
                .allSatisfy(p -> assertThat(p.path("name_ar").asText()).matches(".*[\\u0600-\\u06FF].*"));
    }

    @ParameterizedTest(name = "{0} is labelled inside its governorate")
    @CsvSource({
            "Idleb,      35.5, 36.0, 36.3, 37.0",
            "Damascus,   33.4, 33.6, 36.2, 36.4",
            "Al-Hasakeh, 36.0, 37.4, 39.9, 42.4",
    })
    void labelsSitWhereTheGovernoratesAre(String name, double minLat, double maxLat, double minLon, double maxLon)
            throws IOException {
        JsonNode label = null;
        for (JsonNode f : JSON.readTree(derived).path("features")) {
            if (name.equals(f.path("properties").path("name_en").asText())) {
                label = f.path("geometry").path("coordinates");
            }
        }

        assertThat(label).as(name).isNotNull();
        assertThat(label.get(0).asDouble()).isBetween(minLon, maxLon);
        assertThat(label.get(1).asDouble()).isBetween(minLat, maxLat);
    }
}
