package org.maydan.tile;

/** The fully transparent event tile, encoded once per scale (most tiles of the world are empty); never modified. */
final class EmptyTiles {

    private static final byte[] ONE = encode(1);
    private static final byte[] TWO = encode(2);

    private EmptyTiles() {
    }

    static byte[] png(int scale) {
        return scale == 1 ? ONE : scale == 2 ? TWO : encode(scale);
    }

    private static byte[] encode(int scale) {
        try (Canvas canvas = new Canvas(MapView.of(new TileKey(0, 0, 0), scale), true)) {
            return canvas.png();
        }
    }
}
