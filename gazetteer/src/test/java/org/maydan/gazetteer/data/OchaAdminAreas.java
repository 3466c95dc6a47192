package org.maydan.gazetteer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.maydan.gazetteer.AdminBoundaries;
import org.maydan.gazetteer.AdminPath;

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

    private record Area(Geometry geometry, AdminPath path) {
    }

    private final GeometryFactory geometries = new GeometryFactory();
    private final List<Area> areas;

    private OchaAdminAreas(List<Area> areas) {
        this.areas = areas;
    }

    static OchaAdminAreas load(Path admin3GeoJson) throws IOException {
        List<Area> areas = new ArrayList<>();
        for (AdminBoundaries.Unit unit : AdminBoundaries.read(admin3GeoJson).units(3)) {
            areas.add(new Area(unit.geometry(), unit.path()));
        }
        return new OchaAdminAreas(List.copyOf(areas));
    }

    /**
     * The sub-district containing the point, or failing that the nearest one within
     * {@link #NEAREST_POLYGON_TOLERANCE_DEG}.
     */
    Optional<AdminPath> locate(double lat, double lon) {
        Point point = geometries.createPoint(new Coordinate(lon, lat));
        for (Area area : areas) {
            if (area.geometry().covers(point)) {
                return Optional.of(area.path());
            }
        }
        return areas.stream()
                .filter(area -> area.geometry().isWithinDistance(point, NEAREST_POLYGON_TOLERANCE_DEG))
                .min(Comparator.comparingDouble(area -> area.geometry().distance(point)))
                .map(Area::path);
    }
}
