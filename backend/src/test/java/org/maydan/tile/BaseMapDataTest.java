package org.maydan.tile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.maydan.cli.SharedFolder;

/**
 * The shipped base-map data hold what the map draws: land and sea where they are, the lakes and
 * rivers of Syria, every governorate with its Arabic name. With {@code -Dmaydan.basemap.write=true}
 * (and the sources named in the ATTRIBUTION file) the data are derived again first.
 */
class BaseMapDataTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int GOVERNORATES = 14;
    /** About 2 km in zoom-0 pixels at 36° N. */
    private static final double RIVER_DISTANCE = WebMercator.pixel(10) * 15;

    @Test
    void derivesTheDataAgainWhenAsked() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("maydan.basemap.write"),
                "set -Dmaydan.basemap.write=true to derive the base-map data again");
        Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
        Path atlas = Path.of(System.getProperty("maydan.basemap.world-atlas", "node_modules/world-atlas"));
        Path admin1 = SharedFolder.find(BaseMapDerivation.OCHA_ADMIN1).orElseThrow();
        Path admin2 = SharedFolder.find(BaseMapDerivation.OCHA_ADMIN2).orElseThrow();
        BaseMapDerivation.derive(Path.of(BaseMapDerivation.GSHHG_DIR), atlas, admin1, admin2,
                root.resolve(BaseMapDerivation.SHIPPED));
        assertThat(Files.size(root.resolve(BaseMapDerivation.SHIPPED))).isPositive();
    }

    @Test
    void landAndSeaAreWhereTheyAre() {
        BaseMapData data = BaseMapData.load();
        assertThat(on(data, BaseMapData.Layer.LAND, 36.2765, 33.5138)).as("Damascus").isTrue();
        assertThat(on(data, BaseMapData.Layer.LAND, 35.80, 35.53)).as("Latakia").isTrue();
        assertThat(on(data, BaseMapData.Layer.LAND, 35.65, 35.53)).as("the sea off Latakia").isFalse();
        assertThat(on(data, BaseMapData.Layer.LAND, 35.59, 32.82)).as("Lake Tiberias").isFalse();
        assertThat(on(data, BaseMapData.Layer.LAND, 33.4, 35.1)).as("Cyprus").isTrue();
        assertThat(on(data, BaseMapData.Layer.LAND, 2.35, 48.85)).as("Paris, from Natural Earth").isTrue();
        assertThat(on(data, BaseMapData.Layer.SYRIA, 38.0, 35.0)).as("Syria").isTrue();
        assertThat(on(data, BaseMapData.Layer.SYRIA, 36.0, 38.0)).as("Turkey is not Syria").isFalse();
    }

    @Test
    void everyGovernorateHasALabelInBothLanguages() {
        List<BaseMapData.Feature> governorates = BaseMapData.load().features(BaseMapData.Layer.LABEL).stream()
                .filter(f -> f.text("kind").equals("governorate")).toList();

        assertThat(governorates).hasSize(GOVERNORATES)
                .allSatisfy(f -> assertThat(f.text("name_ar")).matches("[\\u0600-\\u06FF ]+"))
                .anySatisfy(f -> assertThat(f.text("name_en")).isEqualTo("Idleb"));
    }

    @Test
    void riversAndBoundariesAreThere() {
        BaseMapData data = BaseMapData.load();
        assertThat(data.features(BaseMapData.Layer.RIVER)).as("the Euphrates at Raqqa").anyMatch(
                r -> r.geometry().isWithinDistance(point(39.01, 35.94), RIVER_DISTANCE));
        assertThat(data.features(BaseMapData.Layer.RIVER)).as("the Khabur at Hasakah").anyMatch(
                r -> r.geometry().isWithinDistance(point(40.75, 36.50), RIVER_DISTANCE));
        assertThat(data.features(BaseMapData.Layer.ADMIN1)).isNotEmpty();
        assertThat(data.features(BaseMapData.Layer.ADMIN2)).hasSizeGreaterThan(data.features(BaseMapData.Layer.ADMIN1).size());
        assertThat(data.features(BaseMapData.Layer.BORDER)).isNotEmpty();
    }

    private static boolean on(BaseMapData data, BaseMapData.Layer layer, double lon, double lat) {
        Point p = point(lon, lat);
        return data.features(layer).stream().anyMatch(f -> f.geometry().contains(p));
    }

    private static Point point(double lon, double lat) {
        return GEOMETRY.createPoint(new Coordinate(WebMercator.x(lon), WebMercator.y(lat)));
    }
}
