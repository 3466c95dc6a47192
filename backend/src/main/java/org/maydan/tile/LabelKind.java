package org.maydan.tile;

import java.awt.Color;
import java.awt.Font;

/**
 * What a base-map label names, and how it looks: size, weight, colour, whether it marks a point
 * with a dot. Placement takes kinds in this order, so a country's name wins over a governorate's
 * and a city's over a village's where they would collide.
 */
enum LabelKind {
    COUNTRY(MapFonts.CONDENSED_BOLD, 15f, new Color(0x857a8c), false),
    MAJOR_CITY(MapFonts.CONDENSED_BOLD, 14f, new Color(0x2e2a33), true),
    CITY(MapFonts.CONDENSED_BOLD, 13f, new Color(0x36323b), true),
    GOVERNORATE(MapFonts.CONDENSED, 12.5f, new Color(0x9d8f9e), false),
    TOWN(MapFonts.CONDENSED, 12f, new Color(0x3d3942), true),
    VILLAGE(MapFonts.CONDENSED, 11f, new Color(0x55505a), true),
    NEIGHBOURHOOD(MapFonts.CONDENSED, 10.5f, new Color(0x6f6a74), false);

    private final Font font;
    private final Color colour;
    private final boolean dot;

    LabelKind(Font base, float size, Color colour, boolean dot) {
        this.font = base.deriveFont(size);
        this.colour = colour;
        this.dot = dot;
    }

    Font font() {
        return font;
    }

    Color colour() {
        return colour;
    }

    /** Whether the label names a point, marked with a dot beside the text. */
    boolean dot() {
        return dot;
    }
}
