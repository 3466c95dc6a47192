package org.maydan.gazetteer.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.maydan.gazetteer.AdminBoundaries;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.GeoPoint;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.PlaceName;


/**
 * Builds the region a phrase names. With the governorate's (or the country's) boundary loaded, a
 * part is the piece of the polygon on that side of its origin (a half for north, a quadrant for
 * north-west, a union for "south and east"), with the radius of a circle of equal area, placed where
 * the piece's settlements lie (the mean of their points): a countryside is the land its villages
 * are, and the desert that makes up half of Hama's or Homs's polygon would pull a plain centroid
 * 40 km from any of them. A piece with fewer than {@value #MIN_SETTLEMENTS} settlements is placed at
 * its centroid. Without the boundary, a part is the base point moved half the base radius that way.
 *
 * <p>A governorate's origin is its seat, the city whose countryside news means: ريف دمشق الغربي is
 * the country west of Damascus (Wadi Barada, Qudsaya), not the west half of a governorate whose
 * desert pulls its centroid 60 km east of the city. Without a known seat, and for the country, the
 * origin is the polygon's centroid.
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
    /** The fewest settlements in a piece that place it; with fewer, its centroid does. */
    static final int MIN_SETTLEMENTS = 3;
    static final double SYRIA_LAT = 34.8;
    static final double SYRIA_LON = 38.99;
    private static final String SOURCE = "Maydan region phrase";
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Supplier<AdminBoundaries> boundaries;
    private final Function<Place, Optional<GeoPoint>> seats;
    private final Collection<Place> places;
    /** Syrian settlements by governorate P-code, gathered on the first region built. */
    private volatile @Nullable Map<String, List<Coordinate>> settlements;
    private final Place syria;
    /** Built regions by id: clipping polygons is costly and phrases repeat. */
    private final Map<String, Place> built = new ConcurrentHashMap<>();

    /**
     * A factory over the given boundaries, asked for on the first region built; {@code seats} gives
     * a governorate's seat, or nothing; {@code places} are all places, whose Syrian settlements
     * place the regions.
     */
    public RegionFactory(Supplier<AdminBoundaries> boundaries, Collection<Place> places,
            Function<Place, Optional<GeoPoint>> seats) {
        this.boundaries = boundaries;
        this.seats = seats;
        this.places = places;
        this.syria = places.stream().filter(p -> p.kind() == PlaceKind.COUNTRY
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
            Geometry piece = sectors.isEmpty() ? shape.get() : clip(shape.get(), origin(base, shape.get()), sectors);
            Coordinate c = settlementsCentre(base, piece).orElseGet(() -> piece.getCentroid().getCoordinate());
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

    /** The mean point of the Syrian settlements of {@code base} inside {@code piece}, if enough lie there. */
    private Optional<Coordinate> settlementsCentre(Place base, Geometry piece) {
        Map<String, List<Coordinate>> byGovernorate = settlements();
        List<Coordinate> points = base == syria ? byGovernorate.values().stream().flatMap(List::stream).toList()
                : pcode(base).map(code -> byGovernorate.getOrDefault(code, List.of())).orElse(List.of());
        PreparedGeometry inside = PreparedGeometryFactory.prepare(piece);
        double lat = 0;
        double lon = 0;
        int n = 0;
        for (Coordinate point : points) {
            if (inside.covers(FACTORY.createPoint(point))) {
                lat += point.y;
                lon += point.x;
                n++;
            }
        }
        return n < MIN_SETTLEMENTS ? Optional.empty() : Optional.of(new Coordinate(lon / n, lat / n));
    }

    private Map<String, List<Coordinate>> settlements() {
        Map<String, List<Coordinate>> known = settlements;
        if (known == null) {
            known = places.stream()
                    .filter(p -> p.kind().isSettlement() && "SY".equals(p.country()) && p.admin().admin1Pcode() != null)
                    .collect(Collectors.groupingBy(p -> p.admin().admin1Pcode(),
                            Collectors.mapping(p -> new Coordinate(p.lon(), p.lat()), Collectors.toList())));
            settlements = known;
        }
        return known;
    }

    /** The point a governorate's sides are taken from: its seat when known and within its box. */
    private Coordinate origin(Place base, Geometry shape) {
        Envelope env = shape.getEnvelopeInternal();
        Optional<GeoPoint> seat = base.kind() == PlaceKind.GOVERNORATE ? seats.apply(base) : Optional.empty();
        return seat.filter(s -> env.contains(s.lon(), s.lat()))
                .map(s -> new Coordinate(s.lon(), s.lat()))
                .orElseGet(() -> shape.getCentroid().getCoordinate());
    }

    /** The union of the polygon's pieces on the sides the sectors name, from origin {@code c}. */
    private static Geometry clip(Geometry shape, Coordinate c, List<List<Direction>> sectors) {
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
