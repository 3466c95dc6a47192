/**
 * Maps as images and tiles: event tiles (PNG and Mapbox Vector Tiles) under the filters of
 * {@code /api/events}, an offline base map (GSHHG, Natural Earth and OCHA data shipped in the jar,
 * gazetteer place labels in Arabic or English), TileJSON, a static map for reports, a bounded tile
 * cache invalidated by the store's change version, and {@code bench-tiles}.
 */
@NullMarked
package org.maydan.tile;

import org.jspecify.annotations.NullMarked;
