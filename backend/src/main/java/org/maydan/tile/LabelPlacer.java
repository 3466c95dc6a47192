package org.maydan.tile;

import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy label placement without collisions: candidates in priority order each take the first free
 * position beside their point (right, left, above, below; Arabic tries left first) or, for areas,
 * centred on it; a label that fits nowhere is dropped. Boxes are kept in a hash grid, so placing n
 * labels costs about n lookups. The same placement made once in world pixels for a whole zoom lets
 * neighbouring tiles draw a label that crosses their edge identically.
 */
final class LabelPlacer {

    /** Text is laid out antialiased with fractional metrics: the same at 1x and 2x. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Free space kept around a label's text. */
    static final double PADDING_PX = 3;
    /** Gap between a point's dot and its text. */
    static final double DOT_GAP_PX = 4;
    static final double DOT_RADIUS_PX = 2.2;
    private static final double GRID_PX = 64;

    /** A label with a place: text baseline origin and the dot, in the placement's pixels. */
    record Placed(LabelCandidate candidate, String text, double textX, double textY, double dotX, double dotY,
            Rectangle2D box) {}

    /** Projects a candidate's zoom-0 position to the placement's pixels. */
    interface Projection {
        double x(double worldX);

        double y(double worldY);
    }

    private final Map<Long, List<Rectangle2D>> grid = new HashMap<>();
    private final List<Placed> placed = new ArrayList<>();

    /** Places the candidates shown at {@code zoom}, taken in the given (priority) order. */
    static List<Placed> place(List<LabelCandidate> candidates, int zoom, Lang lang, Projection projection) {
        LabelPlacer placer = new LabelPlacer();
        for (LabelCandidate c : candidates) {
            if (c.shownAt(zoom)) {
                placer.tryPlace(c, lang, projection.x(c.x()), projection.y(c.y()));
            }
        }
        return placer.placed;
    }

    private void tryPlace(LabelCandidate c, Lang lang, double px, double py) {
        String text = lang.pick(c.nameEn(), c.nameAr());
        if (text.isBlank()) {
            return;
        }
        LabelTexts.Laid layout = LabelTexts.of(text, c.kind());
        Rectangle2D ink = layout.ink();
        double w = layout.advance();
        double ascent = layout.ascent();
        double descent = layout.descent();
        Rectangle2D dot = c.kind().dot()
                ? new Rectangle2D.Double(px - DOT_RADIUS_PX, py - DOT_RADIUS_PX, 2 * DOT_RADIUS_PX, 2 * DOT_RADIUS_PX)
                : null;
        double[][] origins;
        if (dot == null) {
            origins = new double[][] {{px - w / 2, py + (ascent - descent) / 2}};
        } else {
            double middle = py + (ascent - descent) / 2;
            double[] right = {px + DOT_RADIUS_PX + DOT_GAP_PX, middle};
            double[] left = {px - DOT_RADIUS_PX - DOT_GAP_PX - w, middle};
            double[] above = {px - w / 2, py - DOT_RADIUS_PX - DOT_GAP_PX - descent};
            double[] below = {px - w / 2, py + DOT_RADIUS_PX + DOT_GAP_PX + ascent};
            origins = lang == Lang.AR ? new double[][] {left, right, above, below}
                    : new double[][] {right, left, above, below};
        }
        for (double[] o : origins) {
            Rectangle2D box = new Rectangle2D.Double(o[0] + Math.min(0, ink.getX()) - PADDING_PX,
                    o[1] - ascent - PADDING_PX, Math.max(w, ink.getWidth()) + 2 * PADDING_PX,
                    ascent + descent + 2 * PADDING_PX);
            if (free(box) && (dot == null || free(dot))) {
                occupy(box);
                if (dot != null) {
                    occupy(dot);
                }
                Rectangle2D all = dot == null ? box : box.createUnion(dot);
                placed.add(new Placed(c, text, o[0], o[1], px, py, all));
                return;
            }
        }
    }

    private boolean free(Rectangle2D box) {
        for (long key : cells(box)) {
            for (Rectangle2D other : grid.getOrDefault(key, List.of())) {
                if (other.intersects(box)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void occupy(Rectangle2D box) {
        for (long key : cells(box)) {
            grid.computeIfAbsent(key, k -> new ArrayList<>()).add(box);
        }
    }

    private static long[] cells(Rectangle2D box) {
        long x0 = (long) Math.floor(box.getMinX() / GRID_PX);
        long x1 = (long) Math.floor(box.getMaxX() / GRID_PX);
        long y0 = (long) Math.floor(box.getMinY() / GRID_PX);
        long y1 = (long) Math.floor(box.getMaxY() / GRID_PX);
        long[] keys = new long[(int) ((x1 - x0 + 1) * (y1 - y0 + 1))];
        int i = 0;
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                keys[i++] = x * 0x1_0000_0000L + y;
            }
        }
        return keys;
    }
}
