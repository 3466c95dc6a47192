package org.maydan.event;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.system.NotFoundException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
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
    private final StoreCaching caching;

    EventController(EventStore store, FeatureCollectionWriter writer, EventApiProperties caps, StoreCaching caching) {
        this.store = store;
        this.writer = writer;
        this.caps = caps;
        this.caching = caching;
    }

    /**
     * A page of events in {@code (event_date, id)} order under the shared filter, with {@code limit},
     * {@code cursor} taken from the previous page's {@code next} link, and {@code props}
     * ({@code full}, the default, or {@code compact}: id, event_date, sub_event_type and fatalities
     * only).
     */
    @GetMapping("/api/events")
    @Operation(summary = "A page of events as GeoJSON; ETag from the store version, 304 on If-None-Match")
    ResponseEntity<StreamingResponseBody> events(
            @ParameterObject @ModelAttribute FilterParameters filter,
            @RequestParam(name = Limit.PARAMETER, required = false) @Nullable String limit,
            @RequestParam(name = PageCursor.PARAMETER, required = false) @Nullable String cursor,
            @RequestParam(name = PropertySet.PARAMETER, required = false) @Nullable String props,
            ServletWebRequest webRequest) {
        EventFilter where = filter.toFilter();
        Limit pageSize = Limit.parse(limit, caps);
        PageCursor after = PageCursor.decode(cursor);
        PropertySet properties = PropertySet.parse(props);
        if (caching.notModified(webRequest)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        HttpServletRequest request = webRequest.getRequest();
        UriComponentsBuilder self = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        FeatureCollectionWriter.Style style = new FeatureCollectionWriter.Style(next -> next == null ? List.of()
                : List.of(new PageLink(PageLink.NEXT, GEO_JSON, self.cloneBuilder()
                        .replaceQueryParam(PageCursor.PARAMETER, next.encode()).build(true).toUriString())), false);
        StreamingResponseBody body = out -> writer.write(where, after, pageSize, properties, style, out);
        return ResponseEntity.ok().contentType(GEO_JSON_TYPE).body(body);
    }

    /** One event as a GeoJSON Feature, with each source's evidence. */
    @GetMapping(value = "/api/events/{id}", produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    EventFeature event(@PathVariable long id) {
        Event event = store.find(id).orElseThrow(() -> new NotFoundException("no event with id " + id));
        return EventFeature.of(event, store.evidence(id));
    }
}
