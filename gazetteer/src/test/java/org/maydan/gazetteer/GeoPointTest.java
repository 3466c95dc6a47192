package org.maydan.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The project's one great-circle distance. */
class GeoPointTest {

    @ParameterizedTest(name = "{0},{1} to {2},{3}: {4} km")
    @CsvSource({
        "35.0,    36.0,    35.0,    36.0,    0.0",
        "35.0,    36.0,    36.0,    36.0,    111.195",   // one degree of latitude
        "0.0,     36.0,    0.0,     37.0,    111.195",   // one degree of longitude on the equator
        "33.5138, 36.2765, 36.2021, 37.1343, 309.0",     // Damascus to Aleppo
        "35.4317, 36.4928, 35.6138, 36.5645, 21.2",      // Kafr Nabudah to Kafr Nabl
    })
    void distancesAreGreatCircleKilometres(double lat1, double lon1, double lat2, double lon2, double km) {
        assertThat(GeoPoint.distanceKm(lat1, lon1, lat2, lon2)).isCloseTo(km, within(0.2));
        assertThat(new GeoPoint(lat1, lon1).distanceKm(new GeoPoint(lat2, lon2)))
                .isEqualTo(GeoPoint.distanceKm(lat2, lon2, lat1, lon1), within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"91, 0", "-91, 0", "0, 181", "0, -181", "NaN, 0"})
    void coordinatesOutOfRangeAreRefused(double lat, double lon) {
        assertThatThrownBy(() -> new GeoPoint(lat, lon)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNearestOfManyPointsByHaversineIsExactlyTheNearestByDistance() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 2_000; round++) {
            double lat = random.nextDouble(32, 37.5);
            double lon = random.nextDouble(35.5, 42.5);
            double nearestKm = Double.MAX_VALUE;
            double nearestHaversine = Double.MAX_VALUE;
            for (int k = 0; k < 1 + round % 9; k++) {
                double lat2 = random.nextDouble(32, 37.5);
                double lon2 = random.nextDouble(35.5, 42.5);
                nearestKm = Math.min(nearestKm, GeoPoint.distanceKm(lat, lon, lat2, lon2));
                nearestHaversine = Math.min(nearestHaversine, GeoPoint.haversine(lat, lon, lat2, lon2));
            }
            assertThat(GeoPoint.kmOfHaversine(nearestHaversine)).isEqualTo(nearestKm);
        }
    }
}
