package org.maydan.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stored event with ACLED's fields, merged over all its sources.
 *
 * @param id store-assigned id
 * @param eventDate the day it happened
 * @param timePrecision ACLED time precision (1..3)
 * @param subEventType what happened; {@link SubEventType#eventType()} gives ACLED's event type
 * @param place where
 * @param geoPrecision ACLED geo precision (1..3)
 * @param fatalities the highest figure among its sources, or {@code null} if none gives one
 * @param notes a short evidence text: the first source's sentence, shortened
 * @param source the sources' names, separated by {@code "; "} as in ACLED
 */
public record Event(long id, LocalDate eventDate, int timePrecision, SubEventType subEventType, Place place,
        int geoPrecision, @Nullable Integer fatalities, String notes, String source) {

    public double latitude() {
        return place.latitude();
    }

    public double longitude() {
        return place.longitude();
    }
}
