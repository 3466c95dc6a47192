package org.maydan.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * OCHA admin boundaries (governorates, districts, sub-districts) by P-code, for scoring gold
 * governorates and regions by containment. Read from {@code syr_admin1_ocha.geojson},
 * {@code syr_admin2_ocha.geojson} and {@code syr_admin3_ocha.geojson}, whose features carry
 * {@code ADM1_PCODE}, {@code ADM2_PCODE} or {@code ADM3_PCODE}.
 */
public final class Boundaries {

    /** The file that must exist for a folder to count as a boundaries folder. */
    public static final String ADMIN1_FILE = fileOfLevel(1);
    private static final int ADMIN_LEVELS = 3;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Map<String, PreparedGeometry> units;
    private final String source;

    private Boundaries(Map<String, PreparedGeometry> units, String source) {
        this.units = Map.copyOf(units);
        this.source = source;
    }

    /** The OCHA file name of admin level 1 (governorates), 2 (districts) or 3 (sub-districts). */
    public static String fileOfLevel(int level) {
        return "syr_admin" + level + "_ocha.geojson";
    }

    /** No boundaries: every gold place is scored by distance. */
    public static Boundaries none() {
        return new Boundaries(Map.of(), "none");
    }

    /** Loads the admin level 1–3 files present in {@code dir}; level 1 is required. */
    public static Boundaries load(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(ADMIN1_FILE))) {
            throw new IOException("no " + ADMIN1_FILE + " in " + dir);
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, PreparedGeometry> units = new HashMap<>();
        for (int level = 1; level <= ADMIN_LEVELS; level++) {
            Path file = dir.resolve(fileOfLevel(level));
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String pcodeKey = "ADM" + level + "_PCODE";
            for (JsonNode feature : json.readTree(file.toFile()).path("features")) {
                String pcode = feature.path("properties").path(pcodeKey).asText("");
                if (pcode.isEmpty()) {
                    throw new IOException(file + ": a feature without " + pcodeKey);
                }
                units.put(pcode, PreparedGeometryFactory.prepare(geometry(feature.path("geometry"), file)));
            }
        }
        return new Boundaries(units, dir.toString());
    }

    public boolean has(String pcode) {
        return units.containsKey(pcode);
    }

    /** Whether the point lies inside (or on the edge of) the unit; false for an unknown P-code. */
    public boolean contains(String pcode, GeoPoint point) {
        PreparedGeometry unit = units.get(pcode);
        return unit != null && unit.covers(GEOMETRY.createPoint(new Coordinate(point.lon(), point.lat())));
    }

    public int size() {
        return units.size();
    }

    /** Where the boundaries came from, for the report header. */
    public String source() {
        return source;
    }

    private static Geometry geometry(JsonNode geometry, Path file) throws IOException {
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[coordinates.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coordinates.get(i));
                }
                yield GEOMETRY.createMultiPolygon(parts);
            }
            default -> throw new IOException(file + ": unsupported geometry type '" + type + "'");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        Iterator<JsonNode> it = positions.elements();
        for (int i = 0; it.hasNext(); i++) {
            JsonNode position = it.next();
            coordinates[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
        }
        return GEOMETRY.createLinearRing(coordinates);
    }
}
