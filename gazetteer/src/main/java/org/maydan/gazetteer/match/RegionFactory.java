package org.maydan.gazetteer.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.maydan.gazetteer.AdminBoundaries;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.GeoPoint;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.PlaceName;


/**
 * Builds the region a phrase names. With the governorate's (or the country's) boundary loaded, a
 * part is the piece of the polygon on that side of its centroid (a half for north, a quadrant for
 * north-west, a union for "south and east"), placed at that piece's centroid with the radius of a
 * circle of equal area; without, it is the base point moved half the base radius that way.
 */
public final class RegionFactory {

    /** ACLED geo_precision of a part of a governorate or of the countryside around a town. */
    static final int PRECISION_PART = 2;
    /** ACLED geo_precision of a whole governorate's countryside or a part of the country. */
    static final int PRECISION_LARGE = 3;
    /** Radius assumed for a base place without one, by kind, in km. */
    static final double RADIUS_GOVERNORATE_KM = 50;
    static final double RADIUS_COUNTRY_KM = 200;
    static final double RADIUS_DISTRICT_KM = 25;
    static final double RADIUS_TOWN_KM = 12;
    /** Fraction of the base radius a part's centre lies away from the base point. */
    static final double PART_OFFSET = 0.5;
    static final double SYRIA_LAT = 34.8;
    static final double SYRIA_LON = 38.99;
    private static final String SOURCE = "Maydan region phrase";
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Supplier<AdminBoundaries> boundaries;
    private final Place syria;
    /** Built regions by id: clipping polygons is costly and phrases repeat. */
    private final Map<String, Place> built = new ConcurrentHashMap<>();

    /** A factory over the given boundaries, asked for on the first region built. */
    public RegionFactory(Supplier<AdminBoundaries> boundaries, List<Place> countries) {
        this.boundaries = boundaries;
        this.syria = countries.stream().filter(p -> p.kind() == PlaceKind.COUNTRY
                && "SY".equals(p.country())).findFirst().orElseGet(() -> new Place("maydan:syria",
                PlaceKind.COUNTRY, "سوريا", "Syria", List.of(new PlaceName("ar", "سوريا"),
                new PlaceName("en", "Syria")), SYRIA_LAT, SYRIA_LON, RADIUS_COUNTRY_KM,
                AdminPath.UNKNOWN, "SY", null, SOURCE, "facts", List.of()));
    }

    /** Syria as a base for "north-west of the country". */
    public Place syria() {
        return syria;
    }

    /** The precision of a region built on {@code base}. */
    int precision(Place base, List<List<Direction>> sectors) {
        boolean large = base.kind() == PlaceKind.COUNTRY
                || (base.kind() == PlaceKind.GOVERNORATE && sectors.isEmpty());
        return large ? PRECISION_LARGE : PRECISION_PART;
    }

    /** The countryside (ريف) of a governorate or town, or the given parts of it. */
    Place countryside(Place base, List<List<Direction>> sectors) {
        return build(base, sectors, "ريف", "countryside");
    }

    /** A part of a place: شمال حماة, شمال غربي سوريا. */
    Place part(Place base, List<List<Direction>> sectors) {
        return build(base, sectors, base.kind() == PlaceKind.GOVERNORATE ? "ريف" : "", "countryside");
    }

    private Place build(Place base, List<List<Direction>> sectors, String arHead, String enHead) {
        String key = base.id() + "|" + sectors + "|" + arHead;
        return built.computeIfAbsent(key, k -> construct(base, sectors, arHead, enHead));
    }

