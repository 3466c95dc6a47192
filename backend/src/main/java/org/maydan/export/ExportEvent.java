package org.maydan.export;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One event as analysts receive it, with the field names of ACLED's codebook where ACLED has
 * one. Latitude and longitude are WGS84 degrees; {@code timePrecision} and {@code geoPrecision}
 * follow ACLED's 1 (exact) to 3 (coarse) scales.
 *
 * @param id our event id, written as {@code event_id_cnty}
 * @param locationAr the Arabic place name, ours (ACLED has no such column)
 * @param sourceCount how many distinct sources report the event, ours
 * @param confidence how much to trust the event, 0..1, ours; {@code null} for events stored before
 *        confidences
 * @param dateApproximate the sources leave the time open: {@code eventDate} is only the latest
 *        possible day, ours
 */
public record ExportEvent(
        long id,
        LocalDate eventDate,
        int timePrecision,
        String eventType,
        String subEventType,
        @Nullable String admin1,
        @Nullable String admin2,
        String location,
        @Nullable String locationAr,
        double latitude,
        double longitude,
        int geoPrecision,
        int fatalities,
        String notes,
        String source,
        int sourceCount,
        @Nullable Double confidence,
        boolean dateApproximate) {

    /** An event without a confidence, dated as written. */
    public ExportEvent(long id, LocalDate eventDate, int timePrecision, String eventType, String subEventType,
            @Nullable String admin1, @Nullable String admin2, String location, @Nullable String locationAr,
            double latitude, double longitude, int geoPrecision, int fatalities, String notes, String source,
            int sourceCount) {
        this(id, eventDate, timePrecision, eventType, subEventType, admin1, admin2, location, locationAr, latitude,
                longitude, geoPrecision, fatalities, notes, source, sourceCount, null, false);
    }
}
