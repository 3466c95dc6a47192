package org.maydan.event;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/** {@code GET /api/timeline}: event counts per day and type, under the filter of {@code /api/events}. */
@RestController
class TimelineController {

    private final EventStore store;
    private final StoreCaching caching;

    TimelineController(EventStore store, StoreCaching caching) {
        this.store = store;
        this.caching = caching;
    }

    /** The counts; {@code null} (no body) when the client's copy is current ({@code 304}). */
    @GetMapping("/api/timeline")
    @Operation(summary = "Events per day and type under the filter; ETag from the store version, 304 on"
            + " If-None-Match. A box containing every event is answered from the daily counts")
    @Nullable Timeline timeline(@ParameterObject FilterParameters filter, ServletWebRequest request) {
        EventFilter where = filter.toFilter();
        if (caching.notModified(request)) {
            return null;
        }
        return Timeline.of(store.timeline(where));
    }
}
