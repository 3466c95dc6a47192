package org.maydan.event;

import org.jspecify.annotations.Nullable;
import org.maydan.system.BadRequestException;

/**
 * A WGS 84 bounding box {@code minLon,minLat,maxLon,maxLat} (RFC 7946 order), edges inclusive.
 * Boxes across the antimeridian are not supported: Syria is far from it.
 */
public record BBox(double minLon, double minLat, double maxLon, double maxLat) {

    /** Query parameter the box is read from. */
    public static final String PARAMETER = "bbox";
    private static final double MAX_LON = 180;
    private static final double MAX_LAT = 90;
    private static final int EDGES = 4;

    public BBox {
        check(minLon, MAX_LON, "minLon");
        check(maxLon, MAX_LON, "maxLon");
        check(minLat, MAX_LAT, "minLat");
        check(maxLat, MAX_LAT, "maxLat");
        if (minLon > maxLon) {
            throw bad("minLon " + minLon + " is greater than maxLon " + maxLon);
        }
        if (minLat > maxLat) {
            throw bad("minLat " + minLat + " is greater than maxLat " + maxLat);
        }
    }

    /** Reads {@code minLon,minLat,maxLon,maxLat}; {@code null} or blank means no box. */
    public static @Nullable BBox parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != EDGES) {
            throw bad("bbox must be four numbers minLon,minLat,maxLon,maxLat; got '" + text + "'");
        }
        double[] edges = new double[EDGES];
        for (int i = 0; i < EDGES; i++) {
            try {
                edges[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw bad("bbox value '" + parts[i] + "' is not a number");
            }
        }
        return new BBox(edges[0], edges[1], edges[2], edges[3]);
    }

    /** Whether the point lies inside or on the edge of the box. */
    public boolean contains(double lon, double lat) {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }

    /** Whether {@code other} lies wholly inside or on the edge of this box. */
    public boolean containsBox(BBox other) {
        return contains(other.minLon, other.minLat) && contains(other.maxLon, other.maxLat);
    }

    private static void check(double value, double limit, String name) {
        if (!Double.isFinite(value) || value < -limit || value > limit) {
            throw bad(name + " " + value + " is outside [-" + (int) limit + ", " + (int) limit + "]");
        }
    }

    private static BadRequestException bad(String message) {
        return new BadRequestException(PARAMETER, message);
    }
}
