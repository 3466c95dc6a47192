package org.maydan.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

/** Admin boundaries: read from GeoJSON (a hand-made fixture and the shipped OCHA set), asked by P-code and point. */
class AdminBoundariesTest {

    private static AdminBoundaries fixture() throws IOException {
        try (InputStream in = AdminBoundariesTest.class.getResourceAsStream("fixture-admin-boundaries.geojson")) {
            return AdminBoundaries.of(AdminBoundaries.read(in), "fixture");
        }
    }

    @Test
    void eachFeatureIsAUnitOfTheDeepestLevelItsPcodesName() throws IOException {
        AdminBoundaries b = fixture();
        assertThat(b.units()).extracting(AdminBoundaries.Unit::pcode, AdminBoundaries.Unit::level)
                .containsExactly(tuple("SY98", 1),
                        tuple("SY9801", 2));
        assertThat(b.units(2).get(0).path().admin1Ar()).isEqualTo("المربع");
        assertThat(b.has("SY98")).isTrue();
        assertThat(b.has("SY99")).isFalse();
    }

    @ParameterizedTest(name = "{0} at {1},{2}: {3}")
    @CsvSource({
        "SY98,   35.5, 36.75, true",
        "SY9801, 35.5, 36.25, true",
        "SY9801, 35.5, 36.75, false",
        "SY98,   35.0, 36.5,  true",   // on the edge counts as inside
        "SY98,   34.9, 36.5,  false",
        "SY99,   35.5, 36.5,  false",  // unknown P-code
    })
    void coversPointsInsideAndOnTheEdgeOfAUnit(String pcode, double lat, double lon, boolean inside) throws IOException {
        assertThat(fixture().covers(pcode, lat, lon)).isEqualTo(inside);
    }

    @Test
    void aPointTakesThePathOfTheDeepestUnitHoldingIt() throws IOException {
        AdminBoundaries b = fixture();
        assertThat(b.pathAt(35.5, 36.25).admin2Pcode()).isEqualTo("SY9801");
        assertThat(b.pathAt(35.5, 36.75).admin2Pcode()).isNull();
        assertThat(b.pathAt(35.5, 36.75).admin1Pcode()).isEqualTo("SY98");
        assertThat(b.pathAt(10, 10)).isEqualTo(AdminPath.UNKNOWN);
    }

    @Test
    void theCountryIsTheUnionOfTheGovernorates() throws IOException {
        Envelope country = fixture().country().orElseThrow().getEnvelopeInternal();
        assertThat(List.of(country.getMinX(), country.getMinY(), country.getMaxX(), country.getMaxY()))
                .containsExactly(36.0, 35.0, 37.0, 36.0);
        assertThat(AdminBoundaries.none().country()).isEmpty();
    }

    @Test
    void laterBoundariesReplaceUnitsOfTheSamePcode() throws IOException {
        AdminBoundaries twice = fixture().plus(fixture());
        assertThat(twice.size()).isEqualTo(2);
        assertThat(twice.source()).isEqualTo("fixture + fixture");
    }

    @Test
    void aFolderIsReadFileByFileAndOnlyAdminGeoJsonCounts() throws URISyntaxException, IOException {
        Path folder = Path.of(AdminBoundariesTest.class.getResource("fixture-admin-boundaries.geojson").toURI())
                .getParent();
        assertThat(AdminBoundaries.read(folder).size()).isEqualTo(2);
        assertThat(AdminBoundaries.isBoundaryFile(Path.of("syr_admin3_ocha.geojson"))).isTrue();
        assertThat(AdminBoundaries.isBoundaryFile(Path.of("syr_neighbourhoods_ocha.geojson"))).isFalse();
        assertThat(AdminBoundaries.isBoundaryFile(Path.of("syr_admin_units_ocha.csv"))).isFalse();
    }

    @ParameterizedTest(name = "{0} holds {1},{2}")
    @CsvSource({
        "SY05,     35.1311, 36.7578",   // Hama city
        "SY07,     35.9306, 36.6339",   // Idlib city
        "SY0502,   35.4317, 36.4928",   // Kafr Nabudah, As-Suqaylabiyah district
        "SY070203, 35.6138, 36.5645",   // Kafr Nabl, its own sub-district
    })
    void theShippedBoundariesHoldPlacesWeKnow(String pcode, double lat, double lon) {
        assertThat(AdminBoundaries.shipped().covers(pcode, lat, lon)).isTrue();
    }

    @Test
    void theShippedSetHasEveryOchaUnit() {
        AdminBoundaries shipped = AdminBoundaries.shipped();
        assertThat(shipped.units(1)).hasSize(14);
        assertThat(shipped.units(2)).hasSize(62);
        assertThat(shipped.units(3)).hasSize(272);
        assertThat(shipped.country().orElseThrow().getArea()).isCloseTo(18.9, within(0.5));
    }
}
