package org.maydan.tile;

/**
 * Spherical Web Mercator (EPSG:3857) as slippy-map tiles use it, in "world pixels": at zoom
 * {@code z} the world is {@code 256 * 2^z} pixels wide, x growing east from the antimeridian and y
 * growing south from 85.0511° N. Zoom 0 units are kept for stored geometry; a view scales them.
 */
final class WebMercator {

    /** Pixels on a side of a standard tile. */
    static final int TILE_SIZE = 256;
    /** The latitude where the square world ends, north and south. */
    static final double MAX_LATITUDE = 85.0511287798066;
    /** WGS 84 semi-major axis: the sphere EPSG:3857 projects onto. */
    static final double EARTH_RADIUS_M = 6_378_137;
    private static final double DEGREES_AROUND = 360;

    private WebMercator() {
    }

    /** World pixels at zoom 0 east of the antimeridian. */
    static double x(double lon) {
        return (lon + DEGREES_AROUND / 2) / DEGREES_AROUND * TILE_SIZE;
    }

    /** World pixels at zoom 0 south of the north edge; latitudes beyond the square are clamped. */
    static double y(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)));
        return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * TILE_SIZE;
    }

    static double lon(double x) {
        return x / TILE_SIZE * DEGREES_AROUND - DEGREES_AROUND / 2;
    }

    static double lat(double y) {
        double n = Math.PI * (1 - 2 * y / TILE_SIZE);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** How many zoom-0 world pixels one pixel is at this zoom. */
    static double pixel(double zoom) {
        return Math.pow(2, -zoom);
    }

    /** Ground metres per pixel at this latitude and zoom. */
    static double metresPerPixel(double lat, double zoom) {
        return 2 * Math.PI * EARTH_RADIUS_M * Math.cos(Math.toRadians(lat)) / (TILE_SIZE * Math.pow(2, zoom));
    }
}
