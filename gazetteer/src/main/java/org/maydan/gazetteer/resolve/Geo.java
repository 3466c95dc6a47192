package org.maydan.gazetteer.resolve;

/** Great-circle distances on a spherical Earth; accurate enough for km-scale matching. */
public final class Geo {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Km per degree of latitude. */
    public static final double KM_PER_DEGREE = 111.195;

    private Geo() {
    }

    /** Haversine distance in km. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
