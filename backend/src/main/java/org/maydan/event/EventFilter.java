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
 * @param minConfidence only events whose confidence is at least this, or {@code null}; see
 *        {@link #filtersConfidence()}
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

    /** This filter with another minimum confidence. */
    public EventFilter withMinConfidence(@Nullable Double minimum) {
        return new EventFilter(bbox, window, types, text, source, admin1, minimum);
    }

    /**
     * Whether the minimum confidence excludes anything: it is above 0. Events without a confidence
     * (stored before confidences: unknown) then fail it; absent or 0, every event passes.
     */
    public boolean filtersConfidence() {
        return minConfidence != null && minConfidence > 0;
    }

    /**
     * Whether only place, time and type are filtered, which the store's aggregates (daily counts,
     * tiles' place periods) can answer: they count events without their confidence.
     */
    public boolean onPlaceTimeAndTypeOnly() {
        return text == null && source == null && admin1 == null && !filtersConfidence();
    }

    /** Whether an event of this confidence passes {@link #minConfidence}. */
    public boolean acceptsConfidence(@Nullable Double confidence) {
        return !filtersConfidence() || confidence != null && confidence >= minConfidence;
    }

    /**
     * Whether an event passes the filters an event carries by itself: box, window, types,
     * governorate and confidence. {@link #text} and {@link #source} look at the event's evidence,
     * which only the store holds.
     */
    public boolean accepts(Event event) {
        return (bbox == null || bbox.contains(event.longitude(), event.latitude()))
                && window.contains(event.eventDate())
                && types.accepts(event.subEventType())
                && (admin1 == null || admin1.equals(event.place().admin1()))
                && acceptsConfidence(event.confidence());
    }
}
