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
 * @param fatalities the agreed figure of its sources, or the highest when they disagree, or {@code null}
 *        if none gives one
 * @param notes a short evidence text: the first source's sentence, shortened
 * @param source the sources' names, separated by {@code "; "} as in ACLED
 * @param corroboration how many articles report it and how far their figures agree
 * @param confidence the highest confidence among its sources (0..1), or {@code null} when none has
 *        one (events stored before confidences)
 * @param dateApproximate every source leaves the time open: {@code eventDate} is only the latest
 *        possible day
 */
public record Event(long id, LocalDate eventDate, int timePrecision, SubEventType subEventType, EventPlace place,
        int geoPrecision, @Nullable Integer fatalities, String notes, String source, Corroboration corroboration,
        @Nullable Double confidence, boolean dateApproximate) {

    /** An event without a confidence, dated as written. */
    public Event(long id, LocalDate eventDate, int timePrecision, SubEventType subEventType, EventPlace place,
            int geoPrecision, @Nullable Integer fatalities, String notes, String source, Corroboration corroboration) {
        this(id, eventDate, timePrecision, subEventType, place, geoPrecision, fatalities, notes, source,
                corroboration, null, false);
    }

    /** An event known from one source. */
    public Event(long id, LocalDate eventDate, int timePrecision, SubEventType subEventType, EventPlace place,
            int geoPrecision, @Nullable Integer fatalities, String notes, String source) {
        this(id, eventDate, timePrecision, subEventType, place, geoPrecision, fatalities, notes, source,
                Corroboration.single(fatalities));
    }

    public double latitude() {
        return place.latitude();
    }

    public double longitude() {
        return place.longitude();
    }
}
