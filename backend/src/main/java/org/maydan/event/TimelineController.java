package org.maydan.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
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

    /** The counts, written as {@link Timeline}; nothing when the client's copy is current ({@code 304}). */
    @GetMapping("/api/timeline")
    @Operation(summary = "Events per day and type under the filter; ETag from the store version, 304 on"
            + " If-None-Match. A box containing every event is answered from the daily counts")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = Timeline.class)))
    void timeline(@ParameterObject FilterParameters filter, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        EventFilter where = filter.toFilter();
        if (caching.notModified(request)) {
            return;
        }
        List<DayCount> counts = store.timeline(where);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        Timeline.write(counts, response.getOutputStream());
    }
}
