package org.maydan.tile;

import org.maydan.system.BadRequestException;

/**
 * One slippy-map tile {@code z/x/y} (x east, y south, as XYZ layers in QGIS and Leaflet number
 * them), validated against the configured zoom range.
 */
record TileKey(int z, int x, int y) {

    TileKey {
        if (z < 0 || x < 0 || y < 0 || x >= 1L << z || y >= 1L << z) {
            throw new BadRequestException(null, "no tile " + z + "/" + x + "/" + y
                    + ": x and y must be between 0 and 2^z - 1");
        }
    }

    /** The tile, refused when its zoom is above {@code maxZoom}. */
    static TileKey of(int z, int x, int y, int maxZoom) {
        if (z > maxZoom) {
            throw new BadRequestException(null, "zoom " + z + " is above the highest zoom served, " + maxZoom);
        }
        return new TileKey(z, x, y);
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
