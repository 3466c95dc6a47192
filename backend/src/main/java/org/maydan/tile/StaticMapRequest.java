package org.maydan.tile;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.maydan.event.BBox;
import org.maydan.event.EventFilter;
import org.maydan.system.BadRequestException;

/**
 * A static map's parameters, validated: the box to show, the image size in CSS pixels (at most
 * {@code maxSide} device pixels a side once multiplied by {@code scale}), the event filter and the
 * language.
 *
 * @param box WGS 84 degrees, within Web Mercator's latitudes
 * @param width image width in CSS pixels
 * @param height image height in CSS pixels
 * @param scale 1, or 2 for {@code /api/map@2x.png}
 * @param filter dates and types
 * @param lang labels, legend and caption
 */
record StaticMapRequest(Envelope box, int width, int height, int scale, EventFilter filter, Lang lang) {

    static final String WIDTH = "width";
    static final String HEIGHT = "height";
    static final int DEFAULT_WIDTH = 1024;
    static final int DEFAULT_HEIGHT = 768;
    /** Room for the legend, caption and scale bar. */
    static final int MIN_SIDE = 200;

    static StaticMapRequest parse(@Nullable String bbox, @Nullable Integer width, @Nullable Integer height, int scale,
            EventFilter filter, @Nullable String lang, int maxSide) {
        BBox box = BBox.parse(bbox);
        if (box == null) {
            throw new BadRequestException(BBox.PARAMETER, "bbox is required: minLon,minLat,maxLon,maxLat");
        }
        if (box.minLon() >= box.maxLon() || box.minLat() >= box.maxLat()) {
            throw new BadRequestException(BBox.PARAMETER, "bbox must have an area: min below max on both axes");
        }
        if (Math.abs(box.minLat()) > WebMercator.MAX_LATITUDE || Math.abs(box.maxLat()) > WebMercator.MAX_LATITUDE) {
            throw new BadRequestException(BBox.PARAMETER, "bbox latitudes must lie within ±" + WebMercator.MAX_LATITUDE
                    + ", where Web Mercator ends");
        }
        int w = side(WIDTH, width == null ? DEFAULT_WIDTH : width, scale, maxSide);
        int h = side(HEIGHT, height == null ? DEFAULT_HEIGHT : height, scale, maxSide);
        return new StaticMapRequest(new Envelope(box.minLon(), box.maxLon(), box.minLat(), box.maxLat()), w, h, scale,
                filter, Lang.parse(lang));
    }

    private static int side(String name, int value, int scale, int maxSide) {
        if (value < MIN_SIDE || (long) value * scale > maxSide) {
            throw new BadRequestException(name, name + " must be between " + MIN_SIDE + " and " + maxSide / scale
                    + " pixels" + (scale > 1 ? " at @" + scale + "x" : "") + "; got " + value);
        }
        return value;
    }
}
