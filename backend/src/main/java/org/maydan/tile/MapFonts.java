package org.maydan.tile;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every map image: DejaVu Sans (regular, bold and condensed), which covers Arabic and
 * Latin in one font, so a label needs no fallback (a font created from a file has none), loaded
 * from the {@code jasperreports-fonts} jar (DejaVu licence, a free Bitstream Vera derivative).
 */
final class MapFonts {

    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";

    static final Font REGULAR = load("DejaVuSans.ttf");
    static final Font BOLD = load("DejaVuSans-Bold.ttf");
    static final Font CONDENSED = load("DejaVuSansCondensed.ttf");
    static final Font CONDENSED_BOLD = load("DejaVuSansCondensed-Bold.ttf");

    private MapFonts() {
    }

    private static Font load(String file) {
        try (InputStream in = MapFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + DIR + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + file, e);
        }
    }
}
