package org.maydan.gazetteer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * OCHA sub-district polygons (COD-AB, {@code syr_admin3_ocha.geojson}) with their governorate,
 * district and sub-district P-codes and names, for point-in-polygon lookups at derivation time.
 */
final class OchaAdminAreas {

    /**
     * How far (in degrees, about 5 km) a point may lie outside every simplified polygon and still
     * take the nearest one: the OCHA polygons are simplified per feature, so border towns and
     * points in slivers between neighbours fall just outside.
     */
    static final double NEAREST_POLYGON_TOLERANCE_DEG = 0.05;

    /** The admin units containing a place: governorate, district and sub-district. */
    record AdminUnits(
            String admin1Pcode, String admin1En, String admin1Ar,
            String admin2Pcode, String admin2En,
            String admin3Pcode, String admin3En) {
    }

    private record Area(Geometry geometry, AdminUnits units) {
    }

    private final GeometryFactory geometries = new GeometryFactory();
    private final List<Area> areas;

    private OchaAdminAreas(List<Area> areas) {
        this.areas = areas;
    }

    static OchaAdminAreas load(Path admin3GeoJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(admin3GeoJson.toFile());
        GeometryFactory factory = new GeometryFactory();
        List<Area> areas = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode p = feature.path("properties");
            AdminUnits units = new AdminUnits(
                    p.path("ADM1_PCODE").asText(), p.path("ADM1_EN").asText(), p.path("ADM1_AR").asText(),
                    p.path("ADM2_PCODE").asText(), p.path("ADM2_EN").asText(),
                    p.path("ADM3_PCODE").asText(), p.path("ADM3_EN").asText());
            areas.add(new Area(geometry(factory, feature.path("geometry")), units));
        }
        return new OchaAdminAreas(List.copyOf(areas));
    }

    /**
     * The sub-district containing the point, or failing that the nearest one within
     * {@link #NEAREST_POLYGON_TOLERANCE_DEG}.
     */
    Optional<AdminUnits> locate(double lat, double lon) {
        Point point = geometries.createPoint(new Coordinate(lon, lat));
        for (Area area : areas) {
            if (area.geometry().covers(point)) {
                return Optional.of(area.units());
            }
        }
        return areas.stream()
                .filter(area -> area.geometry().isWithinDistance(point, NEAREST_POLYGON_TOLERANCE_DEG))
                .min(Comparator.comparingDouble(area -> area.geometry().distance(point)))
                .map(Area::units);
    }

    private static Geometry geometry(GeometryFactory factory, JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        return switch (geometry.path("type").asText()) {
            case "Polygon" -> polygon(factory, coordinates);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                coordinates.forEach(part -> parts.add(polygon(factory, part)));
                yield factory.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("unexpected geometry " + geometry.path("type"));
        };
    }

    private static Polygon polygon(GeometryFactory factory, JsonNode rings) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (JsonNode ring : rings) {
            LinearRing linearRing = factory.createLinearRing(coordinates(ring));
            if (shell == null) {
                shell = linearRing;
            } else {
                holes.add(linearRing);
            }
        }
        return factory.createPolygon(requireShell(shell), holes.toArray(LinearRing[]::new));
    }

    private static LinearRing requireShell(@Nullable LinearRing shell) {
        if (shell == null) {
            throw new IllegalArgumentException("polygon without rings");
        }
        return shell;
    }

    private static Coordinate[] coordinates(JsonNode ring) {
        Coordinate[] coordinates = new Coordinate[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            coordinates[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
        }
        return coordinates;
    }
}
