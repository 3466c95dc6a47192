package org.maydan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTable;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import org.jspecify.annotations.Nullable;

/**
 * An OGC GeoPackage with one point feature table, {@value #TABLE}, in EPSG:4326, holding every
 * {@link ExportColumn}, written with NGA's GeoPackage library. SQLite needs a file, so the
 * package is built in a temporary file, copied to the stream and deleted, also on failure.
 * Rows are inserted in batches of {@value #ROWS_PER_TRANSACTION} per transaction; the contents
 * extent is set from the rows written and an R-tree spatial index is added so desktop GIS opens
 * large exports quickly.
 */
public final class GeoPackageExportWriter implements ExportWriter {

    /** The feature table name. */
    public static final String TABLE = "events";
    static final String GEOMETRY_COLUMN = "geom";
    static final long WGS84 = 4326;
    static final String TEMP_PREFIX = "maydan-export";
    private static final int ROWS_PER_TRANSACTION = 10_000;

    @Override
    public void write(Iterator<ExportEvent> events, OutputStream out) throws IOException {
        Path dir = Files.createTempDirectory(TEMP_PREFIX);
        Path file = dir.resolve("events.gpkg");
        try {
            GeoPackageManager.create(file.toFile());
            try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile())) {
                fill(geoPackage, events);
            } catch (SQLException e) {
                throw new IOException("could not write GeoPackage: " + e.getMessage(), e);
            }
            Files.copy(file, out);
            out.flush();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve("events.gpkg-journal"));
            Files.deleteIfExists(dir);
        }
    }

    private static void fill(GeoPackage geoPackage, Iterator<ExportEvent> events) throws SQLException {
        SpatialReferenceSystem srs = geoPackage.getSpatialReferenceSystemDao().getOrCreateFromEpsg(WGS84);
        geoPackage.createGeometryColumnsTable();
        GeometryColumns geometryColumns = new GeometryColumns();
        geometryColumns.setId(new TableColumnKey(TABLE, GEOMETRY_COLUMN));
        geometryColumns.setGeometryType(GeometryType.POINT);
        geometryColumns.setZ((byte) 0);
        geometryColumns.setM((byte) 0);
        geometryColumns.setSrs(srs);
        FeatureTable table = geoPackage.createFeatureTable(
                FeatureTableMetadata.create(geometryColumns, columns()));
        FeatureDao dao = geoPackage.getFeatureDao(table);

        Extent extent = new Extent();
        int inTransaction = 0;
        geoPackage.beginTransaction();
        try {
            while (events.hasNext()) {
                ExportEvent event = events.next();
                dao.insert(row(dao, srs, event));
                extent.add(event.longitude(), event.latitude());
                if (++inTransaction == ROWS_PER_TRANSACTION) {
                    geoPackage.endAndBeginTransaction();
                    inTransaction = 0;
                }
            }
            geoPackage.endTransaction();
        } catch (RuntimeException e) {
            geoPackage.failTransaction();
            throw e;
        }
        if (extent.box != null) {
            Contents contents = dao.getContents();
            contents.setBoundingBox(extent.box);
            geoPackage.getContentsDao().update(contents);
        }
        new RTreeIndexExtension(geoPackage).create(table);
    }

    private static List<FeatureColumn> columns() {
        List<FeatureColumn> columns = new ArrayList<>();
        for (ExportColumn column : ExportColumn.ALL) {
            columns.add(FeatureColumn.createColumn(column.header(), dataType(column.kind())));
        }
        return columns;
    }

    private static GeoPackageDataType dataType(ExportColumn.Kind kind) {
        return switch (kind) {
            case TEXT -> GeoPackageDataType.TEXT;
            case INTEGER -> GeoPackageDataType.INTEGER;
            case REAL -> GeoPackageDataType.DOUBLE;
            case DATE -> GeoPackageDataType.DATE;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
        };
    }

    private static FeatureRow row(FeatureDao dao, SpatialReferenceSystem srs, ExportEvent event) {
        FeatureRow row = dao.newRow();
        GeoPackageGeometryData geometry = GeoPackageGeometryData.create(srs.getSrsId());
        geometry.setGeometry(new Point(event.longitude(), event.latitude()));
        row.setGeometry(geometry);
        for (ExportColumn column : ExportColumn.ALL) {
            @Nullable Object value = column.valueOf(event);
            row.setValue(column.header(), storable(value));
        }
        return row;
    }

    /** NGA stores INTEGER columns from {@code Long} and DATE columns from ISO-8601 text. */
    private static @Nullable Object storable(@Nullable Object value) {
        if (value instanceof Integer i) {
            return Long.valueOf(i);
        }
        return value instanceof LocalDate date ? date.toString() : value;
    }

    /** The running bounding box of the rows written. */
    private static final class Extent {
        private @Nullable BoundingBox box;

        void add(double lon, double lat) {
            if (box == null) {
                box = new BoundingBox(lon, lat, lon, lat);
            } else {
                box = new BoundingBox(Math.min(box.getMinLongitude(), lon), Math.min(box.getMinLatitude(), lat),
                        Math.max(box.getMaxLongitude(), lon), Math.max(box.getMaxLatitude(), lat));
            }
        }
    }
}
