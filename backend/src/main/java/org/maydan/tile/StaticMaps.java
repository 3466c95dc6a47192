package org.maydan.tile;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.maydan.system.RequestRefusedException;
import org.springframework.http.HttpStatus;

/**
 * Renders static maps for reports: the base map, the events under the filter, a legend, a scale
 * bar, a caption with the dates and filters, and the attribution. Bounded: the image is at most
 * {@code staticMapMaxSide} pixels a side (64 MB of pixels at 4096), at most
 * {@code staticMapConcurrency} render at once (others wait up to {@code staticMapWait}, then get
 * 503), the events arrive binned (a few thousand cells whatever the count) and every SQL statement
 * has the application's timeout.
 */
class StaticMaps {

    /** A static map zooms no closer than this, however small its box. */
    static final double MAX_ZOOM = 16;

    private final TileStore store;
    private final BaseMapPainter base;
    private final Semaphore renderers;
    private final TileProperties properties;

    StaticMaps(TileStore store, BaseMapPainter base, TileProperties properties) {
        this.store = store;
        this.base = base;
        this.properties = properties;
        this.renderers = new Semaphore(properties.staticMapConcurrency(), true);
    }

    byte[] render(StaticMapRequest request) {
        boolean acquired;
        try {
            acquired = renderers.tryAcquire(properties.staticMapWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new RequestRefusedException(HttpStatus.SERVICE_UNAVAILABLE, RequestRefusedException.UNAVAILABLE,
                    "Busy", "all static-map renderers are busy; try again shortly");
        }
        try {
            return draw(request);
        } finally {
            renderers.release();
        }
    }

    private byte[] draw(StaticMapRequest request) {
        MapView view = MapView.fitting(request.box(), request.width(), request.height(), request.scale(), MAX_ZOOM);
        List<EventCell> cells = store.cells(new CellQuery(view.lonLatBounds(EventPainter.CELL_PX), view.zoom(),
                EventPainter.CELL_PX, request.filter()));
        try (Canvas canvas = new Canvas(view, false)) {
            base.paintView(canvas.graphics(), view, request.lang());
            EventPainter.paint(canvas.graphics(), EventPainter.symbols(cells, view));
            new MapFrame(view, request).paint(canvas.graphics(), visible(cells, view));
            return canvas.png();
        }
    }

    /** The cells whose point lies inside the image, for the legend's counts. */
    private static List<EventCell> visible(List<EventCell> cells, MapView view) {
        return cells.stream().filter(c -> {
            double x = view.px(c.lon());
            double y = view.py(c.lat());
            return x >= 0 && y >= 0 && x < view.width() && y < view.height();
        }).toList();
    }
}
