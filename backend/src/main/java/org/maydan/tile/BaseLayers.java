package org.maydan.tile;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The base map's geometry ready to draw: per band of two zoom levels, each feature simplified to
 * half a pixel at the band's higher zoom, as a Java2D path in zoom-0 world pixels, in an R-tree.
 * A band is built the first time a view of its zooms is drawn and kept (a few MB each).
 */
final class BaseLayers {

    /** Zooms 0-1 are band 0, 2-3 band 1, ...; zooms from {@code 2 * LAST_BAND} on share the last band. */
    static final int LAST_BAND = 6;
    private static final double TOLERANCE_PX = 0.5;

    /** A drawable piece of a feature. */
    record Piece(Path2D.Double path, BaseMapData.Feature feature) {

        /** The path in the view's pixels. */
        Shape in(MapView view) {
            double f = view.factor();
            return new AffineTransform(f, 0, 0, f, -view.left(), -view.top()).createTransformedShape(path);
        }
    }

    private final BaseMapData data;
    private final Map<Integer, Map<BaseMapData.Layer, STRtree>> bands = new ConcurrentHashMap<>();

    BaseLayers(BaseMapData data) {
        this.data = data;
    }

    BaseMapData data() {
        return data;
    }

    /** The pieces of a layer that may show in the view, grown by {@code bufferPx}. */
    @SuppressWarnings("unchecked")
    List<Piece> pieces(BaseMapData.Layer layer, MapView view, double bufferPx) {
        STRtree index = band(bandOf(view.zoom())).get(layer);
        return index.query(view.worldBounds(bufferPx));
    }

    static int bandOf(double zoom) {
        return Math.max(0, Math.min(LAST_BAND, (int) Math.floor(zoom / 2)));
    }

    private Map<BaseMapData.Layer, STRtree> band(int band) {
        return bands.computeIfAbsent(band, this::build);
    }

    private Map<BaseMapData.Layer, STRtree> build(int band) {
        double tolerance = TOLERANCE_PX * WebMercator.pixel(2 * band + 1.0);
        Map<BaseMapData.Layer, STRtree> layers = new EnumMap<>(BaseMapData.Layer.class);
        for (BaseMapData.Layer layer : BaseMapData.Layer.values()) {
            STRtree index = new STRtree();
            if (layer != BaseMapData.Layer.LABEL) {
                for (BaseMapData.Feature feature : data.features(layer)) {
                    Geometry simple = band == LAST_BAND ? feature.geometry()
                            : DouglasPeuckerSimplifier.simplify(feature.geometry(), tolerance);
                    if (simple.isEmpty()) {
                        continue;
                    }
                    index.insert(simple.getEnvelopeInternal(), new Piece(path(simple), feature));
                }
            }
            index.build();
            layers.put(layer, index);
        }
        return layers;
    }

    private static Path2D.Double path(Geometry g) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        List<LineString> lines = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                lines.add(p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    lines.add(p.getInteriorRingN(h));
                }
            } else if (part instanceof LineString l) {
                lines.add(l);
            }
        }
        for (LineString line : lines) {
            Coordinate[] c = line.getCoordinates();
            path.moveTo(c[0].x, c[0].y);
            for (int k = 1; k < c.length; k++) {
                path.lineTo(c[k].x, c[k].y);
            }
            if (line.isClosed() && g.getDimension() == 2) {
                path.closePath();
            }
        }
        return path;
    }
}
