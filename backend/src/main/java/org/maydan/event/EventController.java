package org.maydan.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.system.NotFoundException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code GET /api/events}: events as GeoJSON, filtered and paged; {@code GET /api/events/{id}}. */
@RestController
class EventController {

    static final String GEO_JSON = "application/geo+json";

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
     * ({@code full}, the default, or {@code compact}: id, event_date, sub_event_type, fatalities,
     * confidence and date_approximate only). Written on the request thread as the rows are read: an asynchronous body would cost
     * a second dispatch and a hand-over to another thread, which a page of ten pays in full.
     */
    @GetMapping("/api/events")
    @Operation(summary = "A page of events as GeoJSON; ETag from the store version, 304 on If-None-Match")
    @ApiResponse(responseCode = "200", description = "a GeoJSON FeatureCollection with numberReturned and links",
            content = @Content(mediaType = GEO_JSON))
    void events(
            @ParameterObject FilterParameters filter,
            @RequestParam(name = Limit.PARAMETER, required = false) @Nullable String limit,
            @RequestParam(name = PageCursor.PARAMETER, required = false) @Nullable String cursor,
            @RequestParam(name = PropertySet.PARAMETER, required = false) @Nullable String props,
            ServletWebRequest webRequest, HttpServletResponse response) throws IOException {
        EventFilter where = filter.toFilter();
        Limit pageSize = Limit.parse(limit, caps);
        PageCursor after = PageCursor.decode(cursor);
        PropertySet properties = PropertySet.parse(props);
        if (caching.notModified(webRequest)) {
            return;
        }
        HttpServletRequest request = webRequest.getRequest();
        UriComponentsBuilder self = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        FeatureCollectionWriter.Style style = new FeatureCollectionWriter.Style(next -> next == null ? List.of()
                : List.of(new PageLink(PageLink.NEXT, GEO_JSON, self.cloneBuilder()
                        .replaceQueryParam(PageCursor.PARAMETER, next.encode()).build(true).toUriString())), false);
        response.setContentType(GEO_JSON);
        writer.write(where, after, pageSize, properties, style, response.getOutputStream());
    }

    /** One event as a GeoJSON Feature, with each source's evidence. */
    @GetMapping(value = "/api/events/{id}", produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    EventFeature event(@PathVariable long id) {
        Event event = store.find(id).orElseThrow(() -> new NotFoundException("no event with id " + id));
        return EventFeature.of(event, store.evidence(id));
    }
}
