package org.maydan.export;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The columns every export carries, in ACLED's order where ACLED has the column, then ours
 * ({@code location_ar}, {@code source_count}, {@code confidence}, {@code date_approximate}). One
 * list so CSV, GeoJSON and GeoPackage never
 * drift apart.
 */
public enum ExportColumn {
    EVENT_ID_CNTY("event_id_cnty", Kind.TEXT, e -> ExportColumn.ID_PREFIX + e.id()),
    EVENT_DATE("event_date", Kind.DATE, ExportEvent::eventDate),
    YEAR("year", Kind.INTEGER, e -> e.eventDate().getYear()),
    TIME_PRECISION("time_precision", Kind.INTEGER, ExportEvent::timePrecision),
    EVENT_TYPE("event_type", Kind.TEXT, ExportEvent::eventType),
    SUB_EVENT_TYPE("sub_event_type", Kind.TEXT, ExportEvent::subEventType),
    ADMIN1("admin1", Kind.TEXT, ExportEvent::admin1),
    ADMIN2("admin2", Kind.TEXT, ExportEvent::admin2),
    LOCATION("location", Kind.TEXT, ExportEvent::location),
    LATITUDE("latitude", Kind.REAL, ExportEvent::latitude),
    LONGITUDE("longitude", Kind.REAL, ExportEvent::longitude),
    GEO_PRECISION("geo_precision", Kind.INTEGER, ExportEvent::geoPrecision),
    SOURCE("source", Kind.TEXT, ExportEvent::source),
    NOTES("notes", Kind.TEXT, ExportEvent::notes),
    FATALITIES("fatalities", Kind.INTEGER, ExportEvent::fatalities),
    LOCATION_AR("location_ar", Kind.TEXT, ExportEvent::locationAr),
    SOURCE_COUNT("source_count", Kind.INTEGER, ExportEvent::sourceCount),
    /** Empty (null) for events stored before confidences. */
    CONFIDENCE("confidence", Kind.REAL, ExportEvent::confidence),
    DATE_APPROXIMATE("date_approximate", Kind.BOOLEAN, ExportEvent::dateApproximate);

    /** All columns in export order. */
    public static final List<ExportColumn> ALL = List.of(values());

    /** How a column's values are typed in formats that have types. */
    public enum Kind { TEXT, INTEGER, REAL, DATE, BOOLEAN }

    /**
     * ACLED's {@code event_id_cnty} is a country code and a number (e.g. SYR1234); ours marks the
     * number as Maydan's so it is never mistaken for an ACLED id when datasets are merged.
     */
    public static final String ID_PREFIX = "SYR-MAYDAN-";

    private final String header;
    private final Kind kind;
    private final Function<ExportEvent, @Nullable Object> value;

    ExportColumn(String header, Kind kind, Function<ExportEvent, @Nullable Object> value) {
        this.header = header;
        this.kind = kind;
        this.value = value;
    }

    /** The column name as written in every format. */
    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }

    /** The value of this column for an event; {@code null} only for the optional text columns and {@link #CONFIDENCE}. */
    public @Nullable Object valueOf(ExportEvent event) {
        return value.apply(event);
    }
}
