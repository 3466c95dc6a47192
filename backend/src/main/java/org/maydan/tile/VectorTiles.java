package org.maydan.tile;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.maydan.event.EventFilter;

/**
 * The events layer of a vector tile encoded in Java (io.github.sebasbaumh mapbox-vector-tile-java),
 * for stores without {@code ST_AsMVT}: the same cells, points, buffer and attributes as
 * {@link TileSql#vectorTile}, so a client cannot tell the stores apart.
 */
final class VectorTiles {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final MvtLayerParams PARAMS = new MvtLayerParams(TileStore.EXTENT);
    private static final double UNITS_PER_PX = (double) TileStore.EXTENT / WebMercator.TILE_SIZE;

    private VectorTiles() {
    }

    /** The cells a vector tile shows: the tile and its buffer, on the vector grid. */
    static CellQuery query(TileKey tile, EventFilter filter) {
        MapView view = MapView.of(tile, 1);
        return new CellQuery(view.lonLatBounds(TileStore.BUFFER / UNITS_PER_PX), tile.z(), TileStore.VECTOR_CELL_PX,
                filter);
    }

    /** The parameters of {@link TileSql#vectorTile}: those of its cells and the tile. */
    static Map<String, Object> parameters(TileKey tile, EventFilter filter) {
        CellQuery cells = query(tile, filter);
        Map<String, Object> params = TileSql.parameters(filter, cells.area(), cells.worldPx() / cells.cellPx());
        params.put("z", tile.z());
        params.put("x", tile.x());
        params.put("y", tile.y());
        return params;
    }

    /** The cells as a vector tile; cells whose point falls outside the buffer are left out. */
    static byte[] encode(TileKey tile, List<EventCell> cells) {
        MapView view = MapView.of(tile, 1);
        List<Geometry> points = new ArrayList<>();
        for (EventCell cell : cells) {
            long x = Math.round(view.px(cell.lon()) * UNITS_PER_PX);
            long y = Math.round(view.py(cell.lat()) * UNITS_PER_PX);
            if (x < -TileStore.BUFFER || y < -TileStore.BUFFER || x > TileStore.EXTENT + TileStore.BUFFER
                    || y > TileStore.EXTENT + TileStore.BUFFER) {
                continue;
            }
            Point point = GEOMETRY.createPoint(new Coordinate(x, y));
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("sub_event_type", cell.type().label());
            attributes.put("count", cell.count());
            attributes.put("fatalities", cell.fatalities());
            if (cell.id() != null) {
                attributes.put("id", cell.id());
                attributes.put("event_date", String.valueOf(cell.eventDate()));
            }
            point.setUserData(attributes);
            points.add(point);
        }
        JtsLayer layer = new JtsLayer(TileStore.LAYER, points, TileStore.EXTENT);
        return MvtEncoder.encode(new JtsMvt(layer), PARAMS, new UserDataKeyValueMapConverter());
    }
}
