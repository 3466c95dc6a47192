package org.maydan.tile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;

/**
 * Laid-out label texts, shaped once (Arabic joining and right-to-left order by {@link TextLayout})
 * and kept: the same names are placed and drawn on tile after tile, and shaping costs far more than
 * drawing an outline. Bounded by entries (an outline is a few KB).
 */
final class LabelTexts {

    /** About the names of two languages at the zooms in use; a few tens of MB at most. */
    static final int MAX_TEXTS = 8_192;

    /** A text laid out in a kind's font: its outline at the origin and its metrics. */
    record Laid(Shape outline, double advance, double ascent, double descent, Rectangle2D ink) {}

    private record Key(String text, LabelKind kind) {}

    private static final Cache<Key, Laid> TEXTS = Caffeine.newBuilder().maximumSize(MAX_TEXTS).build();

    private LabelTexts() {
    }

    static Laid of(String text, LabelKind kind) {
        return TEXTS.get(new Key(text, kind), k -> {
            TextLayout layout = new TextLayout(k.text(), k.kind().font(), LabelPlacer.FRC);
            return new Laid(layout.getOutline(null), layout.getAdvance(), layout.getAscent(), layout.getDescent(),
                    layout.getBounds());
        });
    }
}
