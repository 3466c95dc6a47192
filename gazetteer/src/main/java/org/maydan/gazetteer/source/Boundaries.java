package org.maydan.gazetteer.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.maydan.gazetteer.AdminPath;

/**
 * OCHA administrative boundaries (GeoJSON FeatureCollections with {@code ADM1_PCODE},
 * {@code ADM1_EN}, {@code ADM1_AR}, {@code ADM2_PCODE}... properties), by P-code: the polygons
 * behind region phrases and the admin path of points read without one.
 */
public final class Boundaries {

    private static final int MAX_LEVEL = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private record Unit(int level, AdminPath path, Geometry geometry, PreparedGeometry prepared) {
    }

    private final Map<String, Unit> byPcode = new HashMap<>();
    private final List<List<Unit>> byLevel = List.of(new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>());

    /** Reads one FeatureCollection; its admin level is the deepest {@code ADMn_PCODE} present. */
    public int read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        int count = 0;
        for (JsonNode feature : root.path("features")) {
            JsonNode props = feature.path("properties");
            int level = 0;
            for (int l = MAX_LEVEL; l >= 1; l--) {
                if (props.hasNonNull("ADM" + l + "_PCODE")) {
                    level = l;
                    break;
                }
            }
            Geometry geometry = geometry(feature.path("geometry"));
            if (level == 0 || geometry == null) {
                continue;
            }
            AdminPath path = new AdminPath(text(props, "ADM1_PCODE"), text(props, "ADM1_EN"),
                    text(props, "ADM1_AR"), text(props, "ADM2_PCODE"), text(props, "ADM2_EN"),
                    text(props, "ADM3_PCODE"), text(props, "ADM3_EN"));
            Unit unit = new Unit(level, path, geometry, PreparedGeometryFactory.prepare(geometry));
            byPcode.put(props.get("ADM" + level + "_PCODE").asText(), unit);
            byLevel.get(level).add(unit);
            count++;
        }
        return count;
    }

    private static @Nullable String text(JsonNode props, String field) {
        JsonNode v = props.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static @Nullable Geometry geometry(JsonNode g) {
        String type = g.path("type").asText();
        JsonNode coords = g.path("coordinates");
        if (type.equals("Polygon")) {
            return polygon(coords);
        }
        if (type.equals("MultiPolygon")) {
            List<Polygon> parts = new ArrayList<>();
            coords.forEach(p -> parts.add(polygon(p)));
            return FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
        }
        return null;
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] cs = new Coordinate[points.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        }
        return FACTORY.createLinearRing(cs);
    }

    /** Number of units read. */
    public int size() {
        return byPcode.size();
    }

    /** The polygon of a unit (longitude x, latitude y). */
    public Optional<Geometry> geometry(String pcode) {
        Unit unit = byPcode.get(pcode);
        return unit == null ? Optional.empty() : Optional.of(unit.geometry());
    }

    /** The union of all level-1 units (the country), if any were read. */
    public Optional<Geometry> country() {
        List<Unit> level1 = byLevel.get(1);
        if (level1.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FACTORY.buildGeometry(level1.stream().map(Unit::geometry).toList())
                .buffer(0));
    }

    /** The admin path of the deepest unit containing the point, or unknown. */
    public AdminPath pathAt(double lat, double lon) {
        var point = FACTORY.createPoint(new Coordinate(lon, lat));
        for (int level = MAX_LEVEL; level >= 1; level--) {
            for (Unit unit : byLevel.get(level)) {
                if (unit.prepared().contains(point)) {
                    return unit.path();
                }
            }
        }
        return AdminPath.UNKNOWN;
    }
}
