package org.maydan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "csv     | CSV     | text/csv;charset=UTF-8         | maydan-events.csv",
        "GeoJSON | GEOJSON | application/geo+json           | maydan-events.geojson",
        " gpkg   | GPKG    | application/geopackage+sqlite3 | maydan-events.gpkg",
    })
    void formatParameterNamesAFormatWithItsMediaTypeAndFileName(
            String parameter, ExportFormat format, String mediaType, String fileName) {
        ExportFormat parsed = ExportFormat.fromParameter(parameter);

        assertThat(parsed).isEqualTo(format);
        assertThat(parsed.mediaType()).isEqualTo(mediaType);
        assertThat(parsed.fileName(ExportService.FILE_BASE_NAME)).isEqualTo(fileName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "xlsx", "shp", "json"})
    void unknownFormatsAreRejectedNamingTheAcceptedOnes(String parameter) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExportFormat.fromParameter(parameter))
                .withMessageContaining("csv, geojson, gpkg");
    }
}
