package org.maydan.tile;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maydan.event.SubEventType;

/**
 * Draws aggregated events as the web map shows them: a single event is a dot in its type's colour,
 * larger the more people were killed; several events in a grid cell are a ring whose arcs show the
 * mix of types, larger the more events, with the count inside. Symbols are drawn at the cells' mean
 * positions, largest first, and never exceed {@link #MAX_RADIUS_PX}, less than a cell, so a tile
 * that also reads the ring of cells around it draws every symbol that reaches into it.
 */
final class EventPainter {

    /** Grid cell of PNG tiles and static maps, in CSS pixels. */
    static final double CELL_PX = 32;
    static final double SINGLE_RADIUS_PX = 5;
    static final double MAX_SINGLE_RADIUS_PX = 13;
    static final double RING_RADIUS_PX = 9;
    static final double MAX_RADIUS_PX = 22;
    /** Fatalities above this all draw the largest dot. */
    static final int FATALITIES_CAP = 100;
    private static final double RING_WIDTH_FRACTION = 0.42;
    private static final Color OUTLINE = new Color(255, 255, 255, 230);
    private static final Color RING_CENTRE = new Color(255, 255, 255, 235);
    private static final Color COUNT = new Color(0x2b2830);
    private static final BasicStroke OUTLINE_STROKE = new BasicStroke(1.4f);
    private static final Font COUNT_FONT = MapFonts.CONDENSED_BOLD.deriveFont(10.5f);
    private static final double FULL_CIRCLE = 360;

    /** One symbol: the events of a cell, all types. */
    record Symbol(double x, double y, long count, long fatalities, Map<SubEventType, Long> byType) {}

    /** Merges the types of each cell into one symbol placed in the view. */
    static List<Symbol> symbols(List<EventCell> cells, MapView view) {
        Map<Long, List<EventCell>> byCell = new LinkedHashMap<>();
        for (EventCell c : cells) {
            byCell.computeIfAbsent(c.column() * 0x1_0000_0000L + c.row(), k -> new ArrayList<>()).add(c);
        }
        List<Symbol> symbols = new ArrayList<>();
        for (List<EventCell> group : byCell.values()) {
            long count = 0;
            long dead = 0;
            double lon = 0;
            double lat = 0;
            Map<SubEventType, Long> byType = new EnumMap<>(SubEventType.class);
            for (EventCell c : group) {
                count += c.count();
                dead += c.fatalities();
                lon += c.lon() * c.count();
                lat += c.lat() * c.count();
                byType.merge(c.type(), c.count(), Long::sum);
            }
            symbols.add(new Symbol(view.px(lon / count), view.py(lat / count), count, dead, byType));
        }
        symbols.sort(Comparator.comparingDouble(EventPainter::radius).reversed());
        return symbols;
    }

    static double radius(Symbol s) {
        if (s.count() == 1) {
            double grow = Math.sqrt(Math.min(s.fatalities(), FATALITIES_CAP)) * 0.8;
            return Math.min(MAX_SINGLE_RADIUS_PX, SINGLE_RADIUS_PX + grow);
        }
        return Math.min(MAX_RADIUS_PX, RING_RADIUS_PX + 2.6 * Math.log10(s.count()));
    }

    static void paint(Graphics2D g, List<Symbol> symbols) {
        for (Symbol s : symbols) {
            double r = radius(s);
            Shape disc = new Ellipse2D.Double(s.x() - r, s.y() - r, 2 * r, 2 * r);
            if (s.count() == 1) {
                g.setColor(EventStyle.of(s.byType().keySet().iterator().next()).colour());
                g.fill(disc);
                g.setColor(OUTLINE);
                g.setStroke(OUTLINE_STROKE);
                g.draw(disc);
                continue;
            }
            double start = 90;
            for (Map.Entry<SubEventType, Long> part : sorted(s.byType())) {
                double extent = -FULL_CIRCLE * part.getValue() / s.count();
                g.setColor(EventStyle.of(part.getKey()).colour());
                g.fill(new Arc2D.Double(s.x() - r, s.y() - r, 2 * r, 2 * r, start, extent, Arc2D.PIE));
                start += extent;
            }
            double inner = r * (1 - RING_WIDTH_FRACTION);
            g.setColor(RING_CENTRE);
            g.fill(new Ellipse2D.Double(s.x() - inner, s.y() - inner, 2 * inner, 2 * inner));
            g.setColor(OUTLINE);
            g.setStroke(OUTLINE_STROKE);
            g.draw(disc);
            // Digits need no shaping: drawString reuses the glyph cache, many times faster than a TextLayout.
            String text = count(s.count());
            g.setFont(COUNT_FONT);
            g.setColor(COUNT);
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(text, (float) (s.x() - metrics.stringWidth(text) / 2.0),
                    (float) (s.y() + (metrics.getAscent() - metrics.getDescent()) / 2.0));
        }
    }

    private static List<Map.Entry<SubEventType, Long>> sorted(Map<SubEventType, Long> byType) {
        List<Map.Entry<SubEventType, Long>> parts = new ArrayList<>(byType.entrySet());
        parts.sort(Map.Entry.<SubEventType, Long>comparingByValue().reversed());
        return parts;
    }

    /** Counts as the web map's clusters show them: 1234 as 1.2k, 56789 as 57k. */
    static String count(long n) {
        if (n < 1000) {
            return Long.toString(n);
        }
        if (n < 10_000) {
            return String.format(java.util.Locale.ROOT, "%.1fk", n / 1000.0);
        }
        if (n < 1_000_000) {
            return (n / 1000) + "k";
        }
        return String.format(java.util.Locale.ROOT, "%.1fM", n / 1e6);
    }
}
