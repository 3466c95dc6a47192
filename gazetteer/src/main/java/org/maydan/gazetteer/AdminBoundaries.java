package org.maydan.gazetteer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * OCHA administrative boundaries by P-code: governorates (level 1), districts (2) and
 * sub-districts (3) as polygons in longitude/latitude. They place region phrases (ريف حماة الشمالي),
 * give points read without one their admin path, and score gold governorates by containment.
 *
 * <p>Read from GeoJSON FeatureCollections whose features carry OCHA's {@code ADM1_PCODE},
 * {@code ADM1_EN}, {@code ADM1_AR}, {@code ADM2_PCODE}, {@code ADM2_EN}, {@code ADM3_PCODE},
 * {@code ADM3_EN} properties (a feature's level is the deepest P-code it has); geometries are read
 * by JTS's {@link GeoJsonReader}. {@link #shipped()} is the simplified set shipped in the jar.
 * Immutable and thread-safe.
 */
public final class AdminBoundaries {

    /** The shipped boundaries, beside the shipped place data. */
    public static final String SHIPPED_FILE = "ocha-admin-boundaries.geojson";
    /** Deepest admin level read. */
    public static final int MAX_LEVEL = 3;

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final JsonFactory JSON = new ObjectMapper().getFactory();
    private static final AdminBoundaries NONE = new AdminBoundaries(List.of(), "none");

    /** One unit: its level, P-code, admin path (names of it and its parents) and polygon. */
    public record Unit(int level, String pcode, AdminPath path, Geometry geometry) {
    }

    private record Indexed(Unit unit, PreparedGeometry prepared) {
    }

    private final Map<String, Indexed> byPcode = new LinkedHashMap<>();
    private final String source;
    private @Nullable Optional<Geometry> country;

    private AdminBoundaries(Collection<Unit> units, String source) {
        for (Unit unit : units) {
            byPcode.put(unit.pcode(), new Indexed(unit, PreparedGeometryFactory.prepare(unit.geometry())));
        }
        this.source = source;
    }

    /** No boundaries at all. */
    public static AdminBoundaries none() {
        return NONE;
    }

    /** Boundaries over the given units (a later unit replaces an earlier one of the same P-code). */
    public static AdminBoundaries of(Collection<Unit> units, String source) {
        return new AdminBoundaries(units, source);
    }

    /** The simplified OCHA boundaries shipped in the jar, read once. */
    public static AdminBoundaries shipped() {
        return Shipped.BOUNDARIES;
    }

    /** Holds the shipped set, read on first use. */
    private static final class Shipped {
        static final AdminBoundaries BOUNDARIES = readShipped();

        private static AdminBoundaries readShipped() {
            try (InputStream in = AdminBoundaries.class.getResourceAsStream(
                    Gazetteer.SHIPPED_DIR + SHIPPED_FILE)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + Gazetteer.SHIPPED_DIR + SHIPPED_FILE);
                }
                return of(read(in), "shipped OCHA COD-AB (simplified)");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a GeoJSON file, or every {@code *admin*.geojson} file of a directory (e.g. OCHA's
     * {@code syr_admin1_ocha.geojson} ... {@code syr_admin3_ocha.geojson}), in name order.
     */
    public static AdminBoundaries read(Path fileOrDirectory) throws IOException {
        List<Path> files;
        if (Files.isDirectory(fileOrDirectory)) {
            try (Stream<Path> list = Files.list(fileOrDirectory)) {
                files = list.filter(AdminBoundaries::isBoundaryFile).sorted(Comparator.comparing(Path::toString))
                        .toList();
            }
        } else {
            files = List.of(fileOrDirectory);
        }
        List<Unit> units = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                units.addAll(read(in));
            }
        }
        return of(units, fileOrDirectory.toString());
    }

    /** Whether a file's name says it holds admin boundaries ({@code *admin*.geojson}). */
    public static boolean isBoundaryFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".geojson") && name.contains("admin");
    }

    /**
     * The polygonal units of one GeoJSON FeatureCollection; features without an {@code ADMn_PCODE}
     * or without a polygon are skipped.
     */
    public static List<Unit> read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        Geometry collection;
        try {
            collection = new GeoJsonReader(FACTORY).read(
                    new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IOException("not a GeoJSON FeatureCollection: " + e.getMessage(), e);
        }
        List<JsonNode> properties = featureProperties(bytes);
        if (properties.size() != collection.getNumGeometries()) {
            throw new IOException("expected a FeatureCollection, read " + properties.size() + " features and "
                    + collection.getNumGeometries() + " geometries");
        }
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            JsonNode props = properties.get(i);
            Geometry geometry = collection.getGeometryN(i);
            int level = level(props);
            if (level > 0 && geometry instanceof Polygonal) {
                AdminPath path = new AdminPath(text(props, "ADM1_PCODE"), text(props, "ADM1_EN"),
                        text(props, "ADM1_AR"), text(props, "ADM2_PCODE"), text(props, "ADM2_EN"),
                        text(props, "ADM3_PCODE"), text(props, "ADM3_EN"));
                units.add(new Unit(level, props.get(pcodeKey(level)).asText(), path, geometry));
            }
        }
        return units;
    }

    /** Each feature's {@code properties} object, in order; geometries are skipped unread. */
    private static List<JsonNode> featureProperties(byte[] bytes) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("features") || parser.currentToken() != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode props = null;
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        if (name.equals("properties")) {
                            props = parser.readValueAsTree();
                        } else {
                            parser.skipChildren();
                        }
                    }
                    out.add(props == null ? MissingNode.getInstance() : props);
                }
            }
        }
        return out;
    }

    private static int level(JsonNode props) {
        for (int level = MAX_LEVEL; level >= 1; level--) {
            if (props.hasNonNull(pcodeKey(level))) {
                return level;
            }
        }
        return 0;
    }

    private static String pcodeKey(int level) {
        return "ADM" + level + "_PCODE";
    }

    private static @Nullable String text(JsonNode props, String field) {
        JsonNode v = props.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** These boundaries, then {@code more} (whose units replace those of the same P-code). */
    public AdminBoundaries plus(AdminBoundaries more) {
        if (more.byPcode.isEmpty()) {
            return this;
        }
        List<Unit> all = new ArrayList<>(units());
        all.addAll(more.units());
        return of(all, byPcode.isEmpty() ? more.source : source + " + " + more.source);
    }

    /** Where the boundaries came from (for reports). */
    public String source() {
        return source;
    }

    /** Number of units. */
    public int size() {
        return byPcode.size();
    }

    /** Every unit, in reading order. */
    public List<Unit> units() {
        return byPcode.values().stream().map(Indexed::unit).toList();
    }

    /** The units of one level, in reading order. */
    public List<Unit> units(int level) {
        return byPcode.values().stream().map(Indexed::unit).filter(u -> u.level() == level).toList();
    }

    /** Whether a unit with this P-code ({@code SY07}, {@code SY0703}, {@code SY070300}) is known. */
    public boolean has(String pcode) {
        return byPcode.containsKey(pcode);
    }

    /** The polygon of a unit. */
    public Optional<Geometry> geometry(String pcode) {
        Indexed unit = byPcode.get(pcode);
        return unit == null ? Optional.empty() : Optional.of(unit.unit().geometry());
    }

    /** Whether the point lies inside or on the edge of the unit; false for an unknown P-code. */
    public boolean covers(String pcode, double lat, double lon) {
        Indexed unit = byPcode.get(pcode);
        return unit != null && unit.prepared().covers(point(lat, lon));
    }

    /** The union of all governorates (the country), if any were read; computed on first use. */
    public synchronized Optional<Geometry> country() {
        if (country == null) {
            List<Geometry> level1 = units(1).stream().map(Unit::geometry).toList();
            country = level1.isEmpty() ? Optional.empty()
                    : Optional.of(FACTORY.buildGeometry(level1).buffer(0));
        }
        return country;
    }

    /** The admin path of the deepest unit containing the point, or {@link AdminPath#UNKNOWN}. */
    public AdminPath pathAt(double lat, double lon) {
        Point point = point(lat, lon);
        for (int level = MAX_LEVEL; level >= 1; level--) {
            for (Indexed unit : byPcode.values()) {
                if (unit.unit().level() == level && unit.prepared().contains(point)) {
                    return unit.unit().path();
                }
            }
        }
        return AdminPath.UNKNOWN;
    }

    private static Point point(double lat, double lon) {
        return FACTORY.createPoint(new Coordinate(lon, lat));
    }
}
