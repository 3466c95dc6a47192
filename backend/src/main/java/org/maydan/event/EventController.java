package org.maydan.event;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code GET /api/events}: events as GeoJSON, filtered and paged; {@code GET /api/events/{id}}. */
@RestController
class EventController {

    static final String GEO_JSON = "application/geo+json";
    private static final MediaType GEO_JSON_TYPE = MediaType.parseMediaType(GEO_JSON);

    private final EventStore store;
    private final FeatureCollectionWriter writer;
    private final EventApiProperties caps;

    EventController(EventStore store, FeatureCollectionWriter writer, EventApiProperties caps) {
        this.store = store;
        this.writer = writer;
        this.caps = caps;
    }

    /**
     * A page of events in {@code (event_date, id)} order. Parameters: {@code bbox}
     * (minLon,minLat,maxLon,maxLat), {@code start} and {@code end} (ISO dates, inclusive),
     * {@code type} (ACLED sub-event type, repeatable), {@code limit}, {@code cursor} taken
     * from the previous page's {@code next} link, and {@code props} ({@code full}, the default,
     * or {@code compact}: id, event_date, sub_event_type and fatalities only).
     */
    @GetMapping("/api/events")
    ResponseEntity<StreamingResponseBody> events(
            @RequestParam(name = BBox.PARAMETER, required = false) @Nullable String bbox,
            @RequestParam(name = TimeWindow.START, required = false) @Nullable String start,
            @RequestParam(name = TimeWindow.END, required = false) @Nullable String end,
            @RequestParam(name = EventTypeFilter.PARAMETER, required = false) @Nullable List<String> type,
            @RequestParam(name = Limit.PARAMETER, required = false) @Nullable String limit,
            @RequestParam(name = PageCursor.PARAMETER, required = false) @Nullable String cursor,
            @RequestParam(name = PropertySet.PARAMETER, required = false) @Nullable String props,
            HttpServletRequest request) {
        EventFilter filter = EventFilter.parse(bbox, start, end, type);
        Limit pageSize = Limit.parse(limit, caps);
        PageCursor after = PageCursor.decode(cursor);
        PropertySet properties = PropertySet.parse(props);
        UriComponentsBuilder self = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        StreamingResponseBody body = out -> writer.write(filter, after, pageSize, properties,
                next -> self.cloneBuilder().replaceQueryParam(PageCursor.PARAMETER, next.encode()).build(true).toUriString(),
                out);
        return ResponseEntity.ok().contentType(GEO_JSON_TYPE).body(body);
    }

    /** One event as a GeoJSON Feature, with each source's evidence. */
    @GetMapping(value = "/api/events/{id}", produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    EventFeature event(@PathVariable long id) {
        Event event = store.find(id).orElseThrow(() -> new NotFoundException("no event with id " + id));
        return EventFeature.of(event, store.evidence(id));
    }
}
