package org.maydan.tile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Derives the base map's data ({@value #SHIPPED}, gzipped GeoJSON, one feature a line) from public
 * sources, so that the server and a bare clone need none of them:
 *
 * <ul>
 *   <li>GSHHG 2.3.7 high resolution (LGPL; Debian {@code gmt-gshhg-high}): land, lakes and permanent
 *       rivers inside {@link BaseMapData#DETAIL} around Syria;
 *   <li>Natural Earth (public domain; npm {@code world-atlas} 2.0.2): land outside that box (1:50m),
 *       country borders (1:10m near Syria, 1:50m elsewhere) and country label points;
 *   <li>UN OCHA COD-AB for Syria (CC BY-IGO; the shared data folder): Syria's border, governorate and
 *       district boundaries and governorate labels.
 * </ul>
 *
 * Run by {@link BaseMapDataTest} with {@code -Dmaydan.basemap.write=true}; see the ATTRIBUTION file
 * beside the data for the command.
 */
final class BaseMapDerivation {

    static final String SHIPPED = "backend/src/main/resources/org/maydan/tile/basemap.geojson.gz";
    static final String GSHHG_DIR = "/usr/share/gmt-gshhg";
    static final String OCHA_ADMIN1 = "data/gazetteer/syr_admin1_ocha.geojson";
    static final String OCHA_ADMIN2 = "data/gazetteer/syr_admin2_ocha.geojson";
    /** Natural Earth's 1:10m borders are used inside this box, 1:50m outside. */
    static final Envelope NEAR_EAST = new Envelope(20, 65, 10, 50);
    /**
     * GSHHG river levels kept, the permanent ones: 1 major, 2 additional major, 3 additional,
     * 4 minor rivers (0 is the outline of double-lined rivers, drawn as water by the land layer;
     * 5 and above are intermittent rivers and canals).
     */
    static final int FIRST_RIVER_LEVEL = 1;
    static final int LAST_RIVER_LEVEL = 4;
    /** About 11 m inside the detail box, 110 m outside: far below what the tiles show at their zoom. */
    private static final int DETAIL_DECIMALS = 4;
    private static final int WORLD_DECIMALS = 3;
    /** Syria's border stops this far (degrees) from the sea: the coast is drawn by the land fill. */
    private static final double COAST_GAP_DEGREES = 0.004;
    private static final double ON_LINE_DEGREES = 1e-6;
    private static final double LABEL_TOLERANCE_DEGREES = 0.01;
    private static final String SYRIA = "Syria";
    private static final int MIN_RING_POINTS = 4;
    /** Parts of Syria's outline smaller than this (about 1 km²) are slivers between governorates. */
    private static final double MIN_PART_SQUARE_DEGREES = 1e-4;

    /** Arabic names of the countries whose labels the map shows around Syria; others are labelled in English. */
    static final Map<String, String> COUNTRY_NAMES_AR = Map.ofEntries(
            Map.entry(SYRIA, "سوريا"), Map.entry("Turkey", "تركيا"), Map.entry("Iraq", "العراق"),
            Map.entry("Jordan", "الأردن"), Map.entry("Lebanon", "لبنان"), Map.entry("Israel", "إسرائيل"),
            Map.entry("Palestine", "فلسطين"), Map.entry("Cyprus", "قبرص"), Map.entry("Egypt", "مصر"),
            Map.entry("Saudi Arabia", "السعودية"), Map.entry("Iran", "إيران"), Map.entry("Kuwait", "الكويت"),
            Map.entry("Armenia", "أرمينيا"), Map.entry("Azerbaijan", "أذربيجان"), Map.entry("Georgia", "جورجيا"),
            Map.entry("Greece", "اليونان"));

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ObjectNode> features = new ArrayList<>();

    private BaseMapDerivation() {
    }

    /** Derives the data and writes it to {@code out}. */
    static void derive(Path gshhgDir, Path worldAtlasDir, Path ochaAdmin1, Path ochaAdmin2, Path out)
            throws IOException {
        BaseMapDerivation d = new BaseMapDerivation();
        Envelope detail = BaseMapData.DETAIL;
        Geometry detailBox = GEOMETRY.toGeometry(detail);
        Geometry land;
        try (GshhgBins bins = new GshhgBins(gshhgDir.resolve("binned_GSHHS_h.nc"))) {
            land = new GshhgLand().land(bins, detail);
        }
        d.add("land", null, land, DETAIL_DECIMALS);
        TopoJson land50 = new TopoJson(worldAtlasDir.resolve("land-50m.json"));
        Geometry worldLand = UnaryUnionOp.union(land50.shapes("land").stream().map(TopoJson.Shape::geometry).toList());
        d.add("land", null, worldLand.difference(detailBox), WORLD_DECIMALS);

        try (GshhgBins rivers = new GshhgBins(gshhgDir.resolve("binned_river_h.nc"))) {
            d.rivers(rivers, detail);
        }

        List<Polygon> governorates = polygons(ochaAdmin1);
        Geometry syria = withoutSlivers(UnaryUnionOp.union(governorates));
        Geometry sea = detailBox.difference(land);
        d.add("syria", null, syria.intersection(land), DETAIL_DECIMALS);
        Geometry syriaBorder = syria.getBoundary().difference(sea.buffer(COAST_GAP_DEGREES));
        d.add("border", null, syriaBorder, DETAIL_DECIMALS);
        d.borders(new TopoJson(worldAtlasDir.resolve("countries-10m.json")), true);
        d.borders(new TopoJson(worldAtlasDir.resolve("countries-50m.json")), false);

        List<LineString> governorateLines = innerLines(governorates, syria.getBoundary());
        governorateLines.forEach(l -> d.add("admin1", null, l, DETAIL_DECIMALS));
        Geometry drawn = GEOMETRY.buildGeometry(governorateLines).union(syria.getBoundary());
        for (LineString l : innerLines(polygons(ochaAdmin2), drawn)) {
            d.add("admin2", null, l, DETAIL_DECIMALS);
        }
        d.governorateLabels(ochaAdmin1);
        d.countryLabels(new TopoJson(worldAtlasDir.resolve("countries-10m.json")));

        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out);
                Writer writer = new java.io.OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
            writer.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < d.features.size(); i++) {
                writer.write(JSON.writeValueAsString(d.features.get(i)));
                writer.write(i + 1 < d.features.size() ? ",\n" : "\n");
            }
            writer.write("]}\n");
        }
    }

    private void rivers(GshhgBins bins, Envelope box) {
        for (int level = FIRST_RIVER_LEVEL; level <= LAST_RIVER_LEVEL; level++) {
            LineMerger merger = new LineMerger();
            for (int bin : bins.binsIn(box)) {
                for (GshhgBins.Segment s : bins.segments(bin)) {
                    if (s.level() != level || s.dx().length < 2) {
                        continue;
                    }
                    Coordinate[] points = s.offsets();
                    for (int i = 0; i < points.length; i++) {
                        points[i] = bins.toDegrees(bin, points[i]);
                    }
                    merger.add(GEOMETRY.createLineString(points));
                }
            }
            int rank = level - FIRST_RIVER_LEVEL + 1;
            for (Object line : merger.getMergedLineStrings()) {
                add("river", JSON.createObjectNode().put("rank", rank), (Geometry) line, DETAIL_DECIMALS);
            }
        }
    }

    /** Land borders between countries other than Syria (whose border is OCHA's). */
    private void borders(TopoJson countries, boolean near) {
        List<TopoJson.Shape> shapes = countries.shapes("countries");
        Geometry nearBox = GEOMETRY.toGeometry(NEAR_EAST);
        LineMerger merger = new LineMerger();
        countries.sharedArcs(shapes).forEach((arc, names) -> {
            if (!names.contains(SYRIA)) {
                Geometry line = countries.arc(arc);
                merger.add(near ? line.intersection(nearBox) : line.difference(nearBox));
            }
        });
        for (Object line : merger.getMergedLineStrings()) {
            add("border", null, (Geometry) line, near ? DETAIL_DECIMALS : WORLD_DECIMALS);
        }
    }

    private void countryLabels(TopoJson countries) {
        for (TopoJson.Shape s : countries.shapes("countries")) {
            String ar = COUNTRY_NAMES_AR.get(s.name());
            if (ar == null || !s.geometry().getEnvelopeInternal().intersects(BaseMapData.DETAIL)) {
                continue;
            }
            Geometry largest = largestPart(s.geometry());
            Point at = labelPoint(largest);
            add("label", JSON.createObjectNode().put("kind", "country").put("name_en", s.name()).put("name_ar", ar)
                    .put("area", Math.round(largest.getArea() * 100) / 100.0), at, DETAIL_DECIMALS);
        }
    }

    private void governorateLabels(Path ochaAdmin1) throws IOException {
        for (JsonNode feature : JSON.readTree(ochaAdmin1.toFile()).path("features")) {
            Geometry shape = geometry(feature.path("geometry"));
            JsonNode p = feature.path("properties");
            add("label", JSON.createObjectNode().put("kind", "governorate")
                    .put("pcode", p.path("ADM1_PCODE").asText())
                    .put("name_en", p.path("ADM1_EN").asText()).put("name_ar", p.path("ADM1_AR").asText())
                    .put("area", Math.round(shape.getArea() * 100) / 100.0),
                    labelPoint(largestPart(shape)), DETAIL_DECIMALS);
        }
    }

    /**
     * The union of simplified governorates keeps slivers where neighbours do not quite meet: holes
     * inside Syria that would be drawn as bits of border. Only the outer rings of the larger parts.
     */
    private static Geometry withoutSlivers(Geometry union) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < union.getNumGeometries(); i++) {
            Polygon p = (Polygon) union.getGeometryN(i);
            if (p.getArea() > MIN_PART_SQUARE_DEGREES) {
                parts.add(GEOMETRY.createPolygon(p.getExteriorRing().getCoordinates()));
            }
        }
        return GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    private static Geometry largestPart(Geometry g) {
        Geometry largest = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > largest.getArea()) {
                largest = g.getGeometryN(i);
            }
        }
        return largest;
    }

    /** The centre of the largest circle inside the shape: where a label sits best. */
    private static Point labelPoint(Geometry shape) {
        return MaximumInscribedCircle.getCenter(shape, LABEL_TOLERANCE_DEGREES);
    }

    /** Boundary lines between the polygons, each once, merged, without those lying on {@code skip}. */
    private static List<LineString> innerLines(List<Polygon> polygons, Geometry skip) {
        List<Geometry> rings = new ArrayList<>();
        polygons.forEach(p -> rings.add(p.getBoundary()));
        Geometry noded = UnaryUnionOp.union(rings);
        LineMerger merger = new LineMerger();
        for (int i = 0; i < noded.getNumGeometries(); i++) {
            LineString edge = (LineString) noded.getGeometryN(i);
            if (skip.distance(edge.getInteriorPoint()) > ON_LINE_DEGREES) {
                merger.add(edge);
            }
        }
        @SuppressWarnings("unchecked")
        List<LineString> merged = new ArrayList<>(merger.getMergedLineStrings());
        return merged;
    }

    private static List<Polygon> polygons(Path geojson) throws IOException {
        List<Polygon> polygons = new ArrayList<>();
        for (JsonNode feature : JSON.readTree(geojson.toFile()).path("features")) {
            Geometry shape = geometry(feature.path("geometry"));
            for (int i = 0; i < shape.getNumGeometries(); i++) {
                polygons.add((Polygon) shape.getGeometryN(i));
            }
        }
        return polygons;
    }

    private static Geometry geometry(JsonNode node) {
        return BaseMapData.geometry(node);
    }

    /** GeoJSON of a single Point, LineString or Polygon with coordinates rounded to {@code decimals}. */
    private static ObjectNode toGeoJson(Geometry g, int decimals) {
        ObjectNode node = JSON.createObjectNode().put("type", g.getGeometryType());
        if (g instanceof Point p) {
            node.set("coordinates", pair(p.getCoordinate(), decimals));
        } else if (g instanceof LineString l) {
            node.set("coordinates", line(l.getCoordinates(), decimals));
        } else if (g instanceof Polygon p) {
            ArrayNode rings = node.putArray("coordinates");
            rings.add(line(p.getExteriorRing().getCoordinates(), decimals));
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ArrayNode hole = line(p.getInteriorRingN(i).getCoordinates(), decimals);
                if (hole.size() >= MIN_RING_POINTS) {
                    rings.add(hole);
                }
            }
        } else {
            throw new IllegalArgumentException("not a simple geometry: " + g.getGeometryType());
        }
        return node;
    }

    private static ArrayNode line(Coordinate[] points, int decimals) {
        ArrayNode line = JSON.createArrayNode();
        ArrayNode last = null;
        for (Coordinate c : points) {
            ArrayNode p = pair(c, decimals);
            if (!p.equals(last)) {
                line.add(p);
            }
            last = p;
        }
        return line;
    }

    private static ArrayNode pair(Coordinate c, int decimals) {
        return JSON.createArrayNode().add(round(c.x, decimals)).add(round(c.y, decimals));
    }

    private static java.math.BigDecimal round(double value, int decimals) {
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private void add(String layer, ObjectNode properties, Geometry geometry, int decimals) {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part.isEmpty() || part.getDimension() == 1 && part.getLength() == 0) {
                continue;
            }
            if (part instanceof Polygon p
                    && line(p.getExteriorRing().getCoordinates(), decimals).size() < MIN_RING_POINTS
                    || part instanceof LineString l && line(l.getCoordinates(), decimals).size() < 2) {
                continue;
            }
            ObjectNode props = properties == null ? JSON.createObjectNode() : properties.deepCopy();
            ObjectNode feature = JSON.createObjectNode().put("type", "Feature");
            feature.set("properties", JSON.createObjectNode().put("layer", layer).setAll(props));
            feature.set("geometry", toGeoJson(part, decimals));
            features.add(feature);
        }
    }
}
