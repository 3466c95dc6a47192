package org.maydan.tile;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.maydan.event.EventFilter;
import org.maydan.event.SubEventType;
import org.maydan.event.TimeWindow;

/**
 * What a static map says about itself: a caption (what, which dates, which types, how many
 * events), a legend of the types shown with their counts, a scale bar and the attribution. Boxes
 * sit in the corners, mirrored for Arabic: caption top-left and legend bottom-left in English,
 * top-right and bottom-right in Arabic.
 */
final class MapFrame {

    static final double MARGIN_PX = 10;
    static final double PADDING_PX = 8;
    static final double LINE_PX = 17;
    static final double SWATCH_RADIUS_PX = 5;
    /** The scale bar is the longest round distance that fits this many pixels. */
    static final double SCALE_BAR_MAX_PX = 120;
    private static final Color PANEL = new Color(255, 255, 255, 225);
    private static final Color PANEL_EDGE = new Color(0xc9c3cc);
    private static final Color INK = new Color(0x2b2830);
    private static final Color MUTED = new Color(0x6b6570);
    private static final Font TITLE = MapFonts.BOLD.deriveFont(13f);
    private static final Font TEXT = MapFonts.REGULAR.deriveFont(11.5f);
    private static final Font SMALL = MapFonts.REGULAR.deriveFont(9.5f);
    private static final double[] NICE = {1, 2, 5};
    private static final char LEFT_TO_RIGHT_MARK = '\u200E';

    private final MapView view;
    private final StaticMapRequest request;
    private final Lang lang;

    MapFrame(MapView view, StaticMapRequest request) {
        this.view = view;
        this.request = request;
        this.lang = request.lang();
    }

    void paint(Graphics2D g, List<EventCell> shown) {
        Map<SubEventType, Long> counts = new EnumMap<>(SubEventType.class);
        shown.forEach(c -> counts.merge(c.type(), c.count(), Long::sum));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        caption(g, total);
        legend(g, counts);
        scaleBar(g);
        attribution(g);
    }

    private void caption(Graphics2D g, long total) {
        boolean ar = lang == Lang.AR;
        List<TextLayout> lines = new ArrayList<>();
        lines.add(layout(ar ? "ميدان: أحداث النزاع في سوريا" : "Maydan: conflict events in Syria", TITLE));
        lines.add(layout(dates(request.filter().window()), TEXT));
        lines.add(layout(types(request.filter()), TEXT));
        lines.add(layout(ar ? "عدد الأحداث في الخريطة: " + total : total + " events on this map", TEXT));
        panel(g, lines, null, ar ? Corner.TOP_RIGHT : Corner.TOP_LEFT);
    }

    private void legend(Graphics2D g, Map<SubEventType, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        List<TextLayout> lines = new ArrayList<>();
        List<Color> swatches = new ArrayList<>();
        for (EventStyle style : EventStyle.values()) {
            Long n = counts.get(style.type());
            if (n != null) {
                lines.add(layout(style.label(lang) + "  " + n, TEXT));
                swatches.add(style.colour());
            }
        }
        panel(g, lines, swatches, lang == Lang.AR ? Corner.BOTTOM_RIGHT : Corner.BOTTOM_LEFT);
    }

    private enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

    /** A rounded white box of lines in a corner, each line after a colour swatch when given. */
    private void panel(Graphics2D g, List<TextLayout> lines, List<Color> swatches, Corner corner) {
        double indent = swatches == null ? 0 : 2 * SWATCH_RADIUS_PX + 6;
        double width = lines.stream().mapToDouble(TextLayout::getAdvance).max().orElse(0) + indent + 2 * PADDING_PX;
        double height = lines.size() * LINE_PX + 2 * PADDING_PX - 3;
        boolean right = corner == Corner.TOP_RIGHT || corner == Corner.BOTTOM_RIGHT;
        boolean bottom = corner == Corner.BOTTOM_LEFT || corner == Corner.BOTTOM_RIGHT;
        double x = right ? view.width() - MARGIN_PX - width : MARGIN_PX;
        double y = bottom ? view.height() - MARGIN_PX - height - LINE_PX : MARGIN_PX;
        RoundRectangle2D box = new RoundRectangle2D.Double(x, y, width, height, 8, 8);
        g.setColor(PANEL);
        g.fill(box);
        g.setColor(PANEL_EDGE);
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        for (int i = 0; i < lines.size(); i++) {
            TextLayout line = lines.get(i);
            double baseline = y + PADDING_PX + (i + 1) * LINE_PX - 5;
            // Arabic lines are right-aligned, swatch on the right; English left-aligned, swatch left.
            double textX = right ? x + width - PADDING_PX - indent - line.getAdvance() : x + PADDING_PX + indent;
            if (swatches != null) {
                double cx = right ? x + width - PADDING_PX - SWATCH_RADIUS_PX : x + PADDING_PX + SWATCH_RADIUS_PX;
                g.setColor(swatches.get(i));
                g.fill(new Ellipse2D.Double(cx - SWATCH_RADIUS_PX, baseline - 4 - SWATCH_RADIUS_PX,
                        2 * SWATCH_RADIUS_PX, 2 * SWATCH_RADIUS_PX));
            }
            g.setColor(i == 0 && swatches == null ? INK : swatches == null ? MUTED : INK);
            line.draw(g, (float) textX, (float) baseline);
        }
    }

