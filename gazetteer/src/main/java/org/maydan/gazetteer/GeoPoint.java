package org.maydan.gazetteer;

/**
 * A WGS84 position in decimal degrees, and the project's one great-circle distance: haversine on a
 * sphere of the mean Earth radius, good to about 0.5% (well inside every km tolerance we use).
 */
public record GeoPoint(double lat, double lon) {

    /** Mean Earth radius (IUGG), in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /**
     * Km per degree of latitude (and of longitude at the equator), rounded to the metre: region
     * phrases are placed and sized with it, so it stays this literal.
     */
    public static final double KM_PER_DEGREE = 111.195;

    /** Refuses coordinates outside [-90, 90] x [-180, 180] (and NaN). */
    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
    }

    /** Great-circle distance to another point, in km. */
    public double distanceKm(GeoPoint other) {
        return distanceKm(lat, lon, other.lat, other.lon);
    }

    /** Great-circle (haversine) distance between two points given in decimal degrees, in km. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return kmOfHaversine(haversine(lat1, lon1, lat2, lon2));
    }

    /**
     * The haversine of the central angle between two points: it grows with their distance, so the
     * nearest of many points is the one with the least haversine, and only that one needs
     * {@link #kmOfHaversine} (Java's sqrt and asin are semi-monotonic: the km are exactly those of
     * {@link #distanceKm}).
     */
    public static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double sinHalfDp = Math.sin(dp / 2);
        double sinHalfDl = Math.sin(dl / 2);
        return sinHalfDp * sinHalfDp + Math.cos(p1) * Math.cos(p2) * sinHalfDl * sinHalfDl;
    }

    /** The distance in km of a {@link #haversine}. */
    public static double kmOfHaversine(double haversine) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(haversine)));
    }
}
