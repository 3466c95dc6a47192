package org.maydan.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a compact map feature needs of an event ({@code props=compact}): reading only these
 * columns skips decoding the place names, notes and sources, most of a row's bytes.
 *
 * @param id the event id
 * @param eventDate the day
 * @param subEventType what happened
 * @param longitude WGS 84
 * @param latitude WGS 84
 * @param fatalities the highest figure among its sources, or {@code null}
 * @param confidence the event's confidence, or {@code null} when it has none
 * @param dateApproximate whether {@code eventDate} is only the latest possible day
 */
public record EventPoint(long id, LocalDate eventDate, SubEventType subEventType, double longitude, double latitude,
        @Nullable Integer fatalities, @Nullable Double confidence, boolean dateApproximate) {

    /** The compact view of a full event. */
    public static EventPoint of(Event event) {
        return new EventPoint(event.id(), event.eventDate(), event.subEventType(), event.longitude(),
                event.latitude(), event.fatalities(), event.confidence(), event.dateApproximate());
    }

    /** The cursor that continues after this event. */
    public PageCursor cursor() {
        return new PageCursor(eventDate, id);
    }
}