    private void scaleBar(Graphics2D g) {
        double metresPerPx = WebMercator.metresPerPixel(view.centre()[1], view.zoom());
        double metres = niceBelow(metresPerPx * SCALE_BAR_MAX_PX);
        double length = metres / metresPerPx;
        String text = metres >= 1000 ? (long) (metres / 1000) + (lang == Lang.AR ? " كم" : " km")
                : (long) metres + (lang == Lang.AR ? " م" : " m");
        double x = lang == Lang.AR ? MARGIN_PX + 4 : view.width() - MARGIN_PX - length - 4;
        double y = view.height() - MARGIN_PX - LINE_PX - 6;
        TextLayout label = layout(text, TEXT);
        g.setColor(PANEL);
        g.fill(new Rectangle2D.Double(x - 4, y - 16, Math.max(length, label.getAdvance()) + 8, 22));
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new java.awt.geom.Line2D.Double(x, y, x + length, y));
        g.draw(new java.awt.geom.Line2D.Double(x, y - 5, x, y + 1));
        g.draw(new java.awt.geom.Line2D.Double(x + length, y - 5, x + length, y + 1));
        label.draw(g, (float) (x + (length - label.getAdvance()) / 2), (float) (y - 4));
    }

    /** The largest 1, 2 or 5 times a power of ten not above {@code limit}. */
    static double niceBelow(double limit) {
        double power = Math.pow(10, Math.floor(Math.log10(limit)));
        double best = power;
        for (double n : NICE) {
            if (n * power <= limit) {
                best = n * power;
            }
        }
        return best;
    }

    private void attribution(Graphics2D g) {
        TextLayout text = layout(TileJson.EVENTS_ATTRIBUTION + ". " + TileJson.BASE_ATTRIBUTION, SMALL);
        double x = view.width() - text.getAdvance() - 4;
        double y = view.height() - 4;
        g.setColor(PANEL);
        g.fill(new Rectangle2D.Double(x - 4, y - 11, text.getAdvance() + 8, 15));
        g.setColor(MUTED);
        text.draw(g, (float) x, (float) y);
    }

    private String dates(TimeWindow w) {
        boolean ar = lang == Lang.AR;
        if (w.start() == null && w.end() == null) {
            return ar ? "كل التواريخ" : "All dates";
        }
        if (w.start() == null) {
            return (ar ? "حتى " : "Until ") + date(w.end());
        }
        if (w.end() == null) {
            return (ar ? "منذ " : "Since ") + date(w.start());
        }
        return ar ? "من " + date(w.start()) + " إلى " + date(w.end()) : w.start() + " to " + w.end();
    }

    /**
     * An ISO date that stays 2019-05-01 inside Arabic text: after an Arabic letter the bidi
     * algorithm makes its digits Arabic numbers, which a hyphen does not join, so the parts would
     * come out reversed; a left-to-right mark before it keeps the date one left-to-right run.
     */
    private static String date(@Nullable LocalDate day) {
        return LEFT_TO_RIGHT_MARK + String.valueOf(day);
    }

    private String types(EventFilter filter) {
        boolean ar = lang == Lang.AR;
        if (filter.types().types().isEmpty()) {
            return ar ? "كل أنواع الأحداث" : "All event types";
        }
        List<String> names = new ArrayList<>();
        for (EventStyle style : EventStyle.values()) {
            if (filter.types().accepts(style.type())) {
                names.add(style.label(lang));
            }
        }
        return (ar ? "الأنواع: " : "Types: ") + String.join(ar ? "، " : ", ", names);
    }

    private static TextLayout layout(String text, Font font) {
        return new TextLayout(text, font, LabelPlacer.FRC);
    }
}
