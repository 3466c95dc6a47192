package org.maydan.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.maydan.gazetteer.AdminBoundaries;

/**
 * Derives the page's offline outline ({@value #SHIPPED}) from OCHA's governorate polygons
 * (shipped with the gazetteer, {@link AdminBoundaries#shipped()}): a {@code country} fill, the
 * national {@code border}, the {@code governorate} boundaries drawn once each, and a {@code label}
 * point per governorate. Boundaries are noded and merged before Douglas-Peucker simplification, so
 * a line shared by two governorates is simplified once and neighbours still meet.
 *
 * <p>Run {@link ShippedOutlineTest} with {@code -Dmaydan.outline.write=true} to rewrite the file.
 */
final class AdminOutline {

    static final String SHIPPED = "frontend/src/main/resources/static/data/syria-outline.geojson";
    /** About 2 km: invisible at the zoom levels that show all of Syria, a few KB on the wire. */
    static final double TOLERANCE_DEGREES = 0.02;
    /** About 100 m, far below the tolerance, so rounding adds no visible error. */
    private static final int DECIMALS = 3;
    /** A line closer than this to the country's edge is part of the national border. */
    private static final double ON_BORDER_DEGREES = 1e-6;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminOutline() {
    }

    /** The outline of the governorates (level 1) of {@code boundaries}, as GeoJSON text, one feature per line. */
    static String derive(AdminBoundaries boundaries) throws IOException {
        List<Polygon> governorates = new ArrayList<>();
        ArrayNode labels = JSON.createArrayNode();
        for (AdminBoundaries.Unit unit : boundaries.units(1)) {
            Geometry shape = unit.geometry();
            for (int i = 0; i < shape.getNumGeometries(); i++) {
                governorates.add((Polygon) shape.getGeometryN(i));
            }
            Point label = shape.getInteriorPoint();
            ObjectNode properties = JSON.createObjectNode().put("kind", "label")
                    .put("pcode", unit.pcode())
                    .put("name_en", unit.path().admin1En())
                    .put("name_ar", unit.path().admin1Ar());
            labels.add(feature(properties, point(label.getCoordinate())));
        }
        Geometry country = UnaryUnionOp.union(governorates);
        Geometry countryEdge = country.getBoundary();

        List<LineString> border = new ArrayList<>();
        List<LineString> inner = new ArrayList<>();
        for (LineString line : mergedBoundaries(governorates)) {
            boolean onBorder = countryEdge.distance(line.getInteriorPoint()) < ON_BORDER_DEGREES;
            (onBorder ? border : inner).add((LineString) DouglasPeuckerSimplifier.simplify(line, TOLERANCE_DEGREES));
        }

        List<ObjectNode> features = new ArrayList<>();
        features.add(feature(kind("country"), polygons(DouglasPeuckerSimplifier.simplify(country, TOLERANCE_DEGREES))));
        features.add(feature(kind("border"), lines(border)));
        features.add(feature(kind("governorate"), lines(inner)));
        labels.forEach(label -> features.add((ObjectNode) label));

        StringBuilder out = new StringBuilder();
        out.append("{\"type\":\"FeatureCollection\",\n\"note\":\"Derived from UN OCHA COD-AB Syria admin1 ")
                .append("boundaries (CC BY-IGO), simplified with Douglas-Peucker at ").append(TOLERANCE_DEGREES)
                .append(" degrees; see ATTRIBUTION.md\",\n\"features\":[\n");
        for (int i = 0; i < features.size(); i++) {
            out.append(JSON.writeValueAsString(features.get(i))).append(i + 1 < features.size() ? ",\n" : "\n");
        }
        return out.append("]}\n").toString();
    }

    /** Every governorate boundary noded where they meet, then merged into maximal chains. */
    private static Collection<LineString> mergedBoundaries(List<Polygon> governorates) {
        List<Geometry> rings = governorates.stream().map(Polygon::getBoundary).toList();
        Geometry noded = UnaryUnionOp.union(rings);
        LineMerger merger = new LineMerger();
        merger.add(noded);
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        return merged;
    }

    private static ObjectNode kind(String kind) {
        return JSON.createObjectNode().put("kind", kind);
    }

    private static ObjectNode feature(ObjectNode properties, ObjectNode geometry) {
        ObjectNode feature = JSON.createObjectNode().put("type", "Feature");
        feature.set("properties", properties);
        feature.set("geometry", geometry);
        return feature;
    }

    private static ObjectNode point(Coordinate c) {
        ObjectNode point = JSON.createObjectNode().put("type", "Point");
        point.set("coordinates", xy(c));
        return point;
    }

    private static ObjectNode lines(List<LineString> lines) {
        ObjectNode multi = JSON.createObjectNode().put("type", "MultiLineString");
        ArrayNode all = multi.putArray("coordinates");
        lines.forEach(line -> all.add(ring(line.getCoordinates())));
        return multi;
    }

    private static ObjectNode polygons(Geometry shape) {
        ObjectNode multi = JSON.createObjectNode().put("type", "MultiPolygon");
        ArrayNode parts = multi.putArray("coordinates");
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) shape.getGeometryN(i);
            ArrayNode rings = parts.addArray();
            rings.add(ring(polygon.getExteriorRing().getCoordinates()));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                rings.add(ring(polygon.getInteriorRingN(h).getCoordinates()));
            }
        }
        return multi;
    }

    private static ArrayNode ring(Coordinate[] coordinates) {
        ArrayNode ring = JSON.createArrayNode();
        for (Coordinate c : coordinates) {
            ring.add(xy(c));
        }
        return ring;
    }

    private static ArrayNode xy(Coordinate c) {
        return JSON.createArrayNode().add(round(c.x)).add(round(c.y));
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
