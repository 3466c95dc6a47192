package org.maydan.tile;

import org.locationtech.jts.geom.Envelope;

/**
 * What one image shows: a window of the world at a zoom (fractional for a static map), in CSS
 * pixels, drawn at {@code scale} device pixels per CSS pixel ({@code @2x} is 2).
 *
 * @param zoom the Web Mercator zoom
 * @param left world pixel at this zoom of the image's left edge
 * @param top world pixel at this zoom of the image's top edge
 * @param width image width in CSS pixels
 * @param height image height in CSS pixels
 * @param scale device pixels per CSS pixel
 */
record MapView(double zoom, double left, double top, int width, int height, int scale) {

    /** The view of one tile. */
    static MapView of(TileKey tile, int scale) {
        return new MapView(tile.z(), (double) tile.x() * WebMercator.TILE_SIZE,
                (double) tile.y() * WebMercator.TILE_SIZE, WebMercator.TILE_SIZE, WebMercator.TILE_SIZE, scale);
    }

    /** The largest zoom at which the box fits the image, centred. */
    static MapView fitting(Envelope lonLat, int width, int height, int scale, double maxZoom) {
        double x0 = WebMercator.x(lonLat.getMinX());
        double x1 = WebMercator.x(lonLat.getMaxX());
        double y0 = WebMercator.y(lonLat.getMaxY());
        double y1 = WebMercator.y(lonLat.getMinY());
        double zoom = Math.min(maxZoom, Math.min(log2(width / Math.max(x1 - x0, 1e-12)),
                log2(height / Math.max(y1 - y0, 1e-12))));
        double factor = Math.pow(2, zoom);
        double cx = (x0 + x1) / 2 * factor;
        double cy = (y0 + y1) / 2 * factor;
        return new MapView(zoom, cx - width / 2.0, cy - height / 2.0, width, height, scale);
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }

    /** Zoom-0 world pixels to view pixels: multiply by this, then subtract left and top. */
    double factor() {
        return Math.pow(2, zoom);
    }

    /** View x of a longitude. */
    double px(double lon) {
        return WebMercator.x(lon) * factor() - left;
    }

    /** View y of a latitude. */
    double py(double lat) {
        return WebMercator.y(lat) * factor() - top;
    }

    /** The view's area in zoom-0 world pixels, grown by {@code bufferPx} view pixels. */
    Envelope worldBounds(double bufferPx) {
        double f = factor();
        return new Envelope((left - bufferPx) / f, (left + width + bufferPx) / f, (top - bufferPx) / f,
                (top + height + bufferPx) / f);
    }

    /** The view's area in degrees, grown by {@code bufferPx} view pixels. */
    Envelope lonLatBounds(double bufferPx) {
        Envelope w = worldBounds(bufferPx);
        double size = WebMercator.TILE_SIZE;
        return new Envelope(WebMercator.lon(Math.max(0, w.getMinX())), WebMercator.lon(Math.min(size, w.getMaxX())),
                WebMercator.lat(Math.min(size, w.getMaxY())), WebMercator.lat(Math.max(0, w.getMinY())));
    }

    /** The longitude and latitude at the view's centre. */
    double[] centre() {
        double f = factor();
        return new double[] {WebMercator.lon((left + width / 2.0) / f), WebMercator.lat((top + height / 2.0) / f)};
    }
}
