package org.maydan.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The filters shared by the event list and the timeline.
 *
 * @param bbox only events inside this box, or {@code null} for anywhere
 * @param window only events dated in this window
 * @param types only events of these sub-event types
 */
public record EventFilter(@Nullable BBox bbox, TimeWindow window, EventTypeFilter types) {

    /** No filter at all. */
    public static final EventFilter NONE = new EventFilter(null, TimeWindow.ALWAYS, EventTypeFilter.ALL);

    /** Reads the filter query parameters; see {@link BBox}, {@link TimeWindow}, {@link EventTypeFilter}. */
    public static EventFilter parse(@Nullable String bbox, @Nullable String start, @Nullable String end,
            @Nullable List<String> types) {
        return new EventFilter(BBox.parse(bbox), TimeWindow.parse(start, end), EventTypeFilter.parse(types));
    }

    /** Whether an event passes every filter. */
    public boolean accepts(Event event) {
        return (bbox == null || bbox.contains(event.longitude(), event.latitude()))
                && window.contains(event.eventDate())
                && types.accepts(event.subEventType());
    }
}