    private Place construct(Place base, List<List<Direction>> sectors, String arHead, String enHead) {
        AdminBoundaries polygons = boundaries.get();
        Optional<Geometry> shape = base == syria ? polygons.country() : pcode(base).flatMap(polygons::geometry);
        double lat;
        double lon;
        double radius;
        if (shape.isPresent()) {
            Geometry piece = sectors.isEmpty() ? shape.get() : clip(shape.get(), sectors);
            Coordinate c = piece.getCentroid().getCoordinate();
            lat = c.y;
            lon = c.x;
            double kmPerDegLon = GeoPoint.KM_PER_DEGREE * Math.cos(Math.toRadians(lat));
            radius = Math.sqrt(piece.getArea() * GeoPoint.KM_PER_DEGREE * kmPerDegLon / Math.PI);
        } else {
            double baseRadius = radius(base);
            double dx = 0;
            double dy = 0;
            for (List<Direction> sector : sectors) {
                for (Direction d : sector) {
                    dx += d.dx;
                    dy += d.dy;
                }
            }
            double norm = Math.hypot(dx, dy);
            double offsetKm = norm == 0 ? 0 : baseRadius * PART_OFFSET;
            lat = base.lat() + (norm == 0 ? 0 : dy / norm * offsetKm / GeoPoint.KM_PER_DEGREE);
            lon = base.lon() + (norm == 0 ? 0 : dx / norm * offsetKm
                    / (GeoPoint.KM_PER_DEGREE * Math.cos(Math.toRadians(base.lat()))));
            radius = sectors.isEmpty() ? baseRadius : baseRadius * PART_OFFSET;
        }
        String code = sectors.isEmpty() ? "all" : sectors.stream()
                .map(s -> s.stream().map(Direction::name).collect(Collectors.joining()))
                .collect(Collectors.joining("+")).toLowerCase(Locale.ROOT);
        String ar = (arHead + " " + base.nameAr() + " " + sectors.stream()
                .map(s -> s.stream().map(d -> d.arabic).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" و"))).strip();
        String en = (sectors.stream()
                .map(s -> s.stream().map(d -> d.english).collect(Collectors.joining("-")))
                .collect(Collectors.joining(" and ")) + " " + base.nameEn() + " " + enHead).strip();
        en = en.isEmpty() ? en : Character.toUpperCase(en.charAt(0)) + en.substring(1);
        return new Place("region:" + base.id() + ":" + code, PlaceKind.REGION, ar, en,
                List.of(new PlaceName("ar", ar), new PlaceName("en", en)), lat, lon, radius,
                base.kind() == PlaceKind.COUNTRY ? AdminPath.UNKNOWN : base.admin(),
                base.country(), null, SOURCE + " on " + base.id(), "facts", List.of());
    }

    private static Optional<String> pcode(Place base) {
        if (base.kind() == PlaceKind.GOVERNORATE && base.admin().admin1Pcode() != null) {
            return Optional.of(base.admin().admin1Pcode());
        }
        return Optional.empty();
    }

    private static double radius(Place base) {
        if (base.radiusKm() != null) {
            return base.radiusKm();
        }
        return switch (base.kind()) {
            case COUNTRY -> RADIUS_COUNTRY_KM;
            case GOVERNORATE -> RADIUS_GOVERNORATE_KM;
            case DISTRICT, REGION -> RADIUS_DISTRICT_KM;
            default -> RADIUS_TOWN_KM;
        };
    }

    /** The union of the polygon's pieces on the sides the sectors name. */
    private static Geometry clip(Geometry shape, List<List<Direction>> sectors) {
        Coordinate c = shape.getCentroid().getCoordinate();
        Envelope env = shape.getEnvelopeInternal();
        List<Geometry> pieces = new ArrayList<>();
        for (List<Direction> sector : sectors) {
            double minX = env.getMinX();
            double maxX = env.getMaxX();
            double minY = env.getMinY();
            double maxY = env.getMaxY();
            for (Direction d : sector) {
                if (d.dx > 0) {
                    minX = c.x;
                } else if (d.dx < 0) {
                    maxX = c.x;
                }
                if (d.dy > 0) {
                    minY = c.y;
                } else if (d.dy < 0) {
                    maxY = c.y;
                }
            }
            Geometry box = FACTORY.toGeometry(new Envelope(minX, maxX, minY, maxY));
            pieces.add(shape.intersection(box));
        }
        Geometry union = FACTORY.buildGeometry(pieces).union();
        return union.isEmpty() ? shape : union;
    }
}
