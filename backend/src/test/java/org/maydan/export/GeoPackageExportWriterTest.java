package org.maydan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.sf.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoPackageExportWriterTest {

    private static final double DEGREES = 1e-9;

    @TempDir
    Path dir;

    /** Writes the export and reads every row back with NGA's reader. */
    private List<FeatureRow> exportAndRead(List<ExportEvent> events) throws IOException {
        Path file = write(events);
        List<FeatureRow> rows = new ArrayList<>();
        try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile())) {
            FeatureDao dao = geoPackage.getFeatureDao(GeoPackageExportWriter.TABLE);
            assertThat(dao.getSrsId()).isEqualTo(GeoPackageExportWriter.WGS84);
            FeatureResultSet result = dao.queryForAll();
            try {
                while (result.moveToNext()) {
                    rows.add(result.getRow());
                }
            } finally {
                result.close();
            }
        }
        return rows;
    }

    private Path write(List<ExportEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoPackageExportWriter().write(events.iterator(), out);
        Path file = dir.resolve("export.gpkg");
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void holdsOnePointFeaturePerEventInEpsg4326() throws IOException {
        List<FeatureRow> rows = exportAndRead(ExportEvents.mixed());

        assertThat(rows).hasSize(3);
        Point point = (Point) rows.get(0).getGeometryValue();
        assertThat(point.getX()).isCloseTo(36.4906, within(DEGREES));
        assertThat(point.getY()).isCloseTo(35.4389, within(DEGREES));
    }

    @Test
    void columnsAreTheExportColumnsAndArabicAndHostileTextRoundTrip() throws IOException {
        List<FeatureRow> rows = exportAndRead(ExportEvents.mixed());

        FeatureRow first = rows.get(0);
        assertThat(first.getColumnNames()).contains(
                ExportColumn.ALL.stream().map(ExportColumn::header).toArray(String[]::new));
        assertThat(first.getValue("location_ar")).isEqualTo("كفر نبودة");
        assertThat(first.getValue("notes")).isEqualTo(ExportEvents.ARABIC_NOTES);
        assertThat(((Number) first.getValue("fatalities")).intValue()).isEqualTo(2);
        assertThat(first.getValue("event_id_cnty")).isEqualTo("SYR-MAYDAN-1");
        FeatureRow hostile = rows.get(1);
        assertThat(hostile.getValue("notes")).isEqualTo(ExportEvents.HOSTILE_NOTES);
        assertThat(hostile.getValue("location")).isEqualTo("@Kabani, \"the hill\"");
        assertThat(rows.get(2).getValue("admin1")).isNull();
    }

    @Test
    void isAValidGeoPackageWithItsExtentAndSpatialIndex() throws IOException, SQLException {
        Path file = write(ExportEvents.mixed());

        try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile())) {
            assertThat(geoPackage.getFeatureTables()).containsExactly(GeoPackageExportWriter.TABLE);
            assertThat(geoPackage.quickCheck()).as("NGA returns no result set when SQLite finds no fault").isNull();
            assertThat(geoPackage.foreignKeyCheck()).isNull();
            var box = geoPackage.getFeatureDao(GeoPackageExportWriter.TABLE).getContents().getBoundingBox();
            assertThat(box.getMinLongitude()).isCloseTo(36.2950, within(DEGREES));
            assertThat(box.getMaxLatitude()).isCloseTo(35.8617, within(DEGREES));
            assertThat(new mil.nga.geopackage.extension.rtree.RTreeIndexExtension(geoPackage)
                    .has(GeoPackageExportWriter.TABLE)).isTrue();
        }
    }

    @Test
    void anEmptyExportIsAnEmptyFeatureTable() throws IOException {
        assertThat(exportAndRead(List.of())).isEmpty();
    }

    @Test
    void deletesItsTemporaryFile() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = spools(tmp);

        write(ExportEvents.mixed());

        assertThat(spools(tmp)).isSubsetOf(before);
    }

    private static List<Path> spools(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith(GeoPackageExportWriter.TEMP_PREFIX))
                    .toList();
        }
    }
}
