package org.maydan.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maydan.gazetteer.testing.SharedTestData;

/**
 * Share of the Syrian settlements in the dev gold ({@code ../shared/eval/dev}) whose surface form
 * resolves, with the shipped data, to a place within the gold kind's tolerance. Read in place,
 * never copied.
 */
class DevGoldCoverageTest {

    private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village");
    private static final double TOLERANCE_KM = 5.0;
    /** Floors that guard against regressions (measured: 75.9% and 95.2%); the shares are printed. */
    private static final double MIN_TOP_SHARE = 0.70;
    private static final double MIN_ANY_SHARE = 0.90;

    @Test
    void mostGoldSettlementsResolve() throws IOException {
        Gazetteer g = ShippedGazetteer.get();
        int total = 0;
        int top = 0;
        int any = 0;
        ObjectMapper json = new ObjectMapper();
        for (String file : List.of("articles.jsonl", "seeds.jsonl")) {
            Path path = SharedTestData.require("eval/dev/" + file);
            for (String line : Files.readAllLines(path)) {
                if (line.isBlank()) {
                    continue;
                }
                for (JsonNode place : json.readTree(line).path("places")) {
                    if (!SETTLEMENTS.contains(place.path("kind").asText())
                            || place.path("lat").isNull()) {
                        continue;
                    }
                    total++;
                    double lat = place.path("lat").asDouble();
                    double lon = place.path("lon").asDouble();
                    List<Candidate> candidates = g.candidates(place.path("surface").asText());
                    if (!candidates.isEmpty()
                            && candidates.get(0).place().distanceKm(lat, lon) < TOLERANCE_KM) {
                        top++;
                    }
                    if (candidates.stream().anyMatch(c -> c.place().distanceKm(lat, lon) < TOLERANCE_KM)) {
                        any++;
                    }
                }
            }
        }
        System.out.printf("dev gold settlements: %d, best candidate within %.0f km: %d (%.1f%%),"
                + " any candidate: %d (%.1f%%)%n", total, TOLERANCE_KM, top, 100.0 * top / total,
                any, 100.0 * any / total);
        assertThat((double) top / total).isGreaterThanOrEqualTo(MIN_TOP_SHARE);
        assertThat((double) any / total).isGreaterThanOrEqualTo(MIN_ANY_SHARE);
    }
}
