package org.maydan.tile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.maydan.event.EventFilter;
import org.maydan.event.SubEventType;
import org.maydan.system.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link TileStore} over the application's {@code event} and {@code event_place_period} tables
 * with {@link TileSql}: the same
 * binning query on PostGIS and H2GIS; vector tiles from {@code ST_AsMVT} on PostGIS and from
 * {@link VectorTiles} (the same layer and attributes, encoded in Java) on H2, which has no MVT
 * function.
 */
class JdbcTileStore implements TileStore {

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    JdbcTileStore(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventCell> cells(CellQuery query) {
        return jdbc.sql(TileSql.cells(query.filter()))
                .params(TileSql.parameters(query.filter(), query.area(), query.worldPx() / query.cellPx()))
                .query((rs, row) -> cell(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] vectorTile(TileKey tile, EventFilter filter) {
        if (dialect != SqlDialect.POSTGRESQL) {
            return VectorTiles.encode(tile, cells(VectorTiles.query(tile, filter)));
        }
        return jdbc.sql(TileSql.vectorTile(filter))
                .params(VectorTiles.parameters(tile, filter))
                .query((rs, row) -> rs.getBytes(1))
                .single();
    }

    private static EventCell cell(ResultSet rs) throws SQLException {
        long id = rs.getLong("one_id");
        Long single = rs.wasNull() ? null : id;
        return new EventCell(rs.getLong("cx"), rs.getLong("cy"), type(rs.getString("sub_event_type")),
                rs.getLong("n"), rs.getLong("dead"), rs.getDouble("lon"), rs.getDouble("lat"), single,
                single == null ? null : rs.getObject("one_date", LocalDate.class));
    }

    private static SubEventType type(String label) {
        return SubEventType.fromLabel(label)
                .orElseThrow(() -> new IllegalStateException("stored sub_event_type unknown to this version: " + label));
    }
}
