package org.maydan.tile;

import com.pngencoder.PngEncoder;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * An image to draw a view on: device pixels {@code scale} times the view's CSS pixels, Java2D set
 * for antialiased shapes and text with fractional metrics, and PNG encoding (pngencoder at a
 * middle compression level: about twice as fast as ImageIO for a tile).
 */
final class Canvas implements AutoCloseable {

    /** pngencoder's level 4: most of level 9's size at a fraction of its time. */
    static final int PNG_COMPRESSION = 4;
    /** Images above this many pixels (a 512-pixel @2x tile) are compressed on several threads. */
    static final long PARALLEL_PNG_PIXELS = 512L * 512;

    private final BufferedImage image;
    private final Graphics2D graphics;

    /** An opaque canvas, or a transparent one for overlays. */
    Canvas(MapView view, boolean transparent) {
        image = new BufferedImage(view.width() * view.scale(), view.height() * view.scale(),
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.scale(view.scale(), view.scale());
    }

    Graphics2D graphics() {
        return graphics;
    }

    BufferedImage image() {
        return image;
    }

    /**
     * The image as PNG bytes. Tiles are compressed on the calling thread (requests already run in
     * parallel; splitting a 256-pixel tile costs more than it saves); larger images in parallel.
     */
    byte[] png() {
        boolean large = (long) image.getWidth() * image.getHeight() > PARALLEL_PNG_PIXELS;
        return new PngEncoder().withBufferedImage(image).withCompressionLevel(PNG_COMPRESSION)
                .withMultiThreadedCompressionEnabled(large).toBytes();
    }

    @Override
    public void close() {
        graphics.dispose();
    }
}
