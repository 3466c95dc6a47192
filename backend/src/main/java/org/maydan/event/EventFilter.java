package org.maydan.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one filter of every event read: the list, the columns for the map, the timeline, exports,
 * the OGC collection and tiles. Parsed from query parameters by {@link FilterParameters}.
 *
 * @param bbox only events inside this box, or {@code null} for anywhere
 * @param window only events dated in this window
 * @param types only events of these sub-event types
 * @param text only events whose evidence sentences contain this text, or {@code null}
 * @param source only events one of whose sources is this publisher (exact name, any case), or {@code null}
 * @param admin1 only events in this governorate (exact ACLED {@code admin1}), or {@code null}
 * @param minConfidence accepted for the map's contract and ignored until events carry a confidence,
 *        or {@code null}
 */
public record EventFilter(@Nullable BBox bbox, TimeWindow window, EventTypeFilter types, @Nullable TextQuery text,
        @Nullable String source, @Nullable String admin1, @Nullable Double minConfidence) {

    /** No filter at all. */
    public static final EventFilter NONE = new EventFilter(null, TimeWindow.ALWAYS, EventTypeFilter.ALL);

    /** A filter on place, time and type only. */
    public EventFilter(@Nullable BBox bbox, TimeWindow window, EventTypeFilter types) {
        this(bbox, window, types, null, null, null, null);
    }

    /** Reads the place, time and type parameters; see {@link BBox}, {@link TimeWindow}, {@link EventTypeFilter}. */
    public static EventFilter parse(@Nullable String bbox, @Nullable String start, @Nullable String end,
            @Nullable List<String> types) {
        return new EventFilter(BBox.parse(bbox), TimeWindow.parse(start, end), EventTypeFilter.parse(types));
    }

    /** This filter without its box. */
    public EventFilter withoutBBox() {
        return new EventFilter(null, window, types, text, source, admin1, minConfidence);
    }

    /** Whether only place, time and type are filtered, which the store's daily counts can answer. */
    public boolean onPlaceTimeAndTypeOnly() {
        return text == null && source == null && admin1 == null;
    }

    /**
     * Whether an event passes the filters an event carries by itself: box, window, types and
     * governorate. {@link #text} and {@link #source} look at the event's evidence, which only the
     * store holds.
     */
    public boolean accepts(Event event) {
        return (bbox == null || bbox.contains(event.longitude(), event.latitude()))
                && window.contains(event.eventDate())
                && types.accepts(event.subEventType())
                && (admin1 == null || admin1.equals(event.place().admin1()));
    }
}
