package org.maydan.tile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The base map's shipped data ({@value #RESOURCE}: gzipped GeoJSON derived from GSHHG, Natural
 * Earth and OCHA, see the ATTRIBUTION file beside it), read once into JTS geometries in zoom-0 Web
 * Mercator pixels, grouped by layer. Every feature has a {@code layer} property; rivers have a
 * {@code rank} (1 major), labels a {@code kind}, {@code name_en}, {@code name_ar} and {@code area}.
 */
final class BaseMapData {

    static final String RESOURCE = "/org/maydan/tile/basemap.geojson.gz";
    /** GSHHG's high-resolution coast, lakes and rivers cover this box (degrees) around Syria. */
    static final Envelope DETAIL = new Envelope(30, 46, 29, 40);

    /** The layers, in drawing order. */
    enum Layer { LAND, SYRIA, RIVER, ADMIN2, ADMIN1, BORDER, LABEL }

    /** One feature: its geometry in zoom-0 world pixels and its properties. */
    record Feature(Geometry geometry, JsonNode properties) {

        String text(String name) {
            return properties.path(name).asText("");
        }
    }

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Map<Layer, List<Feature>> layers = new EnumMap<>(Layer.class);

    private BaseMapData() {
        for (Layer layer : Layer.values()) {
            layers.put(layer, new ArrayList<>());
        }
    }

    /** Reads the shipped data. */
    static BaseMapData load() {
        try (InputStream raw = BaseMapData.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("base-map data missing from the jar: " + RESOURCE);
            }
            BaseMapData data = new BaseMapData();
            JsonNode root = new ObjectMapper().readTree(new GZIPInputStream(raw));
            for (JsonNode feature : root.path("features")) {
                JsonNode properties = feature.path("properties");
                Layer layer = Layer.valueOf(properties.path("layer").asText().toUpperCase(Locale.ROOT));
                Geometry g = geometry(feature.path("geometry"));
                g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                    c.x = WebMercator.x(c.x);
                    c.y = WebMercator.y(c.y);
                });
                g.geometryChanged();
                data.layers.get(layer).add(new Feature(g, properties));
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the base-map data " + RESOURCE, e);
        }
    }

    List<Feature> features(Layer layer) {
        return layers.get(layer);
    }

    /** A GeoJSON geometry (Point, LineString, Polygon and their Multi forms) as JTS, in degrees. */
    static Geometry geometry(JsonNode node) {
        JsonNode c = node.path("coordinates");
        return switch (node.path("type").asText()) {
            case "Point" -> GEOMETRY.createPoint(coordinate(c));
            case "LineString" -> GEOMETRY.createLineString(coordinates(c));
            case "MultiLineString" -> {
                List<org.locationtech.jts.geom.LineString> lines = new ArrayList<>();
                c.forEach(line -> lines.add(GEOMETRY.createLineString(coordinates(line))));
                yield GEOMETRY.createMultiLineString(lines.toArray(org.locationtech.jts.geom.LineString[]::new));
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                c.forEach(p -> polygons.add(polygon(p)));
                yield GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("unsupported GeoJSON geometry " + node.path("type"));
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = GEOMETRY.createLinearRing(coordinates(rings.path(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = GEOMETRY.createLinearRing(coordinates(rings.path(i)));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(JsonNode array) {
        Coordinate[] points = new Coordinate[array.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = coordinate(array.path(i));
        }
        return points;
    }

    private static Coordinate coordinate(JsonNode pair) {
        return new Coordinate(pair.path(0).asDouble(), pair.path(1).asDouble());
    }
}
