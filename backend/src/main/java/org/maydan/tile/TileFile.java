package org.maydan.tile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maydan.system.BadRequestException;
import org.maydan.system.NotFoundException;

/**
 * The last path segment of a tile URL: {@code {y}.png}, {@code {y}@2x.png} (512 pixels) or
 * {@code {y}.mvt}.
 *
 * @param y the tile row
 * @param scale device pixels per tile pixel (1 or 2)
 * @param format {@code png} or {@code mvt}
 */
record TileFile(int y, int scale, String format) {

    private static final Pattern NAME = Pattern.compile("(\\d{1,9})(@2x)?\\.(png|mvt)");
    private static final int RETINA = 2;

    static TileFile parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new NotFoundException("no tile named '" + name + "': tiles are {y}.png, {y}@2x.png or {y}.mvt");
        }
        if (m.group(2) != null && m.group(3).equals(TileService.MVT)) {
            throw new BadRequestException(null, "vector tiles have no @2x form: ask for {y}.mvt");
        }
        return new TileFile(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : RETINA, m.group(3));
    }
}
