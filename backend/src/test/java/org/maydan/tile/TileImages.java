package org.maydan.tile;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Reads tiles back the way a client would: PNG through ImageIO, vector tiles through an MVT decoder. */
final class TileImages {

    /** A decoded vector-tile feature: its point in tile coordinates and its attributes. */
    record Feature(double x, double y, Map<String, Object> attributes) {}

    private TileImages() {
    }

    static BufferedImage png(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException("not a PNG image (" + bytes.length + " bytes)");
        }
        return image;
    }

    /** Pixels that are not fully transparent. */
    static int paintedPixels(BufferedImage image) {
        int painted = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0) {
                    painted++;
                }
            }
        }
        return painted;
    }

    /** The features of one layer of a vector tile. */
    @SuppressWarnings("unchecked")
    static List<Feature> mvt(byte[] bytes, String layer) throws IOException {
        JtsMvt tile = MvtReader.loadMvt(new ByteArrayInputStream(bytes), new GeometryFactory(),
                new TagKeyValueMapConverter());
        JtsLayer found = tile.getLayer(layer);
        List<Feature> features = new ArrayList<>();
        if (found != null) {
            for (Geometry g : found.getGeometries()) {
                features.add(new Feature(g.getCoordinate().x, g.getCoordinate().y, (Map<String, Object>) g.getUserData()));
            }
        }
        return features;
    }

    /** The tile of a zoom that holds a point. */
    static TileKey tileAt(double lon, double lat, int z) {
        double n = Math.pow(2, z) / WebMercator.TILE_SIZE;
        return new TileKey(z, (int) (WebMercator.x(lon) * n), (int) (WebMercator.y(lat) * n));
    }
}
