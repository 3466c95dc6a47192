package org.maydan.frontend;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A 256-pixel tile of one pale colour, for tests of which base map the page asks for. */
final class TestTile {

    private static final int SIZE = 256;
    private static final Color LAND = new Color(0xEEE8D5);

    static final byte[] PNG = render();

    private TestTile() {
    }

    private static byte[] render() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(LAND);
        g.fillRect(0, 0, SIZE, SIZE);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
