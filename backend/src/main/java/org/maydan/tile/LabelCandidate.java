package org.maydan.tile;

/**
 * A name the base map may show, if it has room: where (zoom-0 world pixels), in both languages,
 * what kind of place, and the zooms that show it.
 *
 * @param x zoom-0 world x
 * @param y zoom-0 world y
 * @param nameEn the English (Latin script) name
 * @param nameAr the Arabic name
 * @param kind what it names, which sets its style and place in the queue
 * @param minZoom first zoom that shows it
 * @param maxZoom last zoom that shows it
 * @param weight among labels of a kind, larger first (population, area)
 */
record LabelCandidate(double x, double y, String nameEn, String nameAr, LabelKind kind, int minZoom, int maxZoom,
        double weight) {

    /** Whether a view at this zoom may show it. */
    boolean shownAt(int zoom) {
        return zoom >= minZoom && zoom <= maxZoom;
    }
}
