package org.maydan.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the map's column payload ({@code /api/events/columns}) needs of an event: when, what,
 * where by name and point, and how many died; read without notes, sources or governorates.
 *
 * @param id the event id
 * @param eventDate the day
 * @param timePrecision ACLED time precision (1..3)
 * @param subEventType what happened
 * @param location English place name
 * @param locationAr Arabic place name
 * @param longitude WGS 84
 * @param latitude WGS 84
 * @param fatalities the event's figure, or {@code null}
 * @param confidence the event's confidence, or {@code null} when it has none
 * @param dateApproximate whether {@code eventDate} is only the latest possible day
 */
public record EventMarker(long id, LocalDate eventDate, int timePrecision, SubEventType subEventType, String location,
        String locationAr, double longitude, double latitude, @Nullable Integer fatalities,
        @Nullable Double confidence, boolean dateApproximate) {

    /** The marker of a full event. */
    public static EventMarker of(Event event) {
        EventPlace place = event.place();
        return new EventMarker(event.id(), event.eventDate(), event.timePrecision(), event.subEventType(),
                place.name(), place.nameAr(), event.longitude(), event.latitude(), event.fatalities(),
                event.confidence(), event.dateApproximate());
    }
}
