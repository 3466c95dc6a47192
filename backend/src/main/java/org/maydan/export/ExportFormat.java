package org.maydan.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, named as in {@code ?format=}, with their media type and file extension. */
public enum ExportFormat {
    CSV("csv", "text/csv;charset=UTF-8", "csv"),
    GEOJSON("geojson", "application/geo+json", "geojson"),
    /** Media type registered with IANA for GeoPackage (OGC 12-128r18, annex). */
    GPKG("gpkg", "application/geopackage+sqlite3", "gpkg");

    private final String parameter;
    private final String mediaType;
    private final String extension;

    ExportFormat(String parameter, String mediaType, String extension) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * The format named by a {@code format} request parameter, case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values, for a 400 response
     */
    public static ExportFormat fromParameter(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.parameter.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + value
                        + "'; expected one of " + Arrays.stream(values()).map(f -> f.parameter)
                                .collect(Collectors.joining(", "))));
    }

    public String parameter() {
        return parameter;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A download file name, e.g. {@code maydan-events.gpkg}. */
    public String fileName(String baseName) {
        return baseName + "." + extension;
    }

    /** A new writer for this format; writers are cheap and hold no state between exports. */
    public ExportWriter writer() {
        return switch (this) {
            case CSV -> new CsvExportWriter();
            case GEOJSON -> new GeoJsonExportWriter();
            case GPKG -> new GeoPackageExportWriter();
        };
    }
}
