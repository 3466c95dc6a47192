package org.maydan.tile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A quantized TopoJSON topology (as npm {@code world-atlas} ships Natural Earth): its arcs decoded
 * to degrees, objects read as JTS geometries, and the arcs two geometries share (land borders).
 */
final class TopoJson {

    /** One geometry of an object with its {@code name} property and the arcs it uses. */
    record Shape(String name, Geometry geometry, List<Integer> arcs) {}

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<Coordinate[]> arcs = new ArrayList<>();
    private final JsonNode objects;

    TopoJson(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode transform = root.path("transform");
        double sx = transform.path("scale").path(0).asDouble();
        double sy = transform.path("scale").path(1).asDouble();
        double tx = transform.path("translate").path(0).asDouble();
        double ty = transform.path("translate").path(1).asDouble();
        for (JsonNode arc : root.path("arcs")) {
            Coordinate[] points = new Coordinate[arc.size()];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.path(i).path(0).asLong();
                y += arc.path(i).path(1).asLong();
                points[i] = new Coordinate(x * sx + tx, y * sy + ty);
            }
            arcs.add(points);
        }
        objects = root.path("objects");
    }

    /** The geometries of one object ({@code countries}, {@code land}). */
    List<Shape> shapes(String object) {
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode g : objects.path(object).path("geometries")) {
            List<Integer> used = new ArrayList<>();
            List<Polygon> polygons = new ArrayList<>();
            JsonNode parts = g.path("arcs");
            switch (g.path("type").asText()) {
                case "Polygon" -> polygons.add(polygon(parts, used));
                case "MultiPolygon" -> parts.forEach(p -> polygons.add(polygon(p, used)));
                default -> {
                    continue;
                }
            }
            Geometry geometry = GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new)).buffer(0);
            shapes.add(new Shape(g.path("properties").path("name").asText(""), geometry, used));
        }
        return shapes;
    }

    /** Arcs used by two different shapes of an object: borders between them, each once. */
    Map<Integer, List<String>> sharedArcs(List<Shape> shapes) {
        Map<Integer, List<String>> users = new HashMap<>();
        for (Shape s : shapes) {
            for (int arc : s.arcs()) {
                List<String> names = users.computeIfAbsent(arc, k -> new ArrayList<>());
                if (!names.contains(s.name())) {
                    names.add(s.name());
                }
            }
        }
        users.values().removeIf(names -> names.size() < 2);
        return users;
    }

    LineString arc(int index) {
        return GEOMETRY.createLineString(arcs.get(index));
    }

    private Polygon polygon(JsonNode rings, List<Integer> used) {
        LinearRing shell = ring(rings.path(0), used);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.path(i), used);
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode indexes, List<Integer> used) {
        List<Coordinate> points = new ArrayList<>();
        for (JsonNode i : indexes) {
            int index = i.asInt();
            boolean reversed = index < 0;
            int arc = reversed ? ~index : index;
            used.add(arc);
            Coordinate[] a = arcs.get(arc);
            for (int k = 0; k < a.length; k++) {
                Coordinate c = a[reversed ? a.length - 1 - k : k];
                if (points.isEmpty() || !points.get(points.size() - 1).equals2D(c)) {
                    points.add(c);
                }
            }
        }
        if (!points.get(0).equals2D(points.get(points.size() - 1))) {
            points.add(points.get(0));
        }
        while (points.size() < 4) {
            points.add(points.get(0));
        }
        return GEOMETRY.createLinearRing(points.toArray(Coordinate[]::new));
    }
}
