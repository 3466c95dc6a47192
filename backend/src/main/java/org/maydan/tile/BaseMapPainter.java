package org.maydan.tile;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;

/**
 * Paints the base map of a view: sea, land, Syria a shade lighter, lakes, rivers, district,
 * governorate and national boundaries, then the labels. A muted, light palette (in the spirit of
 * CARTO's Positron) so that coloured event symbols stand out on it.
 */
final class BaseMapPainter {

    static final Color WATER = new Color(0xcfdce6);
    static final Color LAND = new Color(0xefede8);
    static final Color SYRIA = new Color(0xfbfaf7);
    static final Color RIVER = new Color(0xa9c2d6);
    static final Color BORDER = new Color(0x8f8396);
    static final Color BORDER_CASING = new Color(0xe4dde6);
    static final Color GOVERNORATE_LINE = new Color(0xb5a9b8);
    static final Color DISTRICT_LINE = new Color(0xd7d0d9);
    /** Rivers of rank 1 (major) to 4 (minor) show from these zooms. */
    static final int[] RIVER_MIN_ZOOM = {5, 7, 9, 11};
    static final int GOVERNORATE_MIN_ZOOM = 5;
    static final int DISTRICT_MIN_ZOOM = 8;
    /** Lines reach this far beyond a tile so their round caps and joins are not cut. */
    static final double LINE_BUFFER_PX = 4;
    /** Labels placed for the whole zoom reach at most this far into a neighbouring tile. */
    static final double LABEL_BUFFER_PX = 128;
    private static final float[] GOVERNORATE_DASH = {5f, 3f};

    private final BaseLayers layers;
    private final PlaceLabels labels;

    BaseMapPainter(BaseLayers layers, PlaceLabels labels) {
        this.layers = layers;
        this.labels = labels;
    }

    /** Paints a tile's view (labels from the placement of the whole zoom). */
    void paintTile(Graphics2D g, MapView view, Lang lang) {
        paintGeography(g, view);
        labels.drawTile(g, view, lang, LABEL_BUFFER_PX);
    }

    /** Paints any view (labels placed for it alone). */
    void paintView(Graphics2D g, MapView view, Lang lang) {
        paintGeography(g, view);
        labels.drawView(g, view, lang);
    }

    private void paintGeography(Graphics2D g, MapView view) {
        double zoom = view.zoom();
        g.setColor(WATER);
        g.fillRect(0, 0, view.width(), view.height());
        fill(g, view, BaseMapData.Layer.LAND, LAND);
        fill(g, view, BaseMapData.Layer.SYRIA, SYRIA);
        for (BaseLayers.Piece river : layers.pieces(BaseMapData.Layer.RIVER, view, LINE_BUFFER_PX)) {
            int rank = river.feature().properties().path("rank").asInt(1);
            if (zoom >= RIVER_MIN_ZOOM[Math.min(rank, RIVER_MIN_ZOOM.length) - 1]) {
                float width = (float) Math.max(0.6, (zoom - 4) * 0.35 - (rank - 1) * 0.4);
                stroke(g, river, view, RIVER, round(Math.min(width, 3f)));
            }
        }
        if (zoom >= DISTRICT_MIN_ZOOM) {
            for (BaseLayers.Piece line : layers.pieces(BaseMapData.Layer.ADMIN2, view, LINE_BUFFER_PX)) {
                stroke(g, line, view, DISTRICT_LINE, round(zoom >= 10 ? 1f : 0.7f));
            }
        }
        if (zoom >= GOVERNORATE_MIN_ZOOM) {
            Stroke dashed = new BasicStroke(zoom >= 8 ? 1.3f : 0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    GOVERNORATE_DASH, 0f);
            for (BaseLayers.Piece line : layers.pieces(BaseMapData.Layer.ADMIN1, view, LINE_BUFFER_PX)) {
                stroke(g, line, view, GOVERNORATE_LINE, dashed);
            }
        }
        float border = (float) Math.max(0.8, Math.min(2.2, 0.8 + (zoom - 4) * 0.25));
        for (BaseLayers.Piece line : layers.pieces(BaseMapData.Layer.BORDER, view, LINE_BUFFER_PX)) {
            if (zoom >= 6) {
                stroke(g, line, view, BORDER_CASING, round(border * 3));
            }
            stroke(g, line, view, BORDER, round(border));
        }
    }

    private void fill(Graphics2D g, MapView view, BaseMapData.Layer layer, Color colour) {
        g.setColor(colour);
        for (BaseLayers.Piece piece : layers.pieces(layer, view, 0)) {
            g.fill(piece.in(view));
        }
    }

    private static void stroke(Graphics2D g, BaseLayers.Piece piece, MapView view, Color colour, Stroke stroke) {
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(piece.in(view));
    }

    private static Stroke round(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
